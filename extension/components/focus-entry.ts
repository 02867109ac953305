import { entryAnchor } from '../karte/hrefs';

/** Frames to wait for the entry: the older part of a long timeline is built just after the first paint. */
const MAX_FRAMES = 30;

/**
 * Brings a consultation of the timeline into view and gives it the focus (so a screen reader
 * reads it too). Runs after the next paint: the caller may just have cleared the filters
 * that hid it.
 */
export function focusEntry(consultationId: string, frames = MAX_FRAMES): void {
  requestAnimationFrame(() => {
    const el = document.getElementById(entryAnchor(consultationId));
    if (!el) {
      if (frames > 0) focusEntry(consultationId, frames - 1);
      return;
    }
    el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
  });
}
