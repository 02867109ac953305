import { describe, expect, it } from 'vitest';
import { niceTicks } from '../../../extension/reports/chart-scale';

describe('chart axis', () => {
  it.each([
    [0, [0, 1]],
    [1, [0, 1]],
    [3, [0, 1, 2, 3]],
    [7, [0, 2, 4, 6, 8]],
    [10, [0, 5, 10]],
    [137, [0, 50, 100, 150]],
    [4_321, [0, 2000, 4000, 6000]],
  ])('puts round steps up to at least %i', (max, ticks) => {
    expect(niceTicks(max)).toEqual(ticks);
  });
});
