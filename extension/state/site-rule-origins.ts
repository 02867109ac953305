const REGEX_FORM = /^\/.+\/i?$/s;

/**
 * The host permission a rule's pages need (to read the tab's address and, for selector rules,
 * the page): `https://bizmil.example.jp/companies/*` needs `https://bizmil.example.jp/*`.
 * Null for a regular-expression pattern, whose sites cannot be known in advance.
 */
export function originsOfPattern(pattern: string): string[] | null {
  const p = pattern.trim();
  if (REGEX_FORM.test(p)) return null;
  const m = /^(?:([a-z*]+):\/\/)?([^/?#:]+)/i.exec(p);
  if (!m) return null;
  const scheme = (m[1] ?? '*').toLowerCase();
  return [`${scheme}://${m[2]!.toLowerCase()}/*`];
}
