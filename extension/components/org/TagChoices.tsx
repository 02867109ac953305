import type { TaxonomyGroup } from '../../db/tag-queries';
import { useT } from '../../state/contexts';

interface Props {
  /** The summary's label: what the chosen tags are for. */
  label: string;
  help: string;
  /** The groups whose live tags are offered. */
  groups: readonly TaxonomyGroup[];
  chosen: ReadonlySet<string>;
  onChange: (next: ReadonlySet<string>) => void;
}

/**
 * A choice of the organisation's tags for a setting, folded: the summary names the tags chosen (in
 * the taxonomy's order), and opened, each group is a fieldset of checkboxes named by the tag.
 */
export function TagChoices({ label, help, groups, chosen, onChange }: Props) {
  const t = useT();
  const names = groups
    .flatMap((g) => g.tags)
    .filter((tag) => chosen.has(tag.id))
    .map((tag) => tag.name)
    .join(t('common.listSeparator'));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <details class="tag-choices">
      <summary>
        {label}: {names || t('bansoRule.noneChosen')}
      </summary>
      <p class="muted">{help}</p>
      {groups.map((g) => (
        <fieldset key={g.group.id}>
          <legend>{g.group.name}</legend>
          {g.tags.map((tag) => (
            <label key={tag.id} class="check">
              <input type="checkbox" checked={chosen.has(tag.id)} onChange={(e) => toggle(tag.id, e.currentTarget.checked)} />
              {tag.name}
            </label>
          ))}
        </fieldset>
      ))}
    </details>
  );
}

/** The live tags of these groups, for dropping a tag retired since a setting was saved. */
export const liveTagIds = (groups: readonly TaxonomyGroup[]): ReadonlySet<string> =>
  new Set(groups.flatMap((g) => g.tags.map((tag) => tag.id)));
