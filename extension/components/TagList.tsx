import type { TaxonomyGroup } from '../db/tag-queries';

/** The organisation's tags, read-only (editing them is a manager's job on the server). */
export function TagList({ groups }: { groups: readonly TaxonomyGroup[] }) {
  return (
    <dl class="tag-list">
      {groups.map(({ group, tags }) => (
        <div key={group.id}>
          <dt>{group.name}</dt>
          <dd>
            {tags.map((tag) => (
              <span key={tag.id} class="chip">
                {tag.name}
              </span>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}
