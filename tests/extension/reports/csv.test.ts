import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, csvFileName, toCsv, type CsvValue } from '../../../extension/reports/csv';

/** The file as Excel gets it: the bytes of the text, UTF-8. */
const bytesOf = (text: string) => new TextEncoder().encode(text);

/** Reads the CSV back through a real parser (csv-parse, as strict as RFC 4180 asks): every cell as text. */
const readBack = (text: string): string[][] =>
  parse(Buffer.from(bytesOf(text)), { bom: true, record_delimiter: '\r\n', relax_quotes: false }) as string[][];

describe('CSV for Japanese Excel', () => {
  const rows: CsvValue[][] = [
    ['事業者', '延べ件数', '本質的課題'],
    ['株式会社かわせみ製作所', 12, '資金繰り、特に「運転資金」'],
    ['山田商店, 本店', 0, '1行目\r\n2行目\n3行目'],
    ['"引用"の多い名前', -3, ''],
    ['=HYPERLINK("http://example.jp","押して")', 1.5, '+81 76 000 0000'],
    ['-入金待ち', null, '@担当'],
    ['\t先頭がタブ', 7, '\r先頭が改行'],
    ['ｶﾀｶﾅ半角・①・𠮷野家・髙橋', 1_000_000, '絵文字 😀'],
  ];

  it('starts with the UTF-8 BOM and ends every row with CRLF', () => {
    const text = toCsv(rows);
    expect([...bytesOf(text).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.endsWith('\r\n')).toBe(true);
    // Every line break outside a value is CRLF: taking out quoted values leaves no bare LF or CR.
    const outside = text.replace(/"(?:[^"]|"")*"/g, '');
    expect(outside.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(outside.match(/\r\n/g)).toHaveLength(rows.length);
  });

  it('reads back cell by cell through a real CSV parser: quotes, commas and line breaks stay inside their cell', () => {
    const back = readBack(toCsv(rows));
    expect(back).toHaveLength(rows.length);
    rows.forEach((row, r) => {
      expect(back[r], `row ${r}`).toHaveLength(row.length);
      row.forEach((value, c) => {
        const expected = value === null ? '' : typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
        expect(back[r]![c], `row ${r}, column ${c}`).toBe(expected);
      });
    });
  });

  it('guards against formulas: text starting with = + - @, a tab or a carriage return gets a leading apostrophe', () => {
    expect(csvField('=1+1')).toBe(`"'=1+1"`);
    expect(csvField('+81')).toBe(`"'+81"`);
    expect(csvField('-入金待ち')).toBe(`"'-入金待ち"`);
    expect(csvField('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvField('\t=1')).toBe(`"'\t=1"`);
    expect(csvField('山田=商店')).toBe('"山田=商店"');
  });

  it('writes numbers as numbers, never guarded, and quotes every value', () => {
    expect(csvField(-3)).toBe('"-3"');
    expect(csvField(0)).toBe('"0"');
    expect(csvField(Number.NaN)).toBe('""');
    expect(csvField(null)).toBe('""');
    expect(csvField('"')).toBe('""""');
  });

  it('names files Windows accepts', () => {
    expect(csvFileName('相談件数', '月別の相談件数', '2025年度')).toBe('相談件数_月別の相談件数_2025年度.csv');
    expect(csvFileName('被災事業者', '被災事業者: 令和6年/能登*半島?地震')).toBe('被災事業者_被災事業者_ 令和6年_能登_半島_地震.csv');
  });
});
