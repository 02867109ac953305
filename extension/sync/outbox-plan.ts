import type { Mutation, PullResponse, PushResponse, RecordEnvelope } from '../../shared';
import { landed, NOT_APPLIED } from './landed';
import type { SettleTarget } from './settle-plan';

/** Why an entry is refused for good (kept in the outbox to show what was typed). */
export interface Refusal {
  id: number;
  error: { code: string; message: string };
}

/** The server refused it and its answer gave no reason. */
const REFUSED_WITHOUT_REASON = { code: 'rejected', message: 'サーバーがこの変更を受け付けませんでした' } as const;

/**
 * A push answer (docs/sync.md push step 7): the entries it refused, among those still pending.
 * Accepted ones stay pending until the pull brings their record (planPullPage).
 */
export function planPushAnswer(response: PushResponse, pending: readonly Mutation[]): Refusal[] {
  const pendingIds = new Set(pending.map((e) => e.id));
  return response.results
    .filter((r) => r.status === 'rejected' && pendingIds.has(r.id))
    .map((r) => ({
      id: r.id,
      error: { code: r.code ?? REFUSED_WITHOUT_REASON.code, message: r.message ?? REFUSED_WITHOUT_REASON.message },
    }));
}

/**
 * Acknowledged entries (id ≤ the page's lastMutationId: the page and that number are one server
 * snapshot) whose record is not in the page. Only the final page settles them: their record did
 * not change, so they were a no-op, went into a conflict copy, or were refused while the push
 * answer was lost. The store loads their server copies for planPullPage to tell which.
 */
export function acknowledgedOutsidePage<E extends Mutation>(page: PullResponse, pending: readonly E[], final: boolean): E[] {
  if (!final) return [];
  const inPage = new Set(page.changes.map((c) => c.id));
  return pending.filter((e) => e.id <= page.lastMutationId && !inPage.has(e.recordId));
}

export interface PullPageInput<E extends Mutation> {
  page: PullResponse;
  final: boolean;
  /** Pending entries in id order. */
  pending: readonly E[];
  /** The server copy of each of acknowledgedOutsidePage(…)'s entries, in its order (the page already stored). */
  outsideCopies: ReadonlyArray<RecordEnvelope | null | undefined>;
  /** Every conflict copy held (the page already stored). */
  conflicts: readonly RecordEnvelope[];
}

export interface PullPagePlan<E extends Mutation> {
  /** Entries that leave the outbox: they landed. */
  remove: number[];
  /** Entries acknowledged without a mark on the server: kept, refused, so the advisor still sees what was typed. */
  refuse: Refusal[];
  /** Records to settle (sync/settle-plan.ts): the page's and those of every departing entry. */
  targets: SettleTarget[];
  /** Every departing entry, in id order. */
  left: E[];
  /** Entries still pending after the page. */
  remaining: E[];
}

/**
 * A pulled page (docs/sync.md pull, client side): acknowledged entries leave once the page
 * holding their record is applied; the final page also takes the acknowledged rest
 * (acknowledgedOutsidePage), refusing those that left no mark (landed.ts).
 */
export function planPullPage<E extends Mutation>(input: PullPageInput<E>): PullPagePlan<E> {
  const { page, pending } = input;
  const inPage = new Set(page.changes.map((c) => c.id));
  const inPageAcked = pending.filter((e) => e.id <= page.lastMutationId && inPage.has(e.recordId));
  const outside = acknowledgedOutsidePage(page, pending, input.final);
  const unapplied = new Set(outside.filter((e, i) => !landed(e, input.outsideCopies[i] ?? null, input.conflicts)).map((e) => e.id));
  const left = [...inPageAcked, ...outside].sort((a, b) => a.id - b.id);
  const leftIds = new Set(left.map((e) => e.id));
  const targets = new Map<string, SettleTarget>();
  for (const c of page.changes) targets.set(c.id, { kind: c.kind, id: c.id });
  for (const e of left) targets.set(e.recordId, { kind: e.kind, id: e.recordId });
  return {
    remove: left.filter((e) => !unapplied.has(e.id)).map((e) => e.id),
    refuse: [...unapplied].map((id) => ({ id, error: { ...NOT_APPLIED } })),
    targets: [...targets.values()],
    left,
    remaining: pending.filter((e) => !leftIds.has(e.id)),
  };
}
