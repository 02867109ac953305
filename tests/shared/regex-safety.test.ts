import { describe, expect, it } from 'vitest';
import { regexRisk } from '../../shared/regex-safety';

describe('regular expressions that could freeze a page', () => {
  it.each([
    ['companies/((?:\\d+-?)+)/detail', 'nested'],
    ['(a+)+', 'nested'],
    ['(.*a){20}', 'nested'],
    ['(\\d+)+$', 'nested'],
    ['(a?a?)+b', 'nested'],
    ['(?:\\d{1,3})+x', 'nested'],
    ['(a|a)*', 'ambiguous'],
    ['(\\d|\\d\\d)+', 'ambiguous'],
    ['(a|ab)*', 'ambiguous'],
    ['((a|a)b)*c', 'ambiguous'],
    ['(?:\\w|\\d)+(x)', 'ambiguous'],
    ['(?:a|)+(x)', 'ambiguous'],
    ['(?:[a-f]|[e-z]){2,}', 'ambiguous'],
    ['(?:A|a)+', 'ambiguous'],
    ['(?<=id=)(\\d+)', 'unreadable'],
  ])('%s is %s', (source, risk) => {
    expect(regexRisk(source)).toBe(risk);
  });

  it.each([
    '/companies/([A-Z0-9]+)',
    '/companies/(\\d+)',
    '/companies/(BZ\\d+)',
    '#record=(\\d+)',
    '[?&]id=(BZ\\d+)',
    'name=([^&]+)',
    'id=BZ\\d+',
    'companies/([\\d-]+)/detail',
    '^https:\\/\\/toas\\.example\\.jp\\/member\\?id=\\d+$',
    '(?:jpg|png)+',
    '(?:\\d|-)+',
    '(?:id|no)=(\\d+)',
    '(https?|ftp)://([^/]+)',
    '(?<id>\\d+)',
    '(a)\\1',
    // Optional parts outside any loop: common in real rules.
    '(\\d+(?:-\\d+)?)',
    '^(?:https?:\\/\\/)?portal\\.example\\.jp\\/c\\/(\\d+)',
    'id=(BZ-?\\d+)',
    // More than 25 repetitions in one expression is fine when none nests.
    Array.from({ length: 30 }, () => 'a+').join('-'),
  ])('%s is safe to run', (source) => {
    expect(regexRisk(source)).toBeNull();
  });
});
