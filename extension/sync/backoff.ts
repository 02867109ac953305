/**
 * Exponential backoff with full jitter: a uniformly random wait in [0, min(cap, base·2^(n-1))]
 * after the n-th consecutive failure, so many clients that failed together (server restart,
 * Wi-Fi back in a meeting room) do not retry in lockstep.
 */
export function backoffDelay(failures: number, random: () => number, opts: { baseMs: number; capMs: number }): number {
  if (failures <= 0) return 0;
  const ceiling = Math.min(opts.capMs, opts.baseMs * 2 ** Math.min(failures - 1, 30));
  return Math.floor(random() * ceiling);
}
