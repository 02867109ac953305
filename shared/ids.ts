/**
 * UUIDv7 (RFC 9562): time-ordered ids any client can generate offline.
 * Time-ordering keeps B-tree inserts local in both IndexedDB and D1.
 *
 * Ids made in the same millisecond (or while the clock steps back) stay in the order they were
 * made (RFC 9562 §6.2, method 2: the random tail is counted up), so records sorted by id — actions
 * due the same day, say — come out in the order the advisor wrote them.
 */
let lastTime = -1;
let lastBytes: Uint8Array | null = null;

export function uuidv7(now: number = Date.now()): string {
  const bytes = new Uint8Array(16);
  let ts = now;
  if (lastBytes && ts <= lastTime && countUp(lastBytes, bytes)) {
    ts = lastTime;
  } else {
    crypto.getRandomValues(bytes);
    if (lastBytes && ts <= lastTime) ts = lastTime + 1; // the tail ran out: the next millisecond
  }
  lastTime = ts;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ts % 256;
    ts = Math.floor(ts / 256);
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  lastBytes = bytes;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The previous id's random tail (bytes 9–15) plus one, into `into`; false when it would overflow. */
function countUp(previous: Uint8Array, into: Uint8Array): boolean {
  into.set(previous);
  for (let i = 15; i >= 9; i--) {
    if (into[i] !== 0xff) {
      into[i] = into[i]! + 1;
      return true;
    }
    into[i] = 0;
  }
  return false;
}
