import { describe, expect, it } from 'vitest';
import { corporateNumberCheckDigit } from '../../../shared/corporate-number';
import { suggestMapping } from '../../../extension/import/columns';
import { convertRows } from '../../../extension/import/convert';

const CN = `${corporateNumberCheckDigit('123456789012')}123456789012`;
const advisors = new Map([['山田太郎', 'a0000000-0000-4000-8000-000000000001']]);

describe('mapping the columns of a list', () => {
  it('suggests targets from the headers other systems use, the source deciding whose ID a bare 「会員番号」 is', () => {
    const headers = [
      '会員番号',
      '事業所名',
      'フリガナ',
      '法人番号',
      '業種',
      '従業員数',
      '市区町村',
      '会員区分',
      '小規模事業者',
      '担当指導員',
      '所在地',
      '備考',
    ];
    expect(suggestMapping(headers, 'toas')).toEqual([
      'externalId:TOAS',
      'name',
      'nameKana',
      'corporateNumber',
      'industry',
      'employees',
      'municipality',
      'membership',
      'smallBusiness',
      'assignedAdvisor',
      'skip',
      'skip',
    ]);
    expect(suggestMapping(['事業者ID', '事業者名'], 'bizmil')).toEqual(['externalId:BIZミル', 'name']);
    expect(suggestMapping(['会員番号', '名称'], 'other')).toEqual(['skip', 'name']);
    // A target is suggested once: the second 名称-like column is left for the person to choose.
    expect(suggestMapping(['事業所名', '屋号'], 'other')).toEqual(['name', 'skip']);
  });
});

describe('reading each row', () => {
  const mapping = suggestMapping(
    ['会員番号', '事業所名', '法人番号', '業種', '従業員数', '会員区分', '小規模事業者', '担当指導員', '法人・個人'],
    'toas',
  );

  it('reads what Japanese lists write: full-width digits, 中分類 codes and names, ○, 会員, people by name', () => {
    const { lines, problems } = convertRows(
      [
        {
          row: 2,
          cells: [
            'M-001',
            '一号商店',
            CN.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
            '09 食料品製造業',
            '１２人',
            '会員',
            '○',
            '山田 太郎',
            '株式会社',
          ],
        },
        { row: 3, cells: ['M-002', '二号食堂', '', '宿泊業，飲食サービス業', '', '非会員', '×', '', '個人事業主'] },
        { row: 4, cells: ['M-003', '三号', '', 'e', '', '', '', '', ''] },
        { row: 5, cells: ['M-004', '四号', '', '小売業', '', '', '', '', ''] },
      ],
      mapping,
      advisors,
    );
    expect(problems).toEqual([]);
    expect(lines).toEqual([
      {
        line: 2,
        fields: {
          externalIds: [{ system: 'TOAS', value: 'M-001' }],
          name: '一号商店',
          corporateNumber: CN,
          industryMiddle: '09',
          employees: 12,
          membership: 'member',
          smallBusiness: true,
          assignedAdvisorId: 'a0000000-0000-4000-8000-000000000001',
          legalForm: 'corporation',
        },
      },
      {
        line: 3,
        fields: {
          externalIds: [{ system: 'TOAS', value: 'M-002' }],
          name: '二号食堂',
          industry: 'M',
          membership: 'non_member',
          smallBusiness: false,
          legalForm: 'sole_proprietor',
        },
      },
      { line: 4, fields: { externalIds: [{ system: 'TOAS', value: 'M-003' }], name: '三号', industry: 'E' } },
      { line: 5, fields: { externalIds: [{ system: 'TOAS', value: 'M-004' }], name: '四号', industry: 'I' } },
    ]);
  });

  it('names the row and column of every cell it cannot read, and of every field the schema refuses', () => {
    const { lines, problems } = convertRows(
      [
        { row: 2, cells: ['M-001', '一号商店', '', '宇宙業', '十人', '準会員', 'たぶん', '佐藤', '団体'] },
        { row: 5, cells: ['M-002', '二号', '1234567890123', '', '', '', '', '', ''] },
        { row: 6, cells: ['M-003', '　', '', '', '', '', '', '', ''] },
      ],
      mapping,
      advisors,
    );
    // Row 6's name is blank: left out (a known business keeps its name); the API says if it is a new one.
    expect(lines).toEqual([{ line: 6, fields: { externalIds: [{ system: 'TOAS', value: 'M-003' }] } }]);
    expect(problems).toEqual([
      { row: 2, column: 3, code: 'industry', value: '宇宙業' },
      { row: 2, column: 4, code: 'employees', value: '十人' },
      { row: 2, column: 5, code: 'membership', value: '準会員' },
      { row: 2, column: 6, code: 'smallBusiness', value: 'たぶん' },
      { row: 2, column: 7, code: 'advisor', value: '佐藤' },
      { row: 2, column: 8, code: 'legalForm', value: '団体' },
      { row: 5, column: 2, message: expect.stringContaining('チェックデジット') },
    ]);
  });
});
