import type { RecordKind, SharedKarte, ShareView } from '../../../shared';
import { redact, type GuardSource } from './sensitivity';
import { carries, SHARED_PROFILE_FIELDS } from './shares';

interface SourceRecord {
  kind: RecordKind;
  id: string;
  authorId: string | null;
  data: Record<string, unknown>;
  guards: readonly GuardSource[];
}

export interface SharedKarteSources {
  business: SourceRecord;
  /** Live consultations that are not 機微, newest first. */
  consultations: readonly SourceRecord[];
  actions: readonly SourceRecord[];
  tagNames: ReadonlyMap<string, string>;
  advisorNames: ReadonlyMap<string, string>;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * A karte as the receiving organisation reads it, within the share's scope. Read as nobody of
 * the sending organisation: every text that came from a 機微 consultation is taken out (the 機微
 * consultations themselves never reach here), and an action whose text was taken out is left out
 * whole. People and tags are named, never given by the other organisation's ids.
 */
export function buildSharedKarte(share: ShareView, s: SharedKarteSources): SharedKarte {
  const nobody = { advisorId: `share:${share.id}`, canManage: false };
  const seen = (r: SourceRecord) => redact(r, nobody);
  const business = seen(s.business).data;
  const profile = carries(share.scope, 'profile') ? Object.fromEntries(SHARED_PROFILE_FIELDS.map((f) => [f, business[f] ?? null])) : null;
  const consultations = carries(share.scope, 'consultations')
    ? s.consultations.map((c) => {
        const d = seen(c).data;
        return {
          heldAt: str(d.heldAt),
          channel: d.channel as SharedKarte['consultations'][number]['channel'],
          inquiry: str(d.inquiry),
          ownerWords: str(d.ownerWords),
          advice: str(d.advice),
          insight: str(d.insight),
          tags: (Array.isArray(d.tagIds) ? (d.tagIds as string[]) : []).flatMap((id) => (s.tagNames.has(id) ? [s.tagNames.get(id)!] : [])),
          authorName: (c.authorId && s.advisorNames.get(c.authorId)) ?? '',
        };
      })
    : [];
  const actions = carries(share.scope, 'actions')
    ? s.actions.flatMap((a) => {
        const { data, redacted } = seen(a);
        return redacted
          ? []
          : [{ text: str(data.text), dueDate: typeof data.dueDate === 'string' ? data.dueDate : null, done: data.done === true }];
      })
    : [];
  return { share, business: { name: str(business.name), profile }, consultations, actions };
}
