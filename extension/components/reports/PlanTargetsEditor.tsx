import { useState } from 'preact/hooks';
import {
  MAX_PLAN_TARGET,
  PLAN_INDICATORS,
  type PlanIndicator,
  type PlanReport,
  type PlanTargetsRequest,
} from '../../../shared/plan-report';
import type { MessageKey } from '../../locales/languages';
import { useT } from '../../state/contexts';
import type { Notice } from '../../state/notice';
import { NoticeText } from '../NoticeText';
import { useImeSafeSubmit } from '../use-ime-safe-submit';

interface Props {
  report: PlanReport;
  /** Saves and shows the report again; a refusal comes back as a notice. */
  onSave: (request: PlanTargetsRequest) => Promise<Notice | null>;
}

type Drafts = Record<PlanIndicator, string>;

/** Full-width digits (typed with the IME on) read as the digits they are. */
const halfWidth = (s: string) =>
  s
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[,，]/g, '');

/** The drafts as a request, or the first indicator whose target is not a whole number 0 … MAX_PLAN_TARGET. */
export function targetsFromDrafts(
  fiscalYear: number,
  drafts: Drafts,
): { ok: true; request: PlanTargetsRequest } | { ok: false; indicator: PlanIndicator } {
  const targets: PlanTargetsRequest['targets'] = {};
  for (const indicator of PLAN_INDICATORS) {
    const text = halfWidth(drafts[indicator]);
    if (text === '') continue;
    if (!/^\d{1,7}$/.test(text) || Number(text) > MAX_PLAN_TARGET) return { ok: false, indicator };
    targets[indicator] = Number(text);
  }
  return { ok: true, request: { fiscalYear, targets } };
}

/**
 * The 経営発達支援計画's targets of the report's 年度, entered inline by a manager: one field per
 * indicator (blank: no target). Enter saves; the Enter that confirms an IME conversion does not.
 */
export function PlanTargetsEditor({ report, onSave }: Props) {
  const t = useT();
  const [drafts, setDrafts] = useState<Drafts | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [saving, setSaving] = useState(false);
  const year = report.fiscalYear;
  const name = (i: PlanIndicator) => t(`reports.planIndicator.${i}` as MessageKey);
  const submit = useImeSafeSubmit(() => {
    if (!drafts || saving) return;
    const parsed = targetsFromDrafts(year, drafts);
    if (!parsed.ok) {
      setNotice({ tone: 'error', message: { key: 'reports.targetsInvalid', params: { name: name(parsed.indicator) } } });
      return;
    }
    setSaving(true);
    void onSave(parsed.request).then((refused) => {
      setSaving(false);
      setNotice(refused ?? { tone: 'success', message: { key: 'reports.targetsSaved', params: { year } } });
      if (!refused) setDrafts(null);
    });
  });
  const open = () => {
    setNotice(null);
    setDrafts(Object.fromEntries(report.indicators.map((i) => [i.indicator, i.target === null ? '' : String(i.target)])) as Drafts);
  };
  if (!drafts) {
    return (
      <div class="plan-targets no-print">
        <button type="button" class="secondary" onClick={open}>
          {t('reports.targetsEdit')}
        </button>
        <NoticeText notice={notice} testId="plan-targets-notice" />
      </div>
    );
  }
  return (
    <form class="plan-targets inline-form no-print" aria-label={t('reports.targetsTitle', { year })} {...submit}>
      <h3>{t('reports.targetsTitle', { year })}</h3>
      <p class="muted">{t('reports.targetsHelp')}</p>
      <div class="plan-target-fields">
        {PLAN_INDICATORS.map((indicator) => (
          <label key={indicator}>
            <span>{name(indicator)}</span>
            <input
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={drafts[indicator]}
              maxLength={9}
              onInput={(e) => setDrafts({ ...drafts, [indicator]: (e.currentTarget as HTMLInputElement).value })}
            />
          </label>
        ))}
      </div>
      <NoticeText notice={notice} testId="plan-targets-notice" />
      <div class="buttons">
        <button type="submit" class="primary" disabled={saving}>
          {saving ? t('reports.targetsSaving') : t('reports.targetsSave')}
        </button>
        <button type="button" class="secondary" onClick={() => setDrafts(null)}>
          {t('reports.targetsCancel')}
        </button>
      </div>
    </form>
  );
}
