import type { DirectoryEntry } from '../../shared/api';
import { LOCAL_AUTHOR } from '../karte/timeline-filter';
import type { Translate } from '../locales/languages';

/** The organisation's advisors by id, as the device last synced them (extension/db/directory-repo.ts). */
export type AdvisorDirectory = ReadonlyMap<string, DirectoryEntry>;

/**
 * How a page names an advisor: 自分 for the signed-in advisor, a colleague by name (a disabled
 * one marked 無効), and 不明な支援者 for one the directory does not know yet — never an id.
 */
export function advisorLabel(authorKey: string, me: string | null, directory: AdvisorDirectory, t: Translate): string {
  if (authorKey === LOCAL_AUTHOR) return t('advisor.thisDevice');
  if (authorKey === me) return t('advisor.me');
  const entry = directory.get(authorKey);
  if (!entry) return t('advisor.unknown');
  return entry.active ? entry.name : t('advisor.disabled', { name: entry.name });
}

/** The 同席 advisors of a consultation, named as above and joined for one line. */
export function coAdvisorsLabel(ids: readonly string[], me: string | null, directory: AdvisorDirectory, t: Translate): string {
  return ids.map((id) => advisorLabel(id, me, directory, t)).join(t('common.listSeparator'));
}

/**
 * A short line under a note in a list: who wrote it when it was not the signed-in advisor, and
 * who was 同席 (null when there is nothing to say: the advisor's own note, alone).
 */
export function consultationByline(
  c: { authorId: string | null; advisorIds: readonly string[] },
  me: string | null,
  directory: AdvisorDirectory,
  t: Translate,
): string | null {
  const mine = c.authorId === null || c.authorId === me;
  const parts = [
    ...(mine ? [] : [advisorLabel(c.authorId!, me, directory, t)]),
    ...(c.advisorIds.length > 0 ? [t('timeline.coAdvisors', { names: coAdvisorsLabel(c.advisorIds, me, directory, t) })] : []),
  ];
  return parts.length > 0 ? parts.join(' ') : null;
}
