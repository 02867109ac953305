import { describe, expect, it } from 'vitest';
import { entryAnchor, karteHref } from '../../../extension/karte/hrefs';
import { karteUrl } from '../../../extension/platform/page-urls';

describe('karte URLs', () => {
  it('are the karte links of the pages, made absolute for a new tab', () => {
    const url = new URL(karteUrl('b-1', 'c-9'));
    expect(url.href.endsWith(`/${karteHref('b-1', 'c-9')}`)).toBe(true);
    expect(url.searchParams.get('id')).toBe('b-1');
    expect(url.hash).toBe(`#${entryAnchor('c-9')}`);
    expect(new URL(karteUrl('b 2')).searchParams.get('id')).toBe('b 2');
    expect(new URL(karteUrl('b-1')).hash).toBe('');
  });
});
