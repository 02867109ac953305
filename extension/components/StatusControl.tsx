import { CLOSE_REASONS, KARTE_STATUSES, type KarteStatus } from '../../shared/enums';
import type { LocalBusiness } from '../db/schema';
import { useI18n, useT, useKartePage } from '../state/contexts';
import { SelectField } from './SelectField';

type CloseReason = (typeof CLOSE_REASONS)[number];

/**
 * The karte status, changeable at any time (every change is kept in the history), the
 * 伴走支援を開始する button, and when the karte became 伴走支援中.
 */
export function StatusControl({ business: b }: { business: LocalBusiness }) {
  const t = useT();
  const i18n = useI18n();
  const store = useKartePage();
  // A record written before the history was kept has none (old rows lack the field).
  const history = [...(b.statusChanges ?? [])].reverse();
  return (
    <div class="status-control">
      <div class="no-print status-row">
        <SelectField<KarteStatus>
          label={t('kartePage.status')}
          value={b.status}
          options={KARTE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          onChange={(s) => s && void store.setStatus(s, s === 'closed' ? b.closeReason : null)}
        />
        {b.status === 'closed' && (
          <SelectField<CloseReason>
            label={t('kartePage.closeReason')}
            value={b.closeReason ?? ''}
            options={[
              { value: '', label: t('kartePage.closeReasonNone') },
              ...CLOSE_REASONS.map((r) => ({ value: r, label: t(`closeReason.${r}`) })),
            ]}
            onChange={(r) => void store.setStatus('closed', r || null)}
          />
        )}
        {b.status !== 'banso' && (
          <button type="button" class="primary" onClick={() => void store.markBanso()}>
            {t('banso.mark')}
          </button>
        )}
      </div>
      <p class="print-only">
        {t('kartePage.status')}: {t(`status.${b.status}`)}
        {b.closeReason && `（${t(`closeReason.${b.closeReason}`)}）`}
      </p>
      {b.bansoSince && <p data-testid="banso-since">{t('banso.since', { date: i18n.date(b.bansoSince) })}</p>}
      <details class="status-history no-print">
        <summary>
          {t('kartePage.statusHistory')}（{history.length}）
        </summary>
        {history.length === 0 ? (
          <p class="muted">{t('kartePage.statusHistoryNone')}</p>
        ) : (
          <ol aria-label={t('kartePage.statusHistory')}>
            {history.map((h) => (
              <li key={h.at}>
                <time dateTime={h.at}>{i18n.dateTime(h.at)}</time> {t(`status.${h.status}`)}
              </li>
            ))}
          </ol>
        )}
      </details>
    </div>
  );
}
