import ret, { types, type Root, type Token } from 'ret';

/**
 * Whether a regular expression a person wrote (a site rule's) can freeze the page that runs it
 * by backtracking catastrophically on a long input:
 * - `nested`: a repetition inside a repetition (star height > 1: `(a+)+`, `((?:\d+-?)+)`,
 *   `(.*a){20}`, `(a?a?)+`). An optional part (`?`) counts only inside a loop: on its own
 *   (`(\d+(?:-\d+)?)`, `https?://`) it cannot multiply the ways of matching;
 * - `ambiguous`: a repeated group whose alternatives can start with the same character or match
 *   nothing (`(a|a)*`, `(\d|\d\d)+`, `(a|ab)*`);
 * - `unreadable`: JavaScript accepts it but the checker cannot read it (a lookbehind `(?<=…)`),
 *   so it cannot be shown to be safe.
 * Null: safe to run. Only for sources that are regular expressions (`new RegExp` accepts them).
 */
export type RegexRisk = 'nested' | 'ambiguous' | 'unreadable';

export function regexRisk(source: string): RegexRisk | null {
  let tree: Root;
  try {
    tree = ret(source);
  } catch {
    return 'unreadable'; // syntax ret does not know: refuse rather than guess
  }
  if (starHeight(tree, false) > 1) return 'nested';
  return ambiguous(tree, false) ? 'ambiguous' : null;
}

/**
 * How deeply repetitions nest. A repetition that can run more than once counts, and so does an
 * optional one (`?`) inside such a loop, where it multiplies the ways a text can be split.
 */
function starHeight(token: Root | Token, inLoop: boolean): number {
  if (token.type === types.REPETITION) {
    const loops = token.max > 1;
    return starHeight(token.value, inLoop || loops) + (loops || inLoop ? 1 : 0);
  }
  if (token.type !== types.GROUP && token.type !== types.ROOT) return 0;
  const children = token.options ? token.options.flat() : (token.stack ?? []);
  return Math.max(0, ...children.map((child) => starHeight(child, inLoop)));
}

/** A set of characters the way ret writes one, as a test and the code points where the test may change. */
interface CharTest {
  test: (c: number) => boolean;
  edges: number[];
}

const ANY: CharTest = { test: () => true, edges: [] };

/** A character in either case: a rule with the `i` flag compares that way, and folding costs nothing. */
function charTest(c: number): CharTest {
  const s = String.fromCodePoint(c);
  const cases = [c, s.toLowerCase().codePointAt(0)!, s.toUpperCase().codePointAt(0)!];
  return { test: (x) => cases.includes(x), edges: cases.flatMap((v) => [v, v + 1]) };
}

function setTest(token: Extract<Token, { type: types.SET }>): CharTest {
  const parts = token.set.map((t): CharTest => {
    if (t.type === types.CHAR) return charTest(t.value);
    if (t.type === types.RANGE) return { test: (x) => x >= t.from && x <= t.to, edges: [t.from, t.to + 1] };
    return setTest(t);
  });
  return { test: (x) => parts.some((p) => p.test(x)) !== token.not, edges: parts.flatMap((p) => p.edges) };
}

/** Whether some character is in both sets: each is unions and complements of ranges, so a shared one shows at an edge. */
function overlap(a: CharTest[], b: CharTest[]): boolean {
  const points = [0, ...a.flatMap((t) => t.edges), ...b.flatMap((t) => t.edges)];
  return points.some((p) => a.some((t) => t.test(p)) && b.some((t) => t.test(p)));
}

interface First {
  chars: CharTest[];
  /** Can match the empty string. */
  empty: boolean;
}

/** The characters a sequence of tokens can start with. */
function firstOfSequence(tokens: readonly Token[]): First {
  const chars: CharTest[] = [];
  for (const t of tokens) {
    const f = firstOf(t);
    chars.push(...f.chars);
    if (!f.empty) return { chars, empty: false };
  }
  return { chars, empty: true };
}

function firstOf(token: Token): First {
  switch (token.type) {
    case types.CHAR:
      return { chars: [charTest(token.value)], empty: false };
    case types.SET:
      return { chars: [setTest(token)], empty: false };
    case types.POSITION:
      return { chars: [], empty: true };
    case types.REFERENCE:
      return { chars: [ANY], empty: true }; // a back-reference can hold anything
    case types.REPETITION: {
      const f = firstOf(token.value);
      return { chars: f.chars, empty: f.empty || token.min === 0 };
    }
    case types.GROUP: {
      if (token.followedBy || token.notFollowedBy || token.lookBehind) return { chars: [], empty: true };
      const alternatives = (token.options ?? [token.stack ?? []]).map(firstOfSequence);
      return { chars: alternatives.flatMap((f) => f.chars), empty: alternatives.some((f) => f.empty) };
    }
  }
}

/** Alternatives that a repetition around them could split one text between in more than one way. */
function alternativesClash(options: readonly Token[][]): boolean {
  const firsts = options.map(firstOfSequence);
  if (firsts.some((f) => f.empty)) return true;
  return firsts.some((a, i) => firsts.slice(i + 1).some((b) => overlap(a.chars, b.chars)));
}

function ambiguous(token: Root | Token, repeated: boolean): boolean {
  if (token.type === types.REPETITION) return ambiguous(token.value, repeated || token.max > 1);
  if (token.type !== types.GROUP && token.type !== types.ROOT) return false;
  if (token.options && repeated && alternativesClash(token.options)) return true;
  const children = token.options ? token.options.flat() : (token.stack ?? []);
  return children.some((child) => ambiguous(child, repeated));
}
