import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  corporateNumberCheckDigit,
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  IMPORT_FIELDS,
  PROTOCOL_VERSION,
  withAllFields,
  type ExportDocument,
} from '../../../shared';
import { exportFiles } from '../../../extension/export/export-files';
import { suggestMapping } from '../../../extension/import/columns';
import { advisorKey, convertRows } from '../../../extension/import/convert';
import { decodeFile } from '../../../extension/import/decode';
import { readTable } from '../../../extension/import/table';
import { translator } from '../../../extension/locales';

const ADVISOR = '01900000-0000-7000-8000-000000000001';
const business = (id: string, fields: Record<string, unknown>) => ({
  kind: 'business' as const,
  id,
  version: 1,
  authorId: ADVISOR,
  createdAt: '2026-04-01T00:00:00.000Z',
  updatedAt: '2026-04-01T00:00:00.000Z',
  redacted: false,
  data: withAllFields('business', fields),
});
const businesses = [
  business('01900000-0000-7000-8000-0000000000b1', {
    name: '髙橋①酒店',
    nameKana: 'タカハシサケテン',
    corporateNumber: `${corporateNumberCheckDigit('123456789012')}123456789012`,
    legalForm: 'corporation',
    industry: 'I',
    industryMiddle: '58',
    employees: 3,
    municipality: '輪島市',
    membership: 'member',
    smallBusiness: true,
    externalIds: [
      { system: 'TOAS', value: 'T-101' },
      { system: 'BIZミル', value: '9' },
    ],
    assignedAdvisorId: ADVISOR,
  }),
  business('01900000-0000-7000-8000-0000000000b2', {
    name: '能登ゆるり食堂',
    legalForm: 'sole_proprietor',
    industry: 'M',
    membership: 'unknown',
    smallBusiness: false,
  }),
];
const doc: ExportDocument = {
  format: EXPORT_FORMAT,
  formatVersion: EXPORT_FORMAT_VERSION,
  protocol: PROTOCOL_VERSION,
  organisation: { id: 'org', name: '輪島商工会' },
  exportedAt: '2026-12-07T00:00:00.000Z',
  exportedBy: { id: ADVISOR, name: '山田 太郎', role: 'admin' },
  scope: 'organisation',
  sensitive: true,
  advisors: [{ id: ADVISOR, name: '山田 太郎', jobTitle: null, role: 'admin', active: true }],
  records: businesses,
};

describe('a business CSV of データの書き出し comes back in through the import page', () => {
  it('saved by Excel as Shift_JIS (encoded by iconv-lite), every importable field and the id read back as exported', () => {
    const t = translator('ja');
    const csv = exportFiles(doc, JSON.stringify(doc), t).find((f) => f.kind === 'business')!;
    const { text, encoding } = decodeFile(new Uint8Array(iconv.encode(csv.text.replace(/^\uFEFF/, ''), 'Shift_JIS')));
    expect(encoding).toBe('shift_jis');
    const table = readTable(text);
    if (!table.ok) throw new Error('the export did not read back as a table');
    const mapping = suggestMapping(table.header, 'other');
    const { lines, problems } = convertRows(table.rows, mapping, new Map([[advisorKey('山田 太郎'), ADVISOR]]));
    expect(problems).toEqual([]);
    expect(lines.map((l) => l.recordId)).toEqual(businesses.map((b) => b.id));
    for (const [i, line] of lines.entries()) {
      const expected = Object.fromEntries(
        IMPORT_FIELDS.map((f) => [f, businesses[i]!.data[f]]).filter(
          ([, v]) => v !== null && v !== '' && !(Array.isArray(v) && v.length === 0),
        ),
      );
      expect(line.fields).toEqual(expected);
    }
  });
});
