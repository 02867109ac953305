import {
  ACTION_SIDES,
  CHANNEL_CHOICES,
  CHANNELS,
  EXPERT_PAYERS,
  PROGRAMME_CHOICES,
  PROGRAMMES,
  type Channel,
  type Programme,
} from '../../shared/enums';
import { LIMITS } from '../../shared/limits';
import { NOTE_FIELDS } from './note-fields';
import type { ConsultationSave } from '../db/consultation-writes';
import type { LocalConsultation } from '../db/schema';
import type { MessageKey } from '../locales/languages';
import { fromLocalInput, toLocalInput } from '../dates/local-time';

type ActionSide = (typeof ACTION_SIDES)[number];

/**
 * What the editor holds while the advisor types: input values as typed (strings for the
 * time and duration inputs), not yet a record — the repository validates the record with
 * the shared schemas on save. Only this code writes drafts, so reading one back is a
 * field-by-field fallback, not a schema (which would put zod on the popup's start-up path).
 */
// A type alias (not an interface) so it is assignable to the drafts table's Record<string, unknown>.
export type ConsultationDraft = {
  businessId: string | null;
  heldAt: string;
  durationMin: string;
  /** 講習会・セミナー: how many took part, as typed. */
  participants: string;
  channel: Channel;
  programme: Programme | null;
  /** 専門家派遣: who paid the expert, and the expert's name. */
  expertPaidBy: (typeof EXPERT_PAYERS)[number] | null;
  expertName: string;
  tagIds: string[];
  inquiry: string;
  personMet: string;
  /** 同席: colleagues who took part (never the advisor writing). */
  advisorIds: string[];
  ownerWords: string;
  advice: string;
  insight: string;
  essentialIssue: string;
  sensitive: boolean;
  actions: DraftAction[];
  /** The page the note was started beside (context menu); otherwise the current page at save. */
  source: { url: string; title: string } | null;
};
export interface DraftAction {
  side: ActionSide;
  text: string;
  dueDate: string;
}

const str = (v: unknown, fallback = '') => (typeof v === 'string' ? v : fallback);
const oneOf = <T extends string>(values: readonly T[], v: unknown): T | null =>
  (values as readonly unknown[]).includes(v) ? (v as T) : null;
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

/** What a new note starts with on this device: the 相談方法 and 事業区分 of the last note saved. */
export type NoteDefaults = Pick<ConsultationDraft, 'channel' | 'programme'>;

/** A new note about `businessId` (or none yet), held now; `defaults` are checked like a stored draft. */
export function emptyDraft(now: Date, businessId: string | null = null, defaults?: Partial<NoteDefaults> | null): ConsultationDraft {
  return parseDraft({ ...defaults, businessId, heldAt: toLocalInput(now) }, now);
}

/** The defaults a stored value gives (anything malformed, or a code no longer offered, falls back to 窓口 and no 事業区分). */
export function parseNoteDefaults(value: unknown): NoteDefaults {
  const { channel, programme } = parseDraft(value, new Date(0));
  return { channel: oneOf(CHANNEL_CHOICES, channel) ?? 'counter', programme: oneOf(PROGRAMME_CHOICES, programme) };
}

/** A stored draft read back; anything missing or malformed (an older version's draft) falls back to empty. */
export function parseDraft(value: unknown, now: Date): ConsultationDraft {
  const v = record(value);
  const source = record(v.source);
  return {
    businessId: typeof v.businessId === 'string' ? v.businessId : null,
    heldAt: str(v.heldAt, toLocalInput(now)),
    durationMin: str(v.durationMin),
    participants: str(v.participants),
    channel: oneOf(CHANNELS, v.channel) ?? 'counter',
    programme: oneOf(PROGRAMMES, v.programme),
    expertPaidBy: oneOf(EXPERT_PAYERS, v.expertPaidBy),
    expertName: str(v.expertName),
    tagIds: strings(v.tagIds),
    inquiry: str(v.inquiry),
    personMet: str(v.personMet),
    advisorIds: strings(v.advisorIds),
    ownerWords: str(v.ownerWords),
    advice: str(v.advice),
    insight: str(v.insight),
    essentialIssue: str(v.essentialIssue),
    sensitive: v.sensitive === true,
    actions: (Array.isArray(v.actions) ? v.actions : []).map(record).map((a) => ({
      side: oneOf(ACTION_SIDES, a.side) ?? 'owner',
      text: str(a.text),
      dueDate: str(a.dueDate),
    })),
    source: typeof source.url === 'string' ? { url: source.url, title: str(source.title) } : null,
  };
}

/** True when the advisor has typed something worth keeping. */
export function hasNote(d: ConsultationDraft): boolean {
  return NOTE_FIELDS.some((f) => d[f].trim() !== '') || d.actions.some((a) => a.text.trim() !== '');
}

export function draftFromConsultation(c: LocalConsultation): ConsultationDraft {
  return parseDraft(
    {
      ...c,
      heldAt: toLocalInput(new Date(c.heldAt)),
      durationMin: c.durationMin === null ? '' : String(c.durationMin),
      participants: c.participants === null ? '' : String(c.participants),
      actions: [],
      source: c.sourceUrl ? { url: c.sourceUrl, title: c.sourceTitle } : null,
    },
    new Date(c.heldAt),
  );
}

export interface PageLink {
  url: string | null;
  title: string;
}

/**
 * The save a draft asks for, or the message saying why it cannot be saved yet.
 * Schema rules (lengths, formats) are checked by the repository on the merged record.
 */
export function draftToSave(
  d: ConsultationDraft,
  id: string | null,
  page: PageLink | null,
): { save: ConsultationSave } | { refused: MessageKey } {
  if (!d.businessId) return { refused: 'editor.noBusiness' };
  if (NOTE_FIELDS.every((f) => d[f].trim() === '')) return { refused: 'editor.emptyNote' };
  const link = d.source ?? page;
  const duration = d.durationMin.normalize('NFKC').trim();
  const participants = d.channel === 'seminar_group' ? d.participants.normalize('NFKC').trim() : '';
  return {
    save: {
      id,
      fields: {
        businessId: d.businessId,
        heldAt: fromLocalInput(d.heldAt) ?? d.heldAt,
        durationMin: duration === '' ? null : Number(duration),
        participants: participants === '' ? null : Number(participants),
        channel: d.channel,
        programme: d.programme,
        expertPaidBy: d.expertPaidBy,
        expertName: d.expertName,
        tagIds: d.tagIds,
        inquiry: d.inquiry,
        personMet: d.personMet,
        advisorIds: d.advisorIds,
        ownerWords: d.ownerWords,
        advice: d.advice,
        insight: d.insight,
        essentialIssue: d.essentialIssue,
        sensitive: d.sensitive,
        // An edit keeps the page the note was first captured beside.
        ...(id === null ? { sourceUrl: link?.url ?? null, sourceTitle: link?.url ? link.title.slice(0, LIMITS.title) : '' } : {}),
      },
      actions: d.actions
        .filter((a) => a.text.trim() !== '')
        .map((a) => ({ side: a.side, text: a.text, dueDate: a.dueDate === '' ? null : a.dueDate })),
    },
  };
}
