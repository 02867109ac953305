/**
 * A test of text against a glob whose only wildcard is `*` (anything, possibly nothing), as site
 * rules' match patterns and the site lists write paths and hosts. Not a regular expression:
 * `.*` repeated (`/*a*a*a*a*b`) backtracks polynomially on a long text that does not match;
 * here each literal piece is looked for once, leftmost, which decides such globs in linear time.
 */
export function globTest(glob: string): (text: string) => boolean {
  const pieces = glob.split('*');
  const first = pieces[0]!;
  const last = pieces.length > 1 ? pieces[pieces.length - 1]! : null;
  return (text) => {
    if (last === null) return text === first;
    if (!text.startsWith(first) || text.length < first.length + last.length || !text.endsWith(last)) return false;
    let at = first.length;
    const end = text.length - last.length;
    for (const piece of pieces.slice(1, -1)) {
      const found = text.indexOf(piece, at);
      if (found === -1 || found + piece.length > end) return false;
      at = found + piece.length;
    }
    return true;
  };
}
