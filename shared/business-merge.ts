import { LIMITS } from './limits';
import type { Business } from './records';

/**
 * Merging two records of one business (a duplicate registered by mistake): what the kept
 * business takes from the one merged into it. Pure, and the same on both sides: the extension
 * applies it when the advisor merges (offline too), the server again when the merge arrives, so
 * fields written elsewhere meanwhile are not lost. Applying it twice changes nothing.
 *
 * The kept business keeps what it has; what it lacks comes from the other: empty text and
 * unknown values are filled, a karte still at its first state takes the other's state, external
 * IDs and the status history are joined, the earlier 伴走開始日 stays. Consultations and actions move to the kept business separately.
 */
export function mergedBusinessFields(kept: Business, away: Business): Partial<Business> {
  const out: Partial<Business> = {};
  const fill = <K extends keyof Business>(key: K, isEmpty: (v: Business[K]) => boolean) => {
    if (isEmpty(kept[key]) && !isEmpty(away[key])) out[key] = away[key];
  };
  const blank = (v: unknown) => v === null || v === '';
  for (const key of ['nameKana', 'corporateNumber', 'legalForm', 'industry', 'employees', 'municipality', 'smallBusiness'] as const) {
    fill(key, blank);
  }
  fill('membership', (v) => v === 'unknown');
  // 初回相談 is where every karte starts: a duplicate that got further along brings its state.
  if (kept.status === 'consulting' && away.status !== 'consulting') {
    out.status = away.status;
    out.closeReason = away.closeReason;
  }
  for (const [text, source] of [['vision', 'visionSourceId'], ['essentialIssue', 'essentialIssueSourceId']] as const) {
    if (kept[text] === '' && away[text] !== '') {
      out[text] = away[text];
      out[source] = away[source];
    }
  }
  fill('strengths', blank);
  fill('weaknesses', blank);
  if (away.bansoSince !== null && (kept.bansoSince === null || away.bansoSince < kept.bansoSince)) out.bansoSince = away.bansoSince;

  const ids = joinBy([...kept.externalIds, ...away.externalIds], (e) => `${e.system}\u0000${e.value}`).slice(0, LIMITS.externalIds);
  if (ids.length !== kept.externalIds.length) out.externalIds = ids;

  const history = joinBy([...kept.statusChanges, ...away.statusChanges], (s) => `${s.at}\u0000${s.status}`)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .slice(-LIMITS.statusChanges);
  if (JSON.stringify(history) !== JSON.stringify(kept.statusChanges)) out.statusChanges = history;
  return out;
}

function joinBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
