import type { Translate } from '../locales/languages';

/**
 * A tag's name wherever a record shows it. Names come from every tag of the organisation,
 * retired ones too (old notes keep theirs); a tag the device does not know at all says so
 * rather than showing its id.
 */
export function tagName(names: ReadonlyMap<string, string>, id: string, t: Translate): string {
  return names.get(id) ?? t('tags.deleted');
}
