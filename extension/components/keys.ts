/**
 * Keys as the capture views read them. Japanese is typed through an IME: the Enter that
 * confirms a conversion (「やまだ」→「山田」) reaches the page as a keydown too, with
 * `isComposing` true and keyCode 229 (Chrome on every OS; Safari ends the composition first
 * but still says 229). No control may act on that key: it belongs to the IME.
 */
export function confirmingIme(e: KeyboardEvent): boolean {
  return e.isComposing || e.keyCode === 229;
}

/** Enter meant for the page: `plain`, `command` (with Ctrl or ⌘), or null (another key, or the IME's Enter). */
export function enterKey(e: KeyboardEvent): 'plain' | 'command' | null {
  if (e.key !== 'Enter' || confirmingIme(e)) return null;
  return e.ctrlKey || e.metaKey ? 'command' : 'plain';
}

/** A browser that let the IME's Enter through would submit within this time of it. */
const IME_SUBMIT_WINDOW_MS = 1_000;

/**
 * Tells a form's submission set off by the Enter that confirms an IME conversion (implicit
 * submission from a text input) from one the advisor asked for. Chrome does not submit on
 * that Enter today; other engines have, so the capture views' forms check anyway.
 */
export function imeSubmitGuard() {
  let imeEnterAt = Number.NEGATIVE_INFINITY;
  return {
    keyDown(e: KeyboardEvent): void {
      if (e.key === 'Enter' || e.keyCode === 229) imeEnterAt = confirmingIme(e) ? e.timeStamp : Number.NEGATIVE_INFINITY;
    },
    /** Once the key is up, only a click or another Enter can submit. */
    keyUp(e: KeyboardEvent): void {
      if (e.key === 'Enter') imeEnterAt = Number.NEGATIVE_INFINITY;
    },
    /** True when the submit event `e` comes from the IME's Enter (and must be ignored). */
    fromIme(e: Event): boolean {
      const fromIme = e.timeStamp - imeEnterAt < IME_SUBMIT_WINDOW_MS;
      imeEnterAt = Number.NEGATIVE_INFINITY;
      return fromIme;
    },
  };
}
