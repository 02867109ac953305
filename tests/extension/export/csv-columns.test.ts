import { describe, expect, it } from 'vitest';
import * as enums from '../../../shared/enums';
import { INDUSTRY_CODES } from '../../../shared/industry';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, PROTOCOL_VERSION, type ExportDocument, type ExportRecord } from '../../../shared';
import { columnsOf, CSV_KINDS } from '../../../extension/export/csv-columns';
import { exportFiles, namesOf } from '../../../extension/export/export-files';
import { translator } from '../../../extension/locales';

const ja = translator('ja');
const en = translator('en');

/** The codes a CSV writes in words, with the catalogue prefix it looks them up under. */
const CODED: [string, readonly string[]][] = [
  ['legalForm', enums.LEGAL_FORMS],
  ['industry', INDUSTRY_CODES],
  ['membership', enums.MEMBERSHIPS],
  ['status', enums.KARTE_STATUSES],
  ['closeReason', enums.CLOSE_REASONS],
  ['certificate', enums.DISASTER_CERTIFICATES],
  ['recovery', enums.RECOVERY_STATES],
  ['successor', enums.SUCCESSORS],
  ['referral', enums.SUCCESSION_REFERRALS],
  ['channel', enums.CHANNELS],
  ['programme', enums.PROGRAMMES],
  ['expertPaidBy', enums.EXPERT_PAYERS],
  ['side', enums.ACTION_SIDES],
  ['measure', enums.SUPPORT_MEASURES],
  ['result', enums.APPLICATION_RESULTS],
  ['scheme', enums.DISPATCH_SCHEMES],
  ['demandKind', enums.DEMAND_EVENT_KINDS],
];

const record = (kind: ExportRecord['kind'], id: string, data: Record<string, unknown>, over: Partial<ExportRecord> = {}): ExportRecord => ({
  kind,
  id,
  version: 1,
  authorId: 'a1',
  createdAt: '2026-04-01T00:00:00.000Z',
  updatedAt: '2026-04-01T00:00:00.000Z',
  redacted: false,
  data: { deleted: false, ...data },
  ...over,
});

const doc = (records: ExportRecord[]): ExportDocument => ({
  format: EXPORT_FORMAT,
  formatVersion: EXPORT_FORMAT_VERSION,
  protocol: PROTOCOL_VERSION,
  organisation: { id: 'o1', name: '輪島商工会議所' },
  exportedAt: '2026-04-01T15:30:00.000Z',
  exportedBy: { id: 'a1', name: '山田', role: 'admin' },
  scope: 'organisation',
  sensitive: false,
  advisors: [{ id: 'a1', name: '山田', jobTitle: null, role: 'admin', active: true }],
  records,
});

describe('the export’s CSV columns', () => {
  it.each(CODED)('writes every %s code in words, in both languages', (prefix, codes) => {
    for (const code of codes) {
      for (const t of [ja, en]) expect(t(`${prefix}.${code}` as never), `${prefix}.${code}`).toEqual(expect.any(String));
    }
  });

  it.each(CSV_KINDS)('%s: headers are distinct and every id column says it is for re-import', (kind) => {
    const names = namesOf(doc([]), ja);
    const headers = columnsOf(kind, names).map((c) => c.header);
    expect(new Set(headers).size).toBe(headers.length);
    // 外部ID are the other systems' numbers, not ours.
    for (const h of headers.filter((h) => h.includes('ID') && h !== '外部ID')) expect(h).toMatch(/（再取込用）$/);
    expect(headers[0]).toBe('ID（再取込用）');
  });

  it('names people, tags and businesses from the export itself, and leaves deleted records to the JSON', () => {
    const d = doc([
      record('tag', 'topic-x', { groupId: 'g', name: '資金繰り', order: 1 }),
      record('business', 'b1', { name: '株式会社A', externalIds: [{ system: 'TOAS', value: 'T-1' }] }),
      record('consultation', 'c1', {
        businessId: 'b1',
        heldAt: '2026-04-01T01:00:00.000Z',
        channel: 'counter',
        programme: null,
        advisorIds: ['a1', 'gone'],
        tagIds: ['topic-x', 'nope'],
        sensitive: false,
      }),
      record('consultation', 'c2', { businessId: 'elsewhere', channel: 'phone', advisorIds: [], tagIds: [], deleted: true }),
    ]);
    const files = exportFiles(d, '{}', ja);
    expect(files.map((f) => f.kind)).toEqual(['json', ...CSV_KINDS]);
    const consultations = files.find((f) => f.kind === 'consultation')!;
    expect(consultations.count).toBe(1);
    expect(consultations.text).toContain('"株式会社A","2026-04-01T01:00:00.000Z"');
    expect(consultations.text).toContain('"山田、不明な支援者"');
    expect(consultations.text).toContain('"資金繰り、（削除されたタグ）"');
    expect(files.find((f) => f.kind === 'business')!.text).toContain('"TOAS: T-1"');
    // 2026-04-01T15:30Z is 4/2 in Japan.
    expect(files[0]!.fileName).toBe('輪島商工会議所_組織全体_20260402.json');
    expect(files.find((f) => f.kind === 'consultation')!.fileName).toBe('輪島商工会議所_組織全体_20260402_相談記録.csv');
    expect(exportFiles(d, '{}', en).find((f) => f.kind === 'consultation')!.fileName).toBe(
      '輪島商工会議所_Whole organisation_20260402_Consultations.csv',
    );
  });
});
