import { signal } from '@preact/signals';
import type { RecordsRepo } from '../db/records-repo';
import type { LocalTag } from '../db/schema';
import type { TaxonomyGroup } from '../db/tag-queries';
import { RecordValidationError } from '../db/validation-error';
import { movedOrder, nameTaken, orderAtEnd } from '../org/taxonomy-edit';
import type { Notice } from './notice';

export interface TagEditorDeps {
  /** The taxonomy now and on every change (this page's edits, and a colleague's arriving by sync). */
  observe: (onChange: (groups: TaxonomyGroup[]) => void) => () => void;
  /** The validating write path: every edit is a record change that syncs like any other. */
  writes: () => Promise<Pick<RecordsRepo, 'create' | 'update' | 'remove' | 'restore' | 'transaction'>>;
}

/**
 * The organisation's tags as a manager edits them: add to a group, rename, move up or down,
 * retire (no longer offered; old notes keep the name) and use again. Tags are synced records,
 * so each edit goes through the records repository and its outbox.
 */
export function createTagEditorStore(deps: TagEditorDeps) {
  const groups = signal<TaxonomyGroup[] | null>(null);
  const notice = signal<Notice | null>(null);
  let stop: (() => void) | null = null;
  const everyTag = (g: TaxonomyGroup) => [...g.tags, ...g.retired];

  async function write(
    run: (w: Awaited<ReturnType<TagEditorDeps['writes']>>) => Promise<unknown>,
    done: Notice['message'] | null,
  ): Promise<boolean> {
    try {
      await run(await deps.writes());
      notice.value = done && { tone: 'success', message: done };
      return true;
    } catch (e) {
      if (!(e instanceof RecordValidationError)) throw e;
      notice.value = { tone: 'error', message: { key: 'tagsEdit.invalid', params: { message: e.message } } };
      return false;
    }
  }

  /** Why a name cannot be used in the group (null: it can). */
  function refuseName(group: TaxonomyGroup, name: string, exceptId: string | null): Notice | null {
    if (name.trim() === '') return { tone: 'error', message: { key: 'tagsEdit.nameEmpty' } };
    if (nameTaken(everyTag(group), name, exceptId))
      return { tone: 'error', message: { key: 'tagsEdit.nameTaken', params: { name: name.trim(), group: group.group.name } } };
    return null;
  }

  return {
    groups,
    notice,
    start(): void {
      stop ??= deps.observe((g) => (groups.value = g));
    },
    dispose(): void {
      stop?.();
      stop = null;
    },
    async add(group: TaxonomyGroup, name: string): Promise<boolean> {
      const refused = refuseName(group, name, null);
      if (refused) {
        notice.value = refused;
        return false;
      }
      const fields = { groupId: group.group.id, name: name.trim(), order: orderAtEnd(everyTag(group)), deleted: false };
      return write((w) => w.create('tag', fields), { key: 'tagsEdit.added', params: { name: fields.name, group: group.group.name } });
    },
    async rename(group: TaxonomyGroup, tag: LocalTag, name: string): Promise<boolean> {
      if (name.trim() === tag.name) return true;
      const refused = refuseName(group, name, tag.id);
      if (refused) {
        notice.value = refused;
        return false;
      }
      return write((w) => w.update('tag', tag.id, { name: name.trim() }), {
        key: 'tagsEdit.renamed',
        params: { from: tag.name, to: name.trim() },
      });
    },
    /** One place up or down among the group's live tags; every tag whose place changed is written, in one transaction. */
    async move(group: TaxonomyGroup, tag: LocalTag, delta: -1 | 1): Promise<boolean> {
      const ids = movedOrder(group.tags, tag.id, delta);
      if (!ids) return false;
      return write(
        (w) =>
          w.transaction(['tag'], async () => {
            for (const [order, id] of ids.entries()) await w.update('tag', id, { order });
          }),
        { key: delta < 0 ? 'tagsEdit.movedUp' : 'tagsEdit.movedDown', params: { name: tag.name } },
      );
    },
    retire: (tag: LocalTag) => write((w) => w.remove('tag', tag.id), { key: 'tagsEdit.retired', params: { name: tag.name } }),
    reuse: (tag: LocalTag) => write((w) => w.restore('tag', tag.id), { key: 'tagsEdit.reused', params: { name: tag.name } }),
  };
}

export type TagEditorStore = ReturnType<typeof createTagEditorStore>;
