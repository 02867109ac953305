/**
 * Entries of a karte's timeline in its first paint: a screenful and more, so the page is usable
 * before the rest of a long timeline (hundreds of consultations) is built, right after. No
 * imports: the karte benchmark reads it too.
 */
export const FIRST_ENTRIES = 30;
