import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { languageHint } from '../../../extension/platform/language-hint';
import { settings } from '../../../extension/platform/settings';
import { createI18nStore } from '../../../extension/state/i18n-store';

beforeEach(() => {
  fakeBrowser.reset();
  localStorage.clear();
});

/** The real language setting, its first read held back until `release()`. */
function heldSetting() {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  const language = {
    ...settings.language,
    getValue: async () => {
      await held;
      return settings.language.getValue();
    },
  };
  return { language, release };
}

describe('UI language', () => {
  it('waits for the setting the first time, and remembers it as the hint', async () => {
    await settings.language.setValue('en');
    const i18n = createI18nStore({ language: settings.language, hint: languageHint });
    await i18n.load();
    expect(i18n.language.value).toBe('en');
    expect(i18n.t.value('editor.save')).toBe('Save');
    expect(languageHint.read()).toBe('en');
  });

  it('renders in the hinted language without waiting for extension storage', async () => {
    await settings.language.setValue('en');
    languageHint.write('en');
    const { language, release } = heldSetting();
    const i18n = createI18nStore({ language, hint: languageHint });
    await i18n.load();
    expect(i18n.language.value).toBe('en');
    release();
  });

  it('follows the setting when it changed while no page was open', async () => {
    languageHint.write('en');
    const { language, release } = heldSetting();
    const i18n = createI18nStore({ language, hint: languageHint });
    await i18n.load();
    expect(i18n.language.value).toBe('en');

    release(); // the setting says Japanese (its default)
    await expect.poll(() => i18n.language.value).toBe('ja');
    expect(i18n.t.value('editor.save')).toBe('保存');
    expect(languageHint.read()).toBe('ja');
  });
});
