import type { DirectoryResponse } from '../../shared/api';
import type { Role } from '../../shared/enums';
import { saveDirectory } from '../db/directory-repo';
import { saveSharedKartes } from '../db/shared-kartes-repo';
import type { KarteDb } from '../db/schema';
import type { HttpTransport } from '../platform/http-transport';

/** settings.advisor's shape (platform/settings.ts, not imported: the sync tests type-check this file for workerd). */
interface SignedIn {
  id: string;
  name: string;
  role?: Role;
  organisationName?: string;
}

/**
 * After a successful sync: the organisation's advisors and profile, kept on the device so every
 * page shows names. A failure changes nothing (the next cycle tries again) and never fails the sync.
 */
export async function refreshDirectory(
  db: KarteDb,
  transport: Pick<HttpTransport, 'directory'>,
  onDirectory?: (directory: DirectoryResponse) => Promise<void>,
): Promise<void> {
  const answer = await transport.directory();
  if (!answer.ok) return;
  await saveDirectory(db, answer.value);
  await onDirectory?.(answer.value);
}

/**
 * After a successful sync: the kartes other organisations share with this one, replacing what the
 * device held (a withdrawn or expired share leaves it now). A failure keeps the last copies until
 * the next cycle and never fails the sync.
 */
export async function refreshSharedKartes(db: KarteDb, transport: Pick<HttpTransport, 'sharedKartes'>): Promise<void> {
  const answer = await transport.sharedKartes();
  if (answer.ok) await saveSharedKartes(db, answer.value.kartes);
}

/**
 * The signed-in advisor as the directory now says (an admin may have renamed them, changed
 * their role, or the organisation's name), or null when nothing changed or they are not in it.
 */
export function signedInFromDirectory(stored: SignedIn | null, directory: DirectoryResponse): SignedIn | null {
  if (!stored) return null;
  const me = directory.advisors.find((a) => a.id === stored.id);
  if (!me) return null;
  const next: SignedIn = { id: me.id, name: me.name, role: me.role, organisationName: directory.organisation.name };
  const same = next.name === stored.name && next.role === stored.role && next.organisationName === stored.organisationName;
  return same ? null : next;
}
