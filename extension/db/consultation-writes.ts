import { LIMITS } from '../../shared/limits';
import type { FieldsOf, NextAction } from '../../shared/records';
import { survivingBusiness } from './business-queries';
import type { RecordsRepo } from './records-repo';
import type { LocalConsultation } from './schema';

export interface ConsultationSave {
  /** null: a new consultation. */
  id: string | null;
  fields: Partial<FieldsOf<'consultation'>>;
  /** New next actions agreed in this consultation. */
  actions: ReadonlyArray<Pick<NextAction, 'side' | 'text' | 'dueDate'>>;
}

/**
 * Saves a consultation, its new next actions and, when it names the 本質的課題, the karte's
 * 本質的課題 — all in one transaction, so a refused action leaves no half-saved note.
 * `null`: the consultation being edited no longer exists.
 */
export async function saveConsultation(repo: RecordsRepo, save: ConsultationSave): Promise<LocalConsultation | null> {
  return repo.transaction(['consultation', 'action', 'business'], async () => {
    // A note for a business merged meanwhile (on another device) goes to the business kept.
    const fields = { ...save.fields };
    if (fields.businessId)
      fields.businessId = (await survivingBusiness((id) => repo.get('business', id), fields.businessId))?.id ?? fields.businessId;
    const saved = save.id === null ? await repo.create('consultation', fields) : await repo.update('consultation', save.id, fields);
    if (!saved) return null;
    for (const action of save.actions) {
      await repo.create('action', { ...action, businessId: saved.businessId, consultationId: saved.id });
    }
    const issue = saved.essentialIssue.trim();
    const business = await repo.get('business', saved.businessId);
    // The karte keeps a shorter summary field: a longer issue stays on the consultation only.
    if (issue !== '' && issue.length <= LIMITS.karteText && business && business.essentialIssue !== issue) {
      await repo.update('business', business.id, { essentialIssue: issue, essentialIssueSourceId: saved.id });
    }
    return saved;
  });
}
