/**
 * Runs inside the measured page before any of its scripts (Playwright init script), the same
 * for the karte page and the baseline, so neither page's code takes part in the clock. Times in
 * the page's own `performance.now()` (0 = navigation start):
 * - `renderedAt`: the first moment the page holds `expected` <article> elements (the timeline)
 *   and an enabled tag filter (`select[name="tag-filter"]`);
 * - `readyAt`: the first task after the next frame: the timeline is painted and the main thread
 *   free to take the advisor's input — time to interactive.
 */
export interface KarteProbe {
  expected: number;
  renderedAt: number | null;
  readyAt: number | null;
}

export function installKarteProbe(expected: number): void {
  const probe: KarteProbe = { expected, renderedAt: null, readyAt: null };
  (window as unknown as { __karte: KarteProbe }).__karte = probe;
  const check = (observer: MutationObserver) => {
    if (probe.renderedAt !== null) return;
    const filter = document.querySelector<HTMLSelectElement>('select[name="tag-filter"]');
    if (!filter || filter.disabled || document.querySelectorAll('article').length < probe.expected) return;
    probe.renderedAt = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (probe.readyAt = performance.now());
      channel.port2.postMessage(null);
    });
  };
  const observer = new MutationObserver(() => check(observer));
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
}
