import { toLocalInput } from './local-time';

/** The calendar day ('YYYY-MM-DD') of an instant where the advisor is, for `i18n.date`. */
export function dayOf(iso: string): string {
  return toLocalInput(new Date(iso)).slice(0, 10);
}
