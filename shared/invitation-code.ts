/**
 * Invitation codes: 8 characters a person reads out or types from a note, shown as
 * `ABCD-EFGH`. The alphabet leaves out 0/O and 1/I, so nothing reads two ways; 32 symbols
 * give 5 bits each, 40 bits a code. A code is short-lived and single-use, and trying codes is
 * limited per address (docs/api.md), which is what makes 40 bits enough.
 */
export const INVITATION_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const INVITATION_CODE_LENGTH = 8;
/** How long an invitation can be used. */
export const INVITATION_TTL_HOURS = 72;

const WELL_FORMED = new RegExp(`^[${INVITATION_ALPHABET}]{${INVITATION_CODE_LENGTH}}$`);

/**
 * The code as typed, reduced to its 8 characters: full-width letters and digits folded,
 * lower case raised, spaces and any kind of hyphen or dash dropped. Null when what is left
 * is not a code (too short, too long, or a character the alphabet does not have).
 */
export function normalizeInvitationCode(typed: string): string | null {
  const code = typed
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\p{Pd}\u30FC\u2212_]/gu, '');
  return WELL_FORMED.test(code) ? code : null;
}

/** `ABCDEFGH` → `ABCD-EFGH`, the way the code is shown. */
export const formatInvitationCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;
