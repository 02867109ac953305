import { FREE_TEXT_FIELDS, type RecordKind } from '../../../shared';
import { RecordValidationError } from '../../../extension/db/validation-error';
import type { LocalMeta } from '../../../extension/db/schema';
import type { Rng } from '../../server/fixtures/rng';
import type { SimClient } from './sim-client';

/** What the schedule remembers about the texts people saved, for the no-loss check. */
export interface Ledger {
  /** Every free text saved by a client: the text → deliberately invalid (expected to be refused)? */
  saved: Map<string, { deliberate: boolean; by: string }>;
  /** Texts a client replaced after seeing them: losing them from the field is the point of the edit. */
  superseded: Set<string>;
  /** Records that exist only through deliberately invalid edits. */
  deliberateRecords: Set<string>;
  seq: number;
}

export const newLedger = (): Ledger => ({ saved: new Map(), superseded: new Set(), deliberateRecords: new Set(), seq: 0 });

type Row = Record<string, unknown> & LocalMeta;
const HELD_AT = '2026-04-01T00:30:00.000Z';

async function rows(c: SimClient, table: 'businesses' | 'consultations' | 'actions' | 'tags' | 'tagGroups'): Promise<Row[]> {
  return (await c.db.table(table).toArray()) as Row[];
}

/** A unique text; it enters the ledger only once a write saving it succeeds. */
function newText(c: SimClient, ledger: Ledger, label: string, deliberate = false): string {
  const text = `${label}-${c.name}-${++ledger.seq}`;
  pendingTexts.set(ledger, { text, deliberate, by: c.name });
  return text;
}

const pendingTexts = new WeakMap<Ledger, { text: string; deliberate: boolean; by: string }>();

/** Runs a repository write; a write the repository itself refuses (invalid whole record) is simply not made. */
async function write(ledger: Ledger, fn: () => Promise<unknown>): Promise<string> {
  const text = pendingTexts.get(ledger);
  pendingTexts.delete(ledger);
  try {
    await fn();
    if (text) ledger.saved.set(text.text, { deliberate: text.deliberate, by: text.by });
    return 'written';
  } catch (err) {
    if (err instanceof RecordValidationError) return `refused locally: ${err.message}`;
    throw err;
  }
}

/** Records this client may edit as a colleague would: visible, and a 機微 one only by its author or a manager. */
function editable(c: SimClient, r: Row): boolean {
  if (r.redacted) return false;
  if (r.sensitive === true && c.role === 'advisor' && r.authorId !== null && r.authorId !== c.advisorId) return false;
  return true;
}

/** One local write chosen by the generator; returns a line for the schedule's log. */
export async function randomWrite(c: SimClient, rng: Rng, ledger: Ledger): Promise<string> {
  const businesses = await rows(c, 'businesses');
  const consultations = await rows(c, 'consultations');
  const actions = await rows(c, 'actions');
  const liveTags = (await rows(c, 'tags')).filter((t) => t.deleted === false);
  const roll = rng.next();

  if (roll < 0.12 || businesses.length === 0) {
    const text = newText(c, ledger, '将来像');
    return `create business: ${await write(ledger, () => c.repo.create('business', { name: `事業者${ledger.seq}`, vision: text }))}`;
  }
  if (roll < 0.27) {
    const b = rng.pick(businesses);
    const tagIds = rng.chance(0.5) && liveTags.length > 0 ? [rng.pick(liveTags).id] : [];
    const text = newText(c, ledger, '相談内容');
    const sensitive = rng.chance(0.2);
    return `create consultation on ${b.id.slice(0, 8)}${sensitive ? ' (機微)' : ''}: ${await write(ledger, () =>
      c.repo.create('consultation', { businessId: b.id, heldAt: HELD_AT, channel: 'counter', inquiry: text, tagIds, sensitive }),
    )}`;
  }
  if (roll < 0.33) {
    const b = rng.pick(businesses);
    const text = newText(c, ledger, '次の行動');
    return `create action: ${await write(ledger, () => c.repo.create('action', { businessId: b.id, side: 'owner', text }))}`;
  }
  if (roll < 0.68) return editText(c, rng, ledger, [...businesses, ...consultations, ...actions]);
  if (roll < 0.8) {
    const pool = [...businesses, ...consultations].filter((r) => editable(c, r));
    if (pool.length === 0) return 'no record to edit';
    const r = rng.pick(pool);
    if ('channel' in r) {
      const mine = c.role !== 'advisor' || r.authorId === null || r.authorId === c.advisorId;
      const roll2 = rng.next();
      // The author (or a manager) turns 機微 on or off: colleagues then get it redacted, or readable again.
      const change =
        mine && roll2 < 0.25
          ? { sensitive: !r.sensitive }
          : roll2 < 0.6
            ? { channel: rng.pick(['visit', 'phone', 'online'] as const) }
            : { durationMin: rng.int(120) };
      return `edit consultation ${r.id.slice(0, 8)} ${JSON.stringify(change)}: ${await write(ledger, () => c.repo.update('consultation', r.id, change))}`;
    }
    const change = rng.chance(0.5) ? { employees: rng.int(50) } : { municipality: rng.pick(['金沢市', '七尾市', '輪島市']) };
    return `edit business ${r.id.slice(0, 8)} ${JSON.stringify(change)}: ${await write(ledger, () => c.repo.update('business', r.id, change))}`;
  }
  if (roll < 0.84) {
    const copies = ((await c.db.conflicts.toArray()) as unknown as Row[])
      .filter((r) => r.deleted === false && r.redacted === false)
      .sort((a, b) => `${String(a.recordId)}${String(a.text)}`.localeCompare(`${String(b.recordId)}${String(b.text)}`));
    if (copies.length > 0) {
      // Resolving a conflict copy: the advisor read it and keeps the field as it is.
      const r = rng.pick(copies);
      const res = await write(ledger, () => c.repo.update('conflict', r.id, { deleted: true }));
      if (res === 'written') ledger.superseded.add(String(r.text));
      return `resolve conflict copy on ${String(r.recordId).slice(0, 8)}.${String(r.field)}: ${res}`;
    }
  }
  if (roll < 0.89) {
    const pool = [...businesses.map((r) => ['business', r] as const), ...consultations.map((r) => ['consultation', r] as const)].filter(
      ([, r]) => editable(c, r),
    );
    if (pool.length === 0) return 'no record to delete';
    const [kind, r] = rng.pick(pool);
    const res = r.deleted ? await write(ledger, () => c.repo.restore(kind, r.id)) : await write(ledger, () => c.repo.remove(kind, r.id));
    return `${r.deleted ? 'restore' : 'delete'} ${kind} ${r.id.slice(0, 8)}: ${res}`;
  }
  if (c.role !== 'advisor') return taxonomyEdit(c, rng, ledger, liveTags);
  return deliberateInvalid(c, rng, ledger, businesses, consultations, liveTags);
}

async function editText(c: SimClient, rng: Rng, ledger: Ledger, pool: Row[]): Promise<string> {
  const candidates = pool.filter((r) => editable(c, r));
  if (candidates.length === 0) return 'no text to edit';
  // Half the edits go to one hot field, so concurrent edits of the same text are common.
  const hot = candidates.filter((r) => !('side' in r) && !('channel' in r)).sort((a, b) => a.id.localeCompare(b.id))[0];
  const r = hot && rng.chance(0.5) ? hot : rng.pick(candidates);
  const kind: RecordKind = 'side' in r ? 'action' : 'channel' in r ? 'consultation' : 'business';
  const field = r === hot && rng.chance(0.7) ? 'vision' : rng.pick(FREE_TEXT_FIELDS[kind] as readonly string[]);
  const before = r[field];
  const text = newText(c, ledger, field);
  const res = await write(ledger, () => c.repo.update(kind, r.id, { [field]: text }));
  // The advisor saw the old text and replaced it: it may legitimately disappear.
  if (res === 'written' && typeof before === 'string' && before !== '') ledger.superseded.add(before);
  return `edit ${kind} ${r.id.slice(0, 8)}.${field}: ${res}`;
}

async function taxonomyEdit(c: SimClient, rng: Rng, ledger: Ledger, liveTags: Row[]): Promise<string> {
  const roll = rng.next();
  if (roll < 0.4 && liveTags.length > 0) {
    const t = rng.pick(liveTags);
    return `rename tag ${t.id}: ${await write(ledger, () => c.repo.update('tag', t.id, { name: `タグ${++ledger.seq}` }))}`;
  }
  if (roll < 0.7) {
    const groups = (await rows(c, 'tagGroups')).filter((g) => g.deleted === false);
    if (groups.length === 0) return 'no tag group';
    const g = rng.pick(groups);
    return `create tag in ${g.id}: ${await write(ledger, () => c.repo.create('tag', { groupId: g.id, name: `新タグ${++ledger.seq}` }))}`;
  }
  if (liveTags.length === 0) return 'no tag to delete';
  const t = rng.pick(liveTags);
  return `delete tag ${t.id}: ${await write(ledger, () => c.repo.remove('tag', t.id))}`;
}

/** Edits the server must refuse; each is expected to end as a rejected outbox entry, nothing else. */
async function deliberateInvalid(
  c: SimClient,
  rng: Rng,
  ledger: Ledger,
  businesses: Row[],
  consultations: Row[],
  liveTags: Row[],
): Promise<string> {
  const roll = rng.next();
  if (roll < 0.3 && liveTags.length > 0) {
    const t = rng.pick(liveTags);
    return `advisor renames tag ${t.id} (forbidden): ${await write(ledger, () => c.repo.update('tag', t.id, { name: `不正${++ledger.seq}` }))}`;
  }
  if (roll < 0.55) {
    const id = rng.uuid();
    ledger.deliberateRecords.add(id);
    const text = newText(c, ledger, '孤立', true);
    return `consultation on a business that does not exist: ${await write(ledger, () =>
      c.repo.create('consultation', { businessId: rng.uuid(), heldAt: HELD_AT, channel: 'counter', inquiry: text }, id),
    )}`;
  }
  const others = consultations.filter((r) => r.redacted === true);
  if (roll < 0.8 && others.length > 0) {
    const r = rng.pick(others);
    const text = newText(c, ledger, '機微改変', true);
    return `edit someone else's 機微 consultation ${r.id.slice(0, 8)} (forbidden): ${await write(ledger, () =>
      c.repo.update('consultation', r.id, { inquiry: text }),
    )}`;
  }
  if (businesses.length === 0) return 'no business';
  // An entry no longer valid for the shared schema (as if queued by an older extension): refused before sending.
  const b = rng.pick(businesses);
  const text = newText(c, ledger, '長すぎる', true);
  const vision = text + 'x'.repeat(4_100);
  // That (older) write replaced the text shown, like any edit.
  if (typeof b.vision === 'string' && b.vision !== '') ledger.superseded.add(b.vision);
  await c.db.transaction('rw', c.db.businesses, c.db.outbox, c.db.meta, async () => {
    const next = await c.db.meta.get('nextMutationId');
    const id = typeof next?.value === 'number' ? next.value : 1;
    await c.db.meta.put({ key: 'nextMutationId', value: id + 1 });
    await c.db.businesses.update(b.id, { vision });
    await c.db.outbox.add({
      id,
      kind: 'business',
      recordId: b.id,
      baseVersion: b.version,
      fields: { vision },
      state: 'pending',
      error: null,
      queuedAt: new Date().toISOString(),
    });
  });
  pendingTexts.delete(ledger);
  ledger.saved.set(text, { deliberate: true, by: c.name });
  return `queue an over-long vision on ${b.id.slice(0, 8)} (unsendable)`;
}
