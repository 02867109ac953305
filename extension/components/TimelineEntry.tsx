import { entryAnchor } from '../karte/hrefs';
import { authorKey } from '../karte/timeline-filter';
import type { LocalAction, LocalConsultation } from '../db/schema';
import { useI18n, useT } from '../state/contexts';
import { visibleText } from '../karte/redaction';
import { NOTE_FIELDS } from '../draft/note-fields';
import { advisorLabel, coAdvisorsLabel, type AdvisorDirectory } from './advisor-label';
import { tagName } from './tag-name';

interface Props {
  c: LocalConsultation;
  actions: readonly LocalAction[];
  tagNames: ReadonlyMap<string, string>;
  me: string | null;
  /** The organisation's advisors: who wrote it and who was 同席, by name. */
  advisors: AdvisorDirectory;
  /** This consultation's 本質的課題 is the karte's now. */
  adopted: boolean;
  /** A change to it is not yet sent to the server. */
  unsent?: boolean;
  onAdoptIssue: (c: LocalConsultation) => void;
  /** Edit and delete (with undo) from the karte; absent where the karte is only read. */
  onEdit?: (c: LocalConsultation) => void;
  onDelete?: (c: LocalConsultation) => void;
}

const LABELS = {
  inquiry: 'field.inquiry',
  ownerWords: 'field.ownerWords',
  advice: 'field.advice',
  insight: 'field.insight',
  essentialIssue: 'field.essentialIssue',
} as const;

/**
 * One consultation on the karte: the owner's own words apart from the advice, the insight,
 * the issue and what was agreed. Text is rendered as text, never as HTML; a 機微 note the
 * advisor may not read says so instead.
 */
export function TimelineEntry({ c, actions, tagNames, me, advisors, adopted, unsent = false, onAdoptIssue, onEdit, onDelete }: Props) {
  const t = useT();
  const i18n = useI18n();
  const when = i18n.dateTime(c.heldAt);
  return (
    <article
      id={entryAnchor(c.id)}
      tabIndex={-1}
      class="timeline-entry"
      aria-label={`${when} ${t(`channel.${c.channel}`)}`}
      data-testid={`entry-${c.id}`}
    >
      <header class="meta">
        <time dateTime={c.heldAt}>{when}</time>
        <span>{t(`channel.${c.channel}`)}</span>
        {c.programme && <span>{t(`programme.${c.programme}`)}</span>}
        {c.participants !== null && c.participants !== undefined && (
          <span data-testid="entry-participants">{t('timeline.participants', { count: c.participants })}</span>
        )}
        {c.expertPaidBy && (
          <span>
            {c.expertName
              ? t('timeline.expert', { name: c.expertName, payer: t(`expertPaidBy.${c.expertPaidBy}`) })
              : t('timeline.expertNoName', { payer: t(`expertPaidBy.${c.expertPaidBy}`) })}
          </span>
        )}
        {c.durationMin !== null && <span>{t('timeline.minutes', { min: c.durationMin })}</span>}
        <span data-testid="entry-author">{advisorLabel(authorKey(c, me), me, advisors, t)}</span>
        {c.advisorIds.length > 0 && (
          <span data-testid="entry-co-advisors">{t('timeline.coAdvisors', { names: coAdvisorsLabel(c.advisorIds, me, advisors, t) })}</span>
        )}
        {c.personMet && <span>{t('timeline.personMet', { name: c.personMet })}</span>}
        {c.sensitive && <span class="badge badge-sensitive">{t('karte.sensitive')}</span>}
        {unsent && (
          <span class="badge badge-unsent no-print" data-testid="unsent">
            {t('sync.unsent')}
          </span>
        )}
        {(onEdit || onDelete) && !c.redacted && (
          <span class="entry-tools no-print">
            {onEdit && (
              <button
                type="button"
                class="link"
                aria-label={t('kartePage.editConsultationLabel', { date: when })}
                onClick={() => onEdit(c)}
              >
                {t('kartePage.editConsultation')}
              </button>
            )}
            {onDelete && (
              <button
                type="button"
                class="link danger"
                aria-label={t('kartePage.deleteConsultationLabel', { date: when })}
                onClick={() => onDelete(c)}
              >
                {t('kartePage.deleteConsultation')}
              </button>
            )}
          </span>
        )}
      </header>
      {c.tagIds.length > 0 && (
        <p class="tag-line">
          {c.tagIds.map((id) => (
            <span key={id} class="chip">
              {tagName(tagNames, id, t)}
            </span>
          ))}
        </p>
      )}
      {c.redacted ? (
        <p class="redacted" data-testid="redacted">
          {t('timeline.redacted')}
        </p>
      ) : (
        <dl class="dialogue">
          {NOTE_FIELDS.filter((f) => c[f].trim() !== '').map((f) => (
            <div key={f} class={`dialogue-${f}`}>
              <dt>{t(LABELS[f])}</dt>
              <dd class="pre">{c[f]}</dd>
              {f === 'essentialIssue' &&
                (adopted ? (
                  <dd>
                    <span class="badge">{t('kartePage.adopted')}</span>
                  </dd>
                ) : (
                  <dd class="no-print">
                    {/* The name starts with the words shown (WCAG 2.5.3): a voice user says what they see. */}
                    <button
                      type="button"
                      class="link"
                      aria-label={t('kartePage.adoptIssueLabel', { date: when })}
                      onClick={() => onAdoptIssue(c)}
                    >
                      {t('kartePage.adoptIssue')}
                    </button>
                  </dd>
                ))}
            </div>
          ))}
        </dl>
      )}
      {actions.length > 0 && (
        <div class="agreed">
          <h3>{t('timeline.agreed')}</h3>
          <ul>
            {actions.map((a) => (
              <li key={a.id} class={a.done ? 'done' : ''}>
                <span class="badge">{t(`side.${a.side}`)}</span>{' '}
                <span class="pre">{visibleText(a, a.text, t('sensitive.hiddenText'))}</span>
                {a.dueDate && <span class="due"> {t('actions.dueOn', { date: i18n.date(a.dueDate) })}</span>}
                {a.done && <span class="badge badge-done">{t('timeline.done')}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      {!c.redacted && c.sourceUrl && /^https?:\/\//.test(c.sourceUrl) && (
        <p class="source">
          {t('karte.source')}:{' '}
          <a href={c.sourceUrl} target="_blank" rel="noopener noreferrer">
            {c.sourceTitle || c.sourceUrl}
          </a>
        </p>
      )}
    </article>
  );
}
