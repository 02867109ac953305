import type { KarteStatus } from '../../shared/enums';
import { LIMITS } from '../../shared/limits';
import type { Business, FieldsOf } from '../../shared/records';
import { todayIn } from '../karte/due';
import type { RecordsRepo } from './records-repo';
import type { LocalBusiness, LocalConflict, LocalConsultation } from './schema';

type CloseReason = NonNullable<Business['closeReason']>;

/**
 * The karte's own edits, each through the repository (record + outbox mutation in one
 * transaction). Read-modify-write edits (the status history) read inside the same
 * transaction, so two quick clicks never drop an entry. `null`: the record no longer exists.
 */
export function createKarteWrites(repo: RecordsRepo, now: () => Date = () => new Date()) {
  /**
   * Changes the karte status and appends it to the history. Moving to 伴走 dates the start
   * (today, in the advisor's time zone) unless it was dated before; a close reason belongs
   * to 支援終了 (closed) only, so leaving it clears the reason.
   */
  function setStatus(businessId: string, status: KarteStatus, closeReason: CloseReason | null = null): Promise<LocalBusiness | null> {
    return repo.transaction(['business'], async () => {
      const b = await repo.get('business', businessId);
      if (!b) return null;
      if (b.status === status && (status !== 'closed' || closeReason === b.closeReason)) return b;
      const at = now();
      // A business stored before the history existed has none yet: it starts here.
      const before = b.statusChanges ?? [];
      const history = b.status === status ? before : [...before, { status, at: at.toISOString() }];
      return repo.update('business', businessId, {
        status,
        statusChanges: history.slice(-LIMITS.statusChanges),
        closeReason: status === 'closed' ? closeReason : null,
        ...(status === 'banso' && b.bansoSince === null ? { bansoSince: todayIn(at) } : {}),
      });
    });
  }

  return {
    setStatus,
    /** 伴走支援を開始する: the advisor's decision, at any time after intake. */
    markBanso: (businessId: string) => setStatus(businessId, 'banso'),
    /** 今は見送る: the suggestion stays quiet until a newer consultation qualifies again. */
    dismissBansoSuggestion: (businessId: string) =>
      repo.update('business', businessId, { bansoSuggestionDismissedAt: now().toISOString() }),
    /** Text written on the karte itself: it no longer comes from a consultation. */
    saveVision: (businessId: string, text: string) => repo.update('business', businessId, { vision: text, visionSourceId: null }),
    saveEssentialIssue: (businessId: string, text: string) =>
      repo.update('business', businessId, { essentialIssue: text, essentialIssueSourceId: null }),
    /** カルテに反映: the karte's 本質的課題 becomes this consultation's, naming it as the source. */
    adoptEssentialIssue: (c: Pick<LocalConsultation, 'id' | 'businessId' | 'essentialIssue'>) =>
      repo.update('business', c.businessId, { essentialIssue: c.essentialIssue.trim(), essentialIssueSourceId: c.id }),
    markActionDone: (actionId: string) => repo.update('action', actionId, { done: true, doneAt: now().toISOString() }),
    /**
     * 担当指導員: who is in charge of the business from `from` (the advisor's today) on; the
     * change joins the history (地区担当 changes every April, and reports count by who was in charge).
     */
    assign: (businessId: string, advisorId: string | null, from = todayIn(now())) =>
      repo.transaction(['business'], async () => {
        const b = await repo.get('business', businessId);
        if (!b) return null;
        if ((b.assignedAdvisorId ?? null) === advisorId) return b;
        const history = [...(b.assignments ?? []), { advisorId, from }].slice(-LIMITS.assignments);
        return repo.update('business', businessId, { assignedAdvisorId: advisorId, assignments: history });
      }),
    /** 未完了に戻す: an action completed by mistake, or that came back. */
    reopenAction: (actionId: string) => repo.update('action', actionId, { done: false, doneAt: null }),
    removeConsultation: (id: string) => repo.remove('consultation', id),
    restoreConsultation: (id: string) => repo.restore('consultation', id),
    /**
     * Settles a conflict copy: `text` (the record's own, the copy's, or a merge of both) goes
     * into the record's field and the copy is marked resolved — both or neither.
     */
    resolveConflict: (conflict: Pick<LocalConflict, 'id' | 'recordKind' | 'recordId' | 'field'>, text: string) =>
      repo.transaction([conflict.recordKind, 'conflict'], async () => {
        const updated = await repo.update(conflict.recordKind, conflict.recordId, { [conflict.field]: text } as Partial<
          FieldsOf<typeof conflict.recordKind>
        >);
        if (!updated) return null;
        return repo.remove('conflict', conflict.id);
      }),
  };
}

export type KarteWrites = ReturnType<typeof createKarteWrites>;
