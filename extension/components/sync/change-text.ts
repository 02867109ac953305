import { NOTE_FIELDS } from '../../draft/note-fields';

/** What a refused change is about, in a few words: its first note text, or its name. */
export function changeText(fields: Record<string, unknown>, max = 60): string {
  const text = [...NOTE_FIELDS, 'name', 'title'].map((f) => fields[f]).find((v): v is string => typeof v === 'string' && v.trim() !== '');
  if (!text) return '';
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
