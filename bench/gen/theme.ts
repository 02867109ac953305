/**
 * A consultation theme: phrase banks per dialogue field and the default-taxonomy tags that
 * go with it. `{…}` slots are filled from SLOTS (bench/gen/slots.ts) so texts vary.
 */
export interface Theme {
  name: string;
  /** Tags every consultation on this theme carries, then ones added at random. */
  tags: readonly string[];
  extraTags: readonly string[];
  inquiry: readonly string[];
  ownerWords: readonly string[];
  advice: readonly string[];
  insight: readonly string[];
  essentialIssue: readonly string[];
  actions: readonly string[];
}
