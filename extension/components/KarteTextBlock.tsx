import { useId, useState } from 'preact/hooks';
import { LIMITS } from '../../shared/limits';
import { karteHref } from '../karte/hrefs';
import type { LocalConsultation } from '../db/schema';
import { useI18n, useT } from '../state/contexts';
import { dayOf } from '../dates/local-time';
import { focusEntry } from './focus-entry';
import { TextField } from './TextField';

interface Props {
  heading: string;
  text: string;
  emptyText: string;
  editLabel: string;
  /** The consultation the text came from (null: written on the karte). */
  sourceId: string | null;
  /** The business came redacted: text of a 機微 consultation this advisor may not read is emptied. */
  redacted: boolean;
  consultations: readonly LocalConsultation[];
  onSave: (text: string) => Promise<boolean>;
  /** Called before jumping to the source, e.g. to clear filters that hide it. */
  onShowSource: () => void;
  testId: string;
}

/** 将来像 or 本質的課題 on the karte: the text, where it came from, and an inline editor. */
export function KarteTextBlock({
  heading,
  text,
  emptyText,
  editLabel,
  sourceId,
  redacted,
  consultations,
  onSave,
  onShowSource,
  testId,
}: Props) {
  const t = useT();
  const i18n = useI18n();
  const headingId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const source = sourceId ? (consultations.find((c) => c.id === sourceId) ?? null) : null;
  // Text of a 機微 consultation: hidden (and not editable over) for who may not read it, marked for who may.
  const hidden = redacted && text === '' && sourceId !== null;
  const sensitive = hidden || source?.sensitive === true;
  const save = async () => {
    if (draft === null) return;
    // Unchanged: nothing to write, and the text keeps the consultation it came from.
    if (draft.trim() === text) setDraft(null);
    else if (await onSave(draft.trim())) setDraft(null);
  };
  return (
    <section class="karte-text" aria-labelledby={headingId} data-testid={testId}>
      <div class="bar">
        <h2 id={headingId}>
          {heading}
          {sensitive && (
            <>
              {' '}
              <span class="badge badge-sensitive" title={t('sensitive.fromSensitive')}>
                {t('karte.sensitive')}
              </span>
            </>
          )}
        </h2>
        {draft === null && !hidden && (
          <button type="button" class="link no-print" aria-label={editLabel} onClick={() => setDraft(text)}>
            {t('common.edit')}
          </button>
        )}
      </div>
      {draft === null ? (
        <>
          <p class={sensitive ? 'pre karte-text-body sensitive-content' : 'pre karte-text-body'}>
            {sensitive && !hidden && <span class="print-only">{t('print.sensitiveBadge')}</span>}
            {hidden ? <span class="muted">{t('sensitive.hiddenText')}</span> : text || <span class="muted">{emptyText}</span>}
          </p>
          {sensitive && <p class="sensitive-omitted muted">{t('print.omitted')}</p>}
        </>
      ) : (
        <div class="no-print">
          <TextField label={editLabel} multiline rows={4} value={draft} onInput={setDraft} maxLength={LIMITS.karteText} />
          <div class="buttons">
            <button type="button" class="primary" onClick={() => void save()}>
              {t('common.save')}
            </button>
            <button type="button" class="secondary" onClick={() => setDraft(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {(text || hidden) && (
        <p class="source-line muted" data-testid={`${testId}-source`}>
          {source ? (
            <a
              href={karteHref(source.businessId, source.id)}
              onClick={(e) => {
                e.preventDefault();
                onShowSource();
                focusEntry(source.id);
              }}
            >
              {t('kartePage.fromConsultation', { date: i18n.date(dayOf(source.heldAt)) })}
            </a>
          ) : sourceId ? (
            t('kartePage.sourceGone')
          ) : (
            t('kartePage.writtenOnKarte')
          )}
        </p>
      )}
    </section>
  );
}
