/** How many businesses a typed search offers: the business picker and the side panel's portal linking. */
export const BUSINESSES_FOUND = 20;

/**
 * How many businesses the business picker offers for `query` in the editor of `surface` ('popup',
 * 'panel' or a karte page). Typing searches widely; an empty box only offers the few businesses
 * seen last, the popup fewest: its note must stay in sight within Chrome's 600 px.
 */
export function pickerSearchLimit(surface: string, query: string): number {
  if (query.trim() !== '') return BUSINESSES_FOUND;
  return surface === 'popup' ? 5 : 10;
}
