import { ApiError } from '../errors';

/** Where an invitation stands at a moment. */
export type InvitationState = 'pending' | 'accepted' | 'revoked' | 'expired';

/** What the state of an invitation depends on (the columns of its row). */
export interface InvitationDates {
  accepted_at: string | null;
  revoked_at: string | null;
  expires_at: string;
}

export function invitationState(row: InvitationDates, now: string): InvitationState {
  if (row.accepted_at) return 'accepted';
  if (row.revoked_at) return 'revoked';
  return row.expires_at > now ? 'pending' : 'expired';
}

const ASK_AGAIN = 'システム管理者に新しい招待コードを発行してもらってください';

/** Why a code cannot be used, in words the person joining can act on. */
export function unusableInvitation(state: Exclude<InvitationState, 'pending'> | 'unknown'): ApiError {
  switch (state) {
    case 'unknown':
      return new ApiError(
        404,
        'not_found',
        '招待コードが正しくありません。システム管理者から受け取った8文字のコード（例: ABCD-EFGH）を確かめて、入力し直してください',
      );
    case 'accepted':
      return new ApiError(410, 'invitation_unusable', `この招待コードはすでに使われています（招待コードは1回だけ使えます）。${ASK_AGAIN}`);
    case 'expired':
      return new ApiError(410, 'invitation_unusable', `この招待コードは有効期限が切れています。${ASK_AGAIN}`);
    case 'revoked':
      return new ApiError(410, 'invitation_unusable', `この招待コードはシステム管理者が取り消しました。${ASK_AGAIN}`);
  }
}
