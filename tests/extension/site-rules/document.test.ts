import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractFromDocument } from '../../../extension/site-rules';
import { aRule } from './rules';

/** The BIZミル imitation the e2e tests serve, loaded into happy-dom's document. */
const FIXTURE = readFileSync(path.resolve(import.meta.dirname, '../../e2e/fixtures/bizmil/business.html'), 'utf8');

const selectorRule = (selector: string, attribute: string | null = null, regex: string | null = null) =>
  aRule({ urlPattern: '*://*/*', extract: { from: 'selector', selector, attribute, regex } });

describe('reading the external ID from the page', () => {
  let mutations: MutationRecord[];
  let observer: MutationObserver;
  let before: string;

  beforeEach(() => {
    document.documentElement.innerHTML = new DOMParser().parseFromString(FIXTURE, 'text/html').documentElement.innerHTML;
    document
      .querySelector('main')!
      .insertAdjacentHTML('beforeend', '<div id="company" data-company-id="  BZ012345 "> <span>会員番号：T-00042</span></div>');
    before = document.documentElement.outerHTML;
    mutations = [];
    observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });

  afterEach(() => {
    mutations.push(...observer.takeRecords());
    observer.disconnect();
    // Reading never changes the advisor's page.
    expect(mutations).toEqual([]);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('reads an element’s text, trimmed', () => {
    expect(extractFromDocument(selectorRule('#business-name'), document)).toBe('株式会社みなと製作所');
  });

  it('reads an attribute', () => {
    expect(extractFromDocument(selectorRule('#company', 'data-company-id'), document)).toBe('BZ012345');
  });

  it('picks the ID out of the text with the rule’s regex', () => {
    expect(extractFromDocument(selectorRule('#company span', null, '会員番号：(T-\\d+)'), document)).toBe('T-00042');
    expect(extractFromDocument(selectorRule('dl dd', null, '^(\\d{13})$'), document)).toBe('7010001008844');
  });

  it('finds nothing, without failing, for a missing element, attribute or an invalid selector', () => {
    expect(extractFromDocument(selectorRule('#nothing-here'), document)).toBeNull();
    expect(extractFromDocument(selectorRule('#company', 'data-missing'), document)).toBeNull();
    expect(extractFromDocument(selectorRule('##bad['), document)).toBeNull();
  });

  it('refuses text too long to be an ID (a selector that hit a whole section)', () => {
    expect(extractFromDocument(selectorRule('main'), document)).toBeNull();
  });

  it('reads URL rules from the document’s own URL', () => {
    history.pushState({}, '', '/companies/BZ777');
    // pushState is not a DOM mutation; the page's markup is unchanged.
    expect(extractFromDocument(aRule({ urlPattern: '*://*/*' }), document)).toBe('BZ777');
  });
});
