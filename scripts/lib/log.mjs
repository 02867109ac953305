/**
 * Bilingual console output: every message is one short line in Japanese and one in English,
 * so a person reading either language sees the whole story.
 */
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, s) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);

export const bold = (s) => paint('1', s);

/** A step of the set-up, e.g. step('D1 マイグレーションを適用', 'Applying D1 migrations'). */
export function step(ja, en) {
  console.log(`${paint('36', '▶')} ${bold(ja)} / ${en}`);
}

export function ok(ja, en) {
  console.log(`${paint('32', '✔')} ${ja} / ${en}`);
}

export function warn(ja, en) {
  console.warn(`${paint('33', '⚠')} ${ja}\n  ${en}`);
}

export function fail(ja, en) {
  console.error(`${paint('31', '✖')} ${ja}\n  ${en}`);
}
