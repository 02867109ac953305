import {
  auditGroupOf,
  exportAuditTarget,
  importAuditTarget,
  integrationKeyAuditTarget,
  restoreAuditTarget,
  type AuditEntryView,
} from '../../shared/audit';
import type { MessageKey, Translate } from '../locales/languages';
import type { CsvColumn } from '../reports/csv';

/**
 * How the audit page says an entry: the action in words, what it was about — by name, never an
 * id — and when, in Japan time. Pure, for the page and its CSV alike.
 */

/** The action in words; one this catalogue does not know (a newer server's) by its kind and code. */
export function actionLabel(action: string, t: Translate): string {
  const known = t(`audit.action.${action}` as MessageKey) as string | undefined;
  if (known !== undefined) return known;
  const group = auditGroupOf(action);
  return t('audit.actionOther', { group: group ? t(`audit.group.${group}`) : t('audit.groupAll'), action });
}

function parse(target: string | null): unknown {
  if (target === null) return null;
  try {
    return JSON.parse(target);
  } catch {
    return target; // an id, not JSON
  }
}

/** What the entry was about: the export's scope and 機微, how many records, the staff member concerned; '' when nothing more is worth saying. */
export function detailOf(entry: AuditEntryView, t: Translate, advisorName: (id: string) => string | null): string {
  if (entry.action.startsWith('export.')) {
    const target = exportAuditTarget.safeParse(parse(entry.target));
    if (!target.success) return '';
    return t('audit.detailExport', {
      scope: t(target.data.scope === 'organisation' ? 'export.scopeOrganisation' : 'export.scopeOwn'),
      sensitive: t(target.data.sensitive ? 'audit.detailSensitiveIncluded' : 'audit.detailSensitiveExcluded'),
    });
  }
  if (entry.action === 'sync.read_sensitive') {
    const ids = parse(entry.target);
    return Array.isArray(ids) ? t('audit.detailRecords', { count: ids.length }) : '';
  }
  if (entry.action === 'record.read_sensitive') return t('audit.detailRecords', { count: 1 });
  if (entry.action === 'import.restore') {
    const target = restoreAuditTarget.safeParse(parse(entry.target));
    return target.success ? t('audit.detailRecords', { count: target.data.records }) : '';
  }
  if (entry.action.startsWith('import.')) {
    const target = importAuditTarget.safeParse(parse(entry.target));
    if (!target.success) return '';
    const file = t('audit.detailImport', { file: target.data.fileName, lines: target.data.lines });
    return target.data.integrationKey ? t('audit.detailThroughKey', { what: file, key: target.data.integrationKey }) : file;
  }
  if (entry.action.startsWith('integration_key.')) {
    const target = integrationKeyAuditTarget.safeParse(parse(entry.target));
    return target.success ? t('audit.detailKey', { label: target.data.label }) : '';
  }
  if (entry.action.startsWith('advisor.') && entry.target) {
    const name = advisorName(entry.target);
    return name ? t('audit.detailAdvisor', { name }) : '';
  }
  return '';
}

const JST = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** 2026-04-01 09:30:00, in Japan time whatever the computer's zone. */
export const jstDateTime = (iso: string): string => JST.format(new Date(iso));

/** Who acted: a staff member by name; a partner organisation reading what we shared; else the system itself. */
export function personOf(entry: AuditEntryView, t: Translate): string {
  if (entry.advisorId !== null) return entry.advisorName ?? t('advisor.unknown');
  return entry.action === 'share.read_by_partner' ? t('audit.partner') : t('audit.nobody');
}

/** The columns of the audit log's CSV: the table as the page shows it. */
export function auditColumns(t: Translate, advisorName: (id: string) => string | null): CsvColumn<AuditEntryView>[] {
  return [
    { header: t('audit.colAt'), value: (e) => jstDateTime(e.at) },
    { header: t('audit.colPerson'), value: (e) => personOf(e, t) },
    { header: t('audit.colAction'), value: (e) => actionLabel(e.action, t) },
    { header: t('audit.colDetail'), value: (e) => detailOf(e, t, advisorName) },
  ];
}
