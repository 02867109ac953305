import type { MessageKey } from '../../locales/languages';
import { REPORT_KINDS, type ReportKind } from '../../reports/request';
import { useT } from '../../state/contexts';

interface Props {
  selected: ReportKind;
  panelId: string;
  onSelect: (kind: ReportKind) => void;
}

export const tabId = (kind: ReportKind) => `report-tab-${kind}`;

/**
 * One report at a time, chosen by tabs (WAI-ARIA tabs): Tab reaches the selected one, the arrow
 * keys, Home and End move between them and show the report at once.
 */
export function ReportTabs({ selected, panelId, onSelect }: Props) {
  const t = useT();
  const move = (from: number, e: KeyboardEvent) => {
    const last = REPORT_KINDS.length - 1;
    const to =
      e.key === 'ArrowRight'
        ? from === last
          ? 0
          : from + 1
        : e.key === 'ArrowLeft'
          ? from === 0
            ? last
            : from - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    if (to === null) return;
    e.preventDefault();
    const next = REPORT_KINDS[to]!;
    onSelect(next);
    document.getElementById(tabId(next))?.focus();
  };
  return (
    <div class="report-tabs no-print" role="tablist" aria-label={t('reports.choose')}>
      {REPORT_KINDS.map((kind, i) => (
        <button
          key={kind}
          id={tabId(kind)}
          type="button"
          role="tab"
          aria-selected={kind === selected}
          aria-controls={panelId}
          tabIndex={kind === selected ? 0 : -1}
          onClick={() => onSelect(kind)}
          onKeyDown={(e) => move(i, e)}
        >
          {t(`reports.kind.${kind}` as MessageKey)}
        </button>
      ))}
    </div>
  );
}
