import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { Result } from 'axe-core';

/** WCAG 2.1 A/AA and axe's best practices; no rule is turned off. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

function describeViolation(v: Result): string {
  const nodes = v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.replaceAll('\n', ' ') ?? ''}`);
  return [`${v.id} (${v.impact ?? 'n/a'}): ${v.help}`, ...nodes].join('\n');
}

/** Runs axe on the page as it is now; every violation is listed with the elements it found. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect.soft(violations.map(describeViolation), `axe violations on ${what}`).toEqual([]);
}
