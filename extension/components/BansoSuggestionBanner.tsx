import type { BansoSuggestion } from '../karte/banso-suggestion';
import { entryAnchor } from '../karte/hrefs';
import type { LocalConsultation } from '../db/schema';
import { useI18n, useT } from '../state/contexts';
import { dayOf } from '../dates/local-time';
import { focusEntry } from './focus-entry';

interface Props {
  suggestion: BansoSuggestion;
  consultations: readonly LocalConsultation[];
  onAccept: () => void;
  onDismiss: () => void;
  onShowConsultation: () => void;
}

/** 伴走 is only ever suggested: the reason, the consultations behind it, and the advisor's choice. */
export function BansoSuggestionBanner({ suggestion: s, consultations, onAccept, onDismiss, onShowConsultation }: Props) {
  const t = useT();
  const i18n = useI18n();
  const dates = { from: i18n.date(s.from), to: i18n.date(s.to), count: s.consultationIds.length };
  const signals = s.signals.map((k) => t(`banso.signal.${k}`)).join(t('common.listSeparator'));
  const reason = t('banso.reasonSignals', { ...dates, signals }) + (s.issue ? t('banso.reasonIssueBack', { issue: s.issue }) : '');
  const basedOn = s.consultationIds.map((id) => consultations.find((c) => c.id === id)).filter((c) => c !== undefined);
  return (
    <section class="suggestion no-print" aria-labelledby="banso-suggestion-title" data-testid="banso-suggestion">
      <h2 id="banso-suggestion-title">{t('banso.suggestTitle')}</h2>
      <p>{reason}</p>
      <p class="based-on">
        {t('banso.basedOn')}:{' '}
        {basedOn.map((c) => (
          <a
            key={c.id}
            href={`#${entryAnchor(c.id)}`}
            onClick={(e) => {
              e.preventDefault();
              onShowConsultation();
              focusEntry(c.id);
            }}
          >
            {i18n.date(dayOf(c.heldAt))}
          </a>
        ))}
      </p>
      <div class="buttons">
        <button type="button" class="primary" onClick={onAccept}>
          {t('banso.accept')}
        </button>
        <button type="button" class="secondary" onClick={onDismiss}>
          {t('banso.dismiss')}
        </button>
      </div>
    </section>
  );
}
