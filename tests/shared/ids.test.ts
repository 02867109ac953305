import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../shared/ids';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidv7', () => {
  it('keeps ids made in the same millisecond in the order they were made', () => {
    const ids = Array.from({ length: 500 }, () => uuidv7(1_776_000_000_000));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(500);
    for (const id of ids) expect(id).toMatch(UUID_V7);
  });

  it('stays in order when the clock steps back, and orders by time otherwise', () => {
    const a = uuidv7(1_776_000_100_000);
    const b = uuidv7(1_776_000_000_000);
    const c = uuidv7(1_776_000_200_000);
    expect([a, b, c].sort()).toEqual([a, b, c]);
    // A clock that moves forward again writes its own time.
    expect(Number.parseInt(c.replace('-', '').slice(0, 12), 16)).toBe(1_776_000_200_000);
  });
});
