import type { Page } from '@playwright/test';
import { translator, type Language } from '../../../extension/locales';

/**
 * The controls of the capture views, found the way a screen reader finds them: by role and
 * by the accessible name the locale files give them (so a renamed label is followed, and a
 * control without a name is not found at all).
 */
export function ui(page: Page, language: Language = 'ja') {
  const t = translator(language);
  return {
    t,
    note: page.getByRole('textbox', { name: t('field.inquiry'), exact: true }),
    businessSearch: page.getByRole('searchbox', { name: t('business.search') }),
    createBusinessButton: (name: string) => page.getByRole('button', { name: t('business.create', { name }) }),
    selectedBusiness: page.getByTestId('selected-business'),
    businessResult: (name: string) => page.getByRole('list', { name: t('business.results') }).getByRole('button', { name }),
    channel: page.getByRole('combobox', { name: t('field.channel'), exact: true }),
    tagSearch: page.getByRole('textbox', { name: t('tags.search') }),
    tagOption: (name: string) => page.getByRole('checkbox', { name, exact: true }),
    selectedTags: page.getByRole('list', { name: t('tags.selected') }),
    save: page.getByRole('button', { name: t('editor.save'), exact: true }),
    saved: page.getByRole('region', { name: t('editor.saved') }),
    latest: page.getByRole('region', { name: t('karte.latest') }),
    pageInfo: page.getByRole('region', { name: t('page.current') }),
  };
}

/** Registers a business inline, by name only, as an advisor would in the middle of a call. */
export async function createBusiness(page: Page, name: string, language: Language = 'ja'): Promise<void> {
  const u = ui(page, language);
  await u.businessSearch.fill(name);
  await u.createBusinessButton(name).click();
  await u.selectedBusiness.filter({ hasText: name }).waitFor();
}

/** Finds a business by incremental search and picks it. */
export async function pickBusiness(page: Page, query: string, name = query, language: Language = 'ja'): Promise<void> {
  const u = ui(page, language);
  await u.businessSearch.fill(query);
  await u.businessResult(name).click();
  await u.selectedBusiness.filter({ hasText: name }).waitFor();
}

/** A name no other test (or earlier run in the same profile) has used. */
export const uniqueName = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
