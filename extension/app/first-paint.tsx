import { render } from 'preact';
import { enFirstPaint } from '../locales/en-first-paint';
import { jaFirstPaint } from '../locales/ja-first-paint';
import type { Language } from '../locales/languages';
import type { EditorStore } from '../state/editor-store';
import { FirstPaintView, type FirstPaintSurface } from './FirstPaintView';
import './styles.css';

/** The editor the full view types into (state/editor-store.ts). */
type Editor = Pick<EditorStore, 'current'>;

export interface FirstPaint {
  /** Resolves just after the first paint is on screen: the rest of the page loads from then on. */
  painted: Promise<void>;
  /**
   * Puts the note typed so far into `editor`'s draft (stored once the stored draft is read, merged
   * with it: draft-store.ts) and says whether the note field had the focus. Call it in the same
   * task as the full view's render, so no keystroke falls between the two.
   */
  handOver(editor: Editor): { focused: boolean };
}

/**
 * Resolves once the browser reports the page's first contentful paint (Paint Timing), i.e. the
 * first paint is on screen. Where none is reported (a hidden page, a browser without it) the
 * page goes on after `fallbackMs`.
 */
function afterFirstPaint(fallbackMs = 300): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, fallbackMs);
    if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) return;
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
}

/**
 * Paints the popup's or side panel's title and note field at once, in `language` (the one last shown),
 * with nothing else loaded (no store, no full catalogue): the popup's note field has the focus
 * before Dexie is even fetched. The page's full view replaces it and takes over what was typed.
 */
export function paintFirst(
  surface: FirstPaintSurface,
  language: Language,
  root: HTMLElement = document.getElementById('app')!,
): FirstPaint {
  const messages = language === 'en' ? enFirstPaint : jaFirstPaint;
  document.documentElement.lang = language;
  document.title = messages['app.name'];
  const note: { current: HTMLTextAreaElement | null } = { current: null };
  render(<FirstPaintView surface={surface} t={(key) => messages[key]} noteRef={note} />, root);
  if (surface === 'popup') note.current?.focus();
  return {
    painted: afterFirstPaint(),
    handOver(editor) {
      const field = note.current;
      if (field && field.value !== '') editor.current.value.update({ inquiry: field.value });
      return { focused: field !== null && document.activeElement === field };
    },
  };
}
