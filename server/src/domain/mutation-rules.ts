import { isBusinessChild, type RecordKind } from '../../../shared';
import { mayRead } from './sensitivity';
import { rejected, type MergeContext, type MergeOutcome, type WorkingRecord } from './working-record';

/**
 * Push step 5, "permissions": the taxonomy belongs to managers, and a 機微 consultation
 * to its author and managers. Judged on the record as stored (plus earlier mutations of
 * the push), so nobody can lift the flag on someone else's note to get at it.
 */
export function checkPermission(
  stored: WorkingRecord | null,
  kind: RecordKind,
  ctx: MergeContext,
  fields: Record<string, unknown> = {},
): MergeOutcome | null {
  if ((kind === 'tag' || kind === 'tagGroup') && !ctx.canManage) {
    return rejected('forbidden', 'タグとタググループを追加・変更できるのは、管理職とシステム管理者だけです');
  }
  if (kind === 'siteRule' && !ctx.canManage) {
    return rejected('forbidden', 'サイトルールを追加・変更できるのは、管理職とシステム管理者だけです');
  }
  // A conflict copy holds text of its record, so it follows that record's rule.
  const guarded = stored?.kind === 'conflict' ? ctx.find(String(stored.data.recordId)) : stored;
  if (guarded?.kind === 'consultation' && guarded.data.sensitive === true && !ctx.canManage && guarded.authorId !== ctx.advisorId) {
    return rejected('forbidden', '機微情報を含む相談記録を変更できるのは、作成者と、管理職・システム管理者だけです');
  }
  // A 専門家派遣 holds text of the consultation it came from: only who may read that one changes it
  // (a copy emptied for someone else must not overwrite the texts they cannot see).
  if (kind === 'expertDispatch') {
    const sources = [stored?.data.consultationId, fields.consultationId].filter((id): id is string => typeof id === 'string');
    for (const id of sources) {
      const c = ctx.find(id);
      if (
        c?.kind === 'consultation' &&
        c.data.sensitive === true &&
        !mayRead({ id, authorId: c.authorId, advisorIds: (c.data.advisorIds as string[] | undefined) ?? [] }, ctx)
      ) {
        return rejected(
          'forbidden',
          '機微情報を含む相談記録から記録された専門家派遣を変更できるのは、その相談記録を読める支援者（作成者・同席者）と、管理職・システム管理者だけです',
        );
      }
    }
  }
  return null;
}

/** 2026-03 as people say it: 2026年3月期. */
const periodLabel = (period: string) => `${period.slice(0, 4)}年${Number(period.slice(5, 7))}月期`;

const isLive = (r: WorkingRecord | null, kind: RecordKind): r is WorkingRecord => r?.kind === kind && r.data.deleted !== true;

/**
 * Push step 5, references: what a record points at must exist in the caller's
 * organisation. Only references this mutation introduces are checked, so a tag deleted
 * after it was used does not block later edits of the consultations that carry it.
 * A business that is deleted (a tombstone, undoable) still counts as existing: a note
 * taken offline is not lost because someone deleted the business meanwhile.
 */
export function checkReferences(current: WorkingRecord, data: Record<string, unknown>, ctx: MergeContext): MergeOutcome | null {
  const introduced = (field: string) => current.isNew || data[field] !== current.data[field];
  const exists = (id: unknown, kind: RecordKind) => typeof id === 'string' && ctx.find(id)?.kind === kind;

  // A founder may be recorded before any karte (businessId null); every other record belongs to a business.
  if (isBusinessChild(current.kind) && data.businessId !== null && introduced('businessId') && !exists(data.businessId, 'business')) {
    return rejected('not_found', `事業者（ID: ${String(data.businessId)}）が見つかりません。先に事業者を登録してください`);
  }
  if (
    (current.kind === 'action' || current.kind === 'expertDispatch') &&
    data.consultationId !== null &&
    introduced('consultationId') &&
    !exists(data.consultationId, 'consultation')
  ) {
    return rejected('not_found', `相談記録（ID: ${String(data.consultationId)}）が見つかりません`);
  }
  if (
    current.kind === 'application' &&
    data.advisorId !== null &&
    introduced('advisorId') &&
    !ctx.isLiveAdvisor(data.advisorId as string)
  ) {
    return rejected('not_found', '支援した指導員に選んだ人は、この組織の有効な支援者ではありません。選び直してください');
  }
  // One yearly figures record per business and 決算期: a second is refused (the karte edits the first instead).
  if (
    current.kind === 'yearlyFigures' &&
    data.deleted !== true &&
    (introduced('businessId') || introduced('fiscalPeriod') || introduced('deleted'))
  ) {
    const period = data.fiscalPeriod as string;
    const twin = ctx
      .recordsOf('yearlyFigures', data.businessId as string)
      .find((r) => r.id !== current.id && r.data.deleted !== true && r.data.fiscalPeriod === period);
    if (twin) {
      return rejected(
        'already_exists',
        `${periodLabel(period)}の決算の数値は、この事業者にすでに登録されています。登録済みの数値を編集してください`,
      );
    }
  }
  if (current.kind === 'consultation') {
    const credited = new Set(current.isNew ? [] : (current.data.advisorIds as string[]));
    if ((data.advisorIds as string[]).some((id) => !credited.has(id) && !ctx.isLiveAdvisor(id))) {
      return rejected('not_found', '同席の支援者に、この組織の有効な支援者でない人が含まれています。同席者を選び直してください');
    }
    const before = new Set(current.isNew ? [] : (current.data.tagIds as string[]));
    const unknown = (data.tagIds as string[]).filter((id) => !before.has(id) && !isLive(ctx.find(id), 'tag'));
    if (unknown.length > 0) {
      return rejected(
        'unknown_tag',
        `タグ（${unknown.join('、')}）はこの組織にないか、削除されています。タグ一覧を更新してから選び直してください`,
      );
    }
  }
  if (
    current.kind === 'business' &&
    data.assignedAdvisorId !== null &&
    introduced('assignedAdvisorId') &&
    !ctx.isLiveAdvisor(data.assignedAdvisorId as string)
  ) {
    return rejected('not_found', '担当に選んだ支援者は、この組織の有効な支援者ではありません。担当を選び直してください');
  }
  if (current.kind === 'business' && data.mergedInto !== null && introduced('mergedInto')) {
    const target = ctx.find(data.mergedInto as string);
    if (data.mergedInto === current.id || !isLive(target, 'business') || typeof target.data.mergedInto === 'string') {
      return rejected('not_found', '統合先の事業者が見つからないか、削除・統合されています。事業者一覧を更新してから選び直してください');
    }
  }
  if (current.kind === 'tag' && introduced('groupId') && !isLive(ctx.find(data.groupId as string), 'tagGroup')) {
    return rejected('not_found', `タググループ（ID: ${String(data.groupId)}）が見つからないか、削除されています`);
  }
  return null;
}

/** Ids a mutation's fields refer to, so the push can load them with its targets. */
export function referencedIds(fields: Record<string, unknown>): string[] {
  const ids: string[] = [];
  for (const key of ['businessId', 'consultationId', 'groupId', 'mergedInto'] as const) {
    const v = fields[key];
    if (typeof v === 'string') ids.push(v);
  }
  if (Array.isArray(fields.tagIds)) ids.push(...fields.tagIds.filter((t): t is string => typeof t === 'string'));
  return ids;
}
