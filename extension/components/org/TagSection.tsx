import { useEffect, useRef } from 'preact/hooks';
import { LIMITS } from '../../../shared/limits';
import { useT } from '../../state/contexts';
import type { TagEditorStore } from '../../state/tag-editor-store';
import { NoticeText } from '../NoticeText';
import { InlineTextForm } from './InlineTextForm';

/**
 * タグ: each group's tags in order, moved with 上へ / 下へ (buttons, so the keyboard works; the
 * focus stays on the tag moved), renamed, retired (old notes keep the name) or used again, and
 * new ones added. Every change syncs to every device like a record.
 */
export function TagSection({ store }: { store: TagEditorStore }) {
  const t = useT();
  const groups = store.groups.value;
  const root = useRef<HTMLElement>(null);
  /** The move button to give the focus back to once the list has been redrawn. */
  const refocus = useRef<{ tagId: string; direction: 'up' | 'down' } | null>(null);
  useEffect(() => {
    const want = refocus.current;
    if (!want || !root.current) return;
    const find = (d: string) => root.current!.querySelector<HTMLButtonElement>(`[data-move="${d}-${want.tagId}"]`);
    const button = find(want.direction);
    // At the top (or bottom) now: its button is disabled, so the other one takes the focus.
    (button && !button.disabled ? button : find(want.direction === 'up' ? 'down' : 'up'))?.focus();
    refocus.current = null;
  }, [groups]);

  return (
    <section class="org-section" aria-labelledby="tags-edit-heading" ref={root}>
      <h2 id="tags-edit-heading">{t('tagsEdit.heading')}</h2>
      <p class="muted">{t('tagsEdit.help')}</p>
      <NoticeText notice={store.notice.value} testId="tags-notice" />
      {!groups && (
        <p class="muted" role="status">
          {t('businesses.loading')}
        </p>
      )}
      <div class="tag-edit-groups">
        {groups?.map((g) => {
          const headingId = `tag-group-${g.group.id}`;
          return (
            <section key={g.group.id} class="tag-edit-group" aria-labelledby={headingId}>
              <h3 id={headingId}>{g.group.name}</h3>
              <ol class="tag-edit-list">
                {g.tags.map((tag, i) => (
                  <li key={tag.id}>
                    <span class="tag-name">{tag.name}</span>
                    <span class="buttons">
                      <button
                        type="button"
                        class="secondary"
                        data-move={`up-${tag.id}`}
                        disabled={i === 0}
                        aria-label={t('tagsEdit.upLabel', { name: tag.name })}
                        onClick={() => {
                          refocus.current = { tagId: tag.id, direction: 'up' };
                          void store.move(g, tag, -1);
                        }}
                      >
                        {t('tagsEdit.up')}
                      </button>
                      <button
                        type="button"
                        class="secondary"
                        data-move={`down-${tag.id}`}
                        disabled={i === g.tags.length - 1}
                        aria-label={t('tagsEdit.downLabel', { name: tag.name })}
                        onClick={() => {
                          refocus.current = { tagId: tag.id, direction: 'down' };
                          void store.move(g, tag, 1);
                        }}
                      >
                        {t('tagsEdit.down')}
                      </button>
                      <InlineTextForm
                        open={t('tagsEdit.rename')}
                        openLabel={t('tagsEdit.renameLabel', { name: tag.name })}
                        label={t('tagsEdit.newName', { name: tag.name })}
                        initial={tag.name}
                        submit={t('common.save')}
                        cancel={t('common.cancel')}
                        maxLength={LIMITS.tagName}
                        onSubmit={(name) => store.rename(g, tag, name)}
                      />
                      <button
                        type="button"
                        class="link danger"
                        aria-label={t('tagsEdit.retireLabel', { name: tag.name })}
                        onClick={() => void store.retire(tag)}
                      >
                        {t('tagsEdit.retire')}
                      </button>
                    </span>
                  </li>
                ))}
              </ol>
              <InlineTextForm
                open={t('tagsEdit.add')}
                openLabel={t('tagsEdit.addLabel', { group: g.group.name })}
                label={t('tagsEdit.addName', { group: g.group.name })}
                submit={t('tagsEdit.addSubmit')}
                cancel={t('common.cancel')}
                maxLength={LIMITS.tagName}
                onSubmit={(name) => store.add(g, name)}
              />
              {g.retired.length > 0 && (
                <details class="retired-tags">
                  <summary>{t('tagsEdit.retiredList', { group: g.group.name, count: g.retired.length })}</summary>
                  <ul>
                    {g.retired.map((tag) => (
                      <li key={tag.id}>
                        <span class="tag-name">{tag.name}</span>
                        <button
                          type="button"
                          class="link"
                          aria-label={t('tagsEdit.reuseLabel', { name: tag.name })}
                          onClick={() => void store.reuse(tag)}
                        >
                          {t('tagsEdit.reuse')}
                        </button>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}
