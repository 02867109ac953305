import type { LocalAction, LocalBusiness, LocalConsultation, LocalTag, LocalTagGroup } from '../db/schema';
import { actionSearchDoc, businessSearchDoc, consultationSearchDoc, tagSearchDoc, type SearchDoc } from './documents';

/** The names of live tags and groups, as plain lists (kept in the snapshot to notice renames). */
export interface TaxonomyNames {
  tags: [id: string, name: string, groupId: string][];
  groups: [id: string, name: string][];
}

export const NO_TAXONOMY: TaxonomyNames = { tags: [], groups: [] };

/**
 * Tag and group names the index resolves consultations' tags with. A deleted tag has no
 * name: its consultations are no longer found by it.
 */
export class Taxonomy {
  readonly tagName = new Map<string, string>();
  readonly tagGroup = new Map<string, string>();
  readonly groupName = new Map<string, string>();

  static fromNames(names: TaxonomyNames): Taxonomy {
    const t = new Taxonomy();
    for (const [id, name, groupId] of names.tags) {
      t.tagName.set(id, name);
      t.tagGroup.set(id, groupId);
    }
    for (const [id, name] of names.groups) t.groupName.set(id, name);
    return t;
  }

  static fromRows(tags: readonly LocalTag[], groups: readonly LocalTagGroup[]): Taxonomy {
    return Taxonomy.fromNames({
      tags: tags.filter((x) => !x.deleted).map((x) => [x.id, x.name, x.groupId]),
      groups: groups.filter((g) => !g.deleted).map((g) => [g.id, g.name]),
    });
  }

  toNames(): TaxonomyNames {
    return {
      tags: [...this.tagName].map(([id, name]) => [id, name, this.tagGroup.get(id) ?? '']),
      groups: [...this.groupName],
    };
  }

  namesOf(tagIds: readonly string[]): string[] {
    return tagIds.flatMap((id) => this.tagName.get(id) ?? []);
  }

  /**
   * What changed from this taxonomy to `next`: the tags whose own document differs (name,
   * group, group name; added or gone) and, among them, those whose consultations must be
   * indexed again (the tag's name changed or it is gone).
   */
  changesTo(next: Taxonomy): { tagDocs: string[]; renamed: string[] } {
    const tagDocs = new Set<string>();
    const renamed = new Set<string>();
    for (const id of new Set([...this.tagName.keys(), ...next.tagName.keys()])) {
      if (this.tagName.get(id) !== next.tagName.get(id)) {
        tagDocs.add(id);
        renamed.add(id);
        continue;
      }
      const group = next.tagGroup.get(id) ?? '';
      if (this.tagGroup.get(id) !== group || this.groupName.get(group) !== next.groupName.get(group)) tagDocs.add(id);
    }
    return { tagDocs: [...tagDocs], renamed: [...renamed] };
  }

  /** The search document of a tag; null when the tag is gone (remove it from the index). */
  tagDoc(id: string, row: LocalTag | undefined): SearchDoc | null {
    if (!row || !this.tagName.has(id)) return null;
    return tagSearchDoc(row, this.groupName.get(row.groupId) ?? '');
  }
}

/** The search document of a stored business; null for a deleted one. */
export function businessDoc(row: LocalBusiness): SearchDoc | null {
  return businessSearchDoc(row);
}

/**
 * The search document of a stored consultation, its tags named. A redacted 機微 record (text
 * withheld by the server) is indexed with what it has left: its tags, date and business.
 */
export function consultationDoc(row: LocalConsultation, taxonomy: Taxonomy): SearchDoc | null {
  return consultationSearchDoc(row, taxonomy.namesOf(row.tagIds));
}

/**
 * The search document of a stored next action; null for a deleted one and for a redacted 機微
 * one (its text emptied by the server: nothing of it is indexed).
 */
export function actionDoc(row: LocalAction): SearchDoc | null {
  return actionSearchDoc(row);
}
