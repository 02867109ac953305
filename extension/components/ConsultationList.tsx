import type { ComponentChildren } from 'preact';
import { NOTE_FIELDS } from '../draft/note-fields';
import type { LocalConsultation } from '../db/schema';
import { useI18n, useT } from '../state/contexts';
import { tagName } from './tag-name';

interface Props {
  consultations: readonly LocalConsultation[];
  tagNames: ReadonlyMap<string, string>;
  onEdit: (c: LocalConsultation) => void;
  onDelete: (c: LocalConsultation) => void;
  /** Something to show on a consultation (e.g. a change the server refused); nothing when absent. */
  notice?: (c: LocalConsultation) => ComponentChildren;
  /** Consultations with a change not yet sent to the server (marked 未送信). */
  unsent?: ReadonlySet<string>;
  /** Who wrote it (and who was 同席), by name; nothing when absent or null. */
  byline?: (c: LocalConsultation) => string | null;
}

const EXCERPT = 280;

/** The first dialogue field with text, shortened: what the list shows of a note. */
function excerpt(c: LocalConsultation): string {
  const text = NOTE_FIELDS.map((f) => c[f].trim()).find((v) => v !== '') ?? '';
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
}

/** Latest consultations, newest first. Note text is rendered as text (never as HTML). */
export function ConsultationList({ consultations, tagNames, onEdit, onDelete, notice, unsent, byline }: Props) {
  const t = useT();
  const i18n = useI18n();
  return (
    <section class="consultations" aria-labelledby="latest-heading">
      <h3 id="latest-heading">{t('karte.latest')}</h3>
      {consultations.length === 0 && <p class="muted">{t('karte.noConsultations')}</p>}
      <ol class="consultation-list">
        {consultations.map((c) => {
          const when = i18n.dateTime(c.heldAt);
          const by = byline?.(c);
          return (
            <li key={c.id}>
              <article aria-label={`${when} ${t(`channel.${c.channel}`)}`} data-testid={`consultation-${c.id}`}>
                <header class="meta">
                  <time dateTime={c.heldAt}>{when}</time>
                  <span>{t(`channel.${c.channel}`)}</span>
                  {c.programme && <span>{t(`programme.${c.programme}`)}</span>}
                  {by && <span data-testid="consultation-byline">{by}</span>}
                  {c.sensitive && <span class="badge badge-sensitive">{t('karte.sensitive')}</span>}
                  {unsent?.has(c.id) && (
                    <span class="badge badge-unsent" data-testid="unsent">
                      {t('sync.unsent')}
                    </span>
                  )}
                </header>
                {notice?.(c)}
                <p class="note pre">{excerpt(c) || <span class="muted">{t('karte.noNote')}</span>}</p>
                {c.tagIds.length > 0 && (
                  <p class="tag-line">
                    {c.tagIds.map((id) => (
                      <span key={id} class="chip">
                        {tagName(tagNames, id, t)}
                      </span>
                    ))}
                  </p>
                )}
                {c.sourceUrl && /^https?:\/\//.test(c.sourceUrl) && (
                  <p class="source">
                    {t('karte.source')}:{' '}
                    <a href={c.sourceUrl} target="_blank" rel="noopener noreferrer">
                      {c.sourceTitle || c.sourceUrl}
                    </a>
                  </p>
                )}
                <div class="buttons">
                  <button type="button" class="link" aria-label={t('karte.editConsultation')} onClick={() => onEdit(c)}>
                    {t('common.edit')}
                  </button>
                  <button type="button" class="link danger" aria-label={t('karte.deleteConsultation')} onClick={() => onDelete(c)}>
                    {t('common.delete')}
                  </button>
                </div>
              </article>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
