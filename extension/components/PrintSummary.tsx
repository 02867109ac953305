import type { LocalConsultation } from '../db/schema';
import { useI18n, useT } from '../state/contexts';
import { NOTE_FIELDS } from '../draft/note-fields';

/** How many consultations, and how much of each, the one-page print keeps. */
const RECENT = 5;
const EXCERPT = 120;

function summary(c: LocalConsultation): string {
  const text = NOTE_FIELDS.map((f) => c[f].trim()).find((v) => v !== '') ?? '';
  const line = text.replace(/\s+/g, ' ');
  return line.length > EXCERPT ? `${line.slice(0, EXCERPT)}…` : line;
}

/** The print's "recent consultations": the latest few, one line each (the full timeline prints when every consultation is chosen). */
export function PrintSummary({ consultations }: { consultations: readonly LocalConsultation[] }) {
  const t = useT();
  const i18n = useI18n();
  return (
    <section class="print-summary print-only" aria-labelledby="print-recent-heading">
      <h2 id="print-recent-heading">{t('karte.latest')}</h2>
      {consultations.length === 0 && <p>{t('karte.noConsultations')}</p>}
      <table>
        <tbody>
          {consultations.slice(0, RECENT).map((c) => (
            <tr key={c.id}>
              <td class="nowrap">{i18n.dateTime(c.heldAt)}</td>
              <td class="nowrap">{t(`channel.${c.channel}`)}</td>
              <td>
                {c.redacted ? (
                  t('timeline.redacted')
                ) : c.sensitive ? (
                  <>
                    <span class="sensitive-content">
                      {t('print.sensitiveBadge')} {summary(c)}
                    </span>
                    <span class="sensitive-omitted">{t('print.omitted')}</span>
                  </>
                ) : (
                  summary(c)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
