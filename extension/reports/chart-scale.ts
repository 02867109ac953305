/**
 * The axis of a bar chart: round steps (1, 2 or 5 times a power of ten) from 0 up to the first
 * step at or above the largest value, about `count` of them, so the bars read against gridlines
 * a person can name. An empty or all-zero chart still gets an axis (0 … 1).
 */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  // Counts are whole numbers: a step below 1 would draw gridlines at fractions of a consultation.
  const whole = Math.max(1, step);
  const ticks: number[] = [];
  for (let v = 0; v < max + whole; v += whole) {
    ticks.push(v);
    if (v >= max) break;
  }
  return ticks;
}
