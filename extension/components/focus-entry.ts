import { entryAnchor } from '../karte/hrefs';

/**
 * Brings a consultation of the timeline into view and gives it the focus (so a screen reader
 * reads it too). Runs after the next paint: the caller may just have cleared the filters
 * that hid it.
 */
export function focusEntry(consultationId: string): void {
  requestAnimationFrame(() => {
    const el = document.getElementById(entryAnchor(consultationId));
    if (!el) return;
    el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
  });
}
