import type { ConsultationDraft } from './consultation-draft';
import { NOTE_FIELDS } from './note-fields';

/** What opening a business in the side panel does to the note being written. */
export type BusinessOpening =
  /** The note is about that business already. */
  | 'already'
  /** The note moves to that business. */
  | 'move'
  /** The note stays where it is: the business is not opened. */
  | 'keep';

/**
 * Whether `businessId` may become the panel's business without moving something being written:
 * never while a saved note is being edited; a new note already typed for another business only
 * when the advisor `chose` the business (as picking another business in the panel does), not
 * when the portal page the panel is beside names it.
 */
export function businessOpening(editingSaved: boolean, note: ConsultationDraft, businessId: string, chosen: boolean): BusinessOpening {
  if (editingSaved) return 'keep';
  if (note.businessId === businessId) return 'already';
  if (!chosen && note.businessId !== null && NOTE_FIELDS.some((f) => note[f].trim() !== '')) return 'keep';
  return 'move';
}
