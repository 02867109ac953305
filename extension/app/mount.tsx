import { effect } from '@preact/signals';
import { render, type ComponentChildren } from 'preact';
import { I18nContext } from '../state/contexts';
import type { I18nStore } from '../state/i18n-store';
import './styles.css';

/** Renders a view with the language provided, keeping <html lang> and the title in step. */
export function mount(i18n: I18nStore, view: ComponentChildren, titleKey: 'app.name' | 'options.title' = 'app.name'): void {
  effect(() => {
    document.documentElement.lang = i18n.language.value;
    document.title = i18n.t.value(titleKey);
  });
  render(<I18nContext.Provider value={i18n}>{view}</I18nContext.Provider>, document.getElementById('app')!);
}
