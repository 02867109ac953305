import type { ComponentChild } from 'preact';
import type { Range } from '../../search/highlight';

/**
 * Text with the matched parts in <mark>. Every part is a text node: a note's text is never
 * read as markup, whatever it contains.
 */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  const parts: ComponentChild[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end <= start) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
