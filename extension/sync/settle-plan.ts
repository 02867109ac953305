import type { Mutation, RecordEnvelope, RecordKind } from '../../shared';
import { rebasedBaseVersions } from './base-versions';
import type { LocalMeta, LocalRow } from './local-row';
import { composeView } from './rebase';

/** A record whose local row is rewritten. */
export interface SettleTarget {
  kind: RecordKind;
  id: string;
}

export interface SettleInput<E extends Mutation> {
  targets: readonly SettleTarget[];
  /** Entries that just left the pending set (acknowledged or refused), in id order. */
  left: readonly Mutation[];
  /** Entries still pending, in id order. */
  pending: readonly E[];
  /** The server copy held for each target, in the order of `targets`. */
  servers: ReadonlyArray<RecordEnvelope | null | undefined>;
  /** Each target's local row as it is now, in the order of `targets`. */
  previous: ReadonlyArray<LocalMeta | null | undefined>;
  now: string;
}

/** What the store writes: rows to put and ids to delete per record table, and pending entries with a moved baseVersion. */
export interface SettlePlan<E extends Mutation> {
  puts: Map<RecordKind, LocalRow[]>;
  deletes: Map<RecordKind, string[]>;
  rebased: E[];
}

const keyOf = (kind: RecordKind, id: string) => `${kind}\u0000${id}`;

function groupByRecord<T extends Mutation>(entries: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const e of entries) {
    const key = keyOf(e.kind, e.recordId);
    const list = map.get(key);
    if (list) list.push(e);
    else map.set(key, [e]);
  }
  return map;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Which targets' current local rows the plan reads: those with no server copy (the row may
 * stay local-only or go) and those with pending entries (the row's own updatedAt may stand).
 * A row the server copy wholly replaces is not read: a first sync reads none.
 */
export function needsPrevious(
  targets: readonly SettleTarget[],
  servers: ReadonlyArray<RecordEnvelope | null | undefined>,
  pending: readonly Mutation[],
): boolean[] {
  const withPending = new Set(pending.map((e) => keyOf(e.kind, e.recordId)));
  return targets.map(({ kind, id }, i) => {
    const copy = servers[i];
    return !copy || copy.kind !== kind || withPending.has(keyOf(kind, id));
  });
}

/**
 * Each target's row becomes its server copy with the still-pending fields on top (rebase.ts,
 * client rule 3), or goes when nothing is left of it; pending entries that followed a departed
 * one get their baseVersion moved (base-versions.ts, rule 2). A server copy of another kind
 * (an id reused across kinds cannot happen, but a stale copy must not leak) counts as none.
 */
export function planSettle<E extends Mutation>(input: SettleInput<E>): SettlePlan<E> {
  const plan: SettlePlan<E> = { puts: new Map(), deletes: new Map(), rebased: [] };
  const leftBy = groupByRecord(input.left);
  const pendingBy = groupByRecord(input.pending);
  input.targets.forEach(({ kind, id }, i) => {
    const copy = input.servers[i];
    const server = copy && copy.kind === kind ? copy : null;
    const remaining = pendingBy.get(keyOf(kind, id)) ?? [];
    const moved = rebasedBaseVersions(server, leftBy.get(keyOf(kind, id)) ?? [], remaining);
    for (const e of remaining) {
      const base = moved.get(e.id);
      if (base !== undefined) plan.rebased.push({ ...e, baseVersion: base });
    }
    const previous = input.previous[i] ?? null;
    const view = composeView(kind, id, server, remaining, previous, input.now);
    if (view) push(plan.puts, kind, view);
    else if (previous) push(plan.deletes, kind, id);
  });
  return plan;
}
