import { LOCAL_AUTHOR } from '../karte/timeline-filter';
import type { Translate } from '../locales/languages';

/**
 * How the timeline names an advisor. Only the signed-in advisor's own name is known on the
 * device (other advisors are not synced), so others go by the start of their id.
 */
export function advisorLabel(authorKey: string, me: string | null, t: Translate): string {
  if (authorKey === LOCAL_AUTHOR) return t('advisor.thisDevice');
  if (authorKey === me) return t('advisor.me');
  return t('advisor.other', { id: authorKey.slice(0, 8) });
}
