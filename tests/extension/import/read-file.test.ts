import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeFile } from '../../../extension/import/decode';
import { readTable } from '../../../extension/import/table';

// A TOAS-style 会員名簿 with what trips hand-written readers: a comma and a line break inside
// quotes, "" inside quotes, 髙 and ① (Windows' extensions of Shift_JIS), ～ and －, a blank row.
const CSV =
  '会員番号,事業所名,住所,備考\r\n' +
  'M-001,"株式会社　髙橋①商店","輪島市河井町1-1","「本店」と\r\n""支店"""\r\n' +
  '\r\n' +
  'M-002,ＡＢＣ食堂～本店,珠洲市－,"a,b"\r\n';

const expected = {
  ok: true,
  header: ['会員番号', '事業所名', '住所', '備考'],
  rows: [
    { row: 2, cells: ['M-001', '株式会社　髙橋①商店', '輪島市河井町1-1', '「本店」と\r\n"支店"'] },
    { row: 4, cells: ['M-002', 'ＡＢＣ食堂～本店', '珠洲市－', 'a,b'] },
  ],
};

describe('reading a business list', () => {
  it('reads Shift_JIS as Japanese Excel saves it (encoded by iconv-lite, a real encoder)', () => {
    const bytes = new Uint8Array(iconv.encode(CSV, 'Shift_JIS'));
    const { text, encoding } = decodeFile(bytes);
    expect(encoding).toBe('shift_jis');
    expect(readTable(text)).toEqual(expected);
  });

  it('reads Windows-31J (CP932) files with their NEC and IBM extension characters', () => {
    const bytes = new Uint8Array(iconv.encode(CSV, 'cp932'));
    expect(decodeFile(bytes).encoding).toBe('shift_jis');
    expect(readTable(decodeFile(bytes).text)).toEqual(expected);
  });

  it('reads UTF-8 with and without a BOM, and UTF-16 with one', () => {
    const utf8 = new TextEncoder().encode(CSV);
    expect(decodeFile(utf8)).toEqual({ text: CSV, encoding: 'utf-8' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(readTable(decodeFile(withBom).text)).toEqual(expected);
    const utf16 = new Uint8Array(iconv.encode(CSV, 'utf-16le', { addBOM: true }));
    expect(decodeFile(utf16).encoding).toBe('utf-16le');
    expect(readTable(decodeFile(utf16).text)).toEqual(expected);
  });

  it('reads tab-separated text, and says where a broken file stops', () => {
    expect(readTable('事業所名\t法人番号\n一号商店\t1234567890123\n')).toEqual({
      ok: true,
      header: ['事業所名', '法人番号'],
      rows: [{ row: 2, cells: ['一号商店', '1234567890123'] }],
    });
    expect(readTable('事業所名,備考\n一号商店,"閉じていない\n二号食堂,x\n')).toEqual({ ok: false, reason: 'malformed', line: 3 });
    expect(readTable('\n\n')).toEqual({ ok: false, reason: 'empty' });
  });
});
