/**
 * Runs inside the measured page before any of its scripts (Playwright init script), the same
 * for the karte page and the baseline, so neither page's code takes part in the clock. Times in
 * the page's own `performance.now()` (0 = navigation start), each taken when the condition first
 * holds and again at the first task after the next frame (painted, main thread free: usable):
 * - `first`: an enabled tag filter (`select[name="tag-filter"]`) and at least `firstEntries`
 *   consultations (<article>) on the page — the first screen, usable;
 * - `full`: every one of the `expected` consultations on the page.
 * A page that renders everything at once reaches both at the same moment.
 */
export interface Moment {
  renderedAt: number | null;
  readyAt: number | null;
}

export interface KarteProbe {
  expected: number;
  firstEntries: number;
  first: Moment;
  full: Moment;
}

export function installKarteProbe({ expected, firstEntries }: { expected: number; firstEntries: number }): void {
  const probe: KarteProbe = {
    expected,
    firstEntries,
    first: { renderedAt: null, readyAt: null },
    full: { renderedAt: null, readyAt: null },
  };
  (window as unknown as { __karte: KarteProbe }).__karte = probe;
  const reach = (moment: Moment) => {
    moment.renderedAt = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (moment.readyAt = performance.now());
      channel.port2.postMessage(null);
    });
  };
  const observer = new MutationObserver(() => {
    const filter = document.querySelector<HTMLSelectElement>('select[name="tag-filter"]');
    if (!filter || filter.disabled) return;
    const entries = document.querySelectorAll('article').length;
    if (probe.first.renderedAt === null && entries >= Math.min(probe.firstEntries, probe.expected)) reach(probe.first);
    if (probe.full.renderedAt === null && entries >= probe.expected) {
      reach(probe.full);
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
}
