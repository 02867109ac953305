import { describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY, tagsResponse } from '../../shared';
import { makeOrg, type Actor } from './fixtures/org';
import { putRecord } from './fixtures/records';

async function tags(actor: Actor) {
  const res = await actor.get('/v1/tags');
  expect(res.status).toBe(200);
  return tagsResponse.parse(await res.json());
}

describe('GET /v1/tags', () => {
  it('answers the seeded default taxonomy, groups and tags in their order', async () => {
    const { advisor } = await makeOrg();
    const { groups } = await tags(advisor);
    expect(groups.map((g) => [g.id, g.name])).toEqual(DEFAULT_TAXONOMY.map((g) => [g.id, g.name]));
    for (const [i, group] of groups.entries()) {
      expect(group.tags.map((t) => [t.id, t.name])).toEqual(DEFAULT_TAXONOMY[i]!.tags.map(([id, name]) => [id, name]));
      expect(group.tags.every((t) => t.groupId === group.id)).toBe(true);
    }
  });

  it('follows the organisation’s edits: new and reordered tags, deleted tags and groups', async () => {
    const { org, manager } = await makeOrg();
    await putRecord(org.id, 'tag', { groupId: 'grp-topic', name: '海外展開', order: 0 }, { id: 'topic-overseas' });
    await putRecord(org.id, 'tag', { groupId: 'grp-topic', name: '経営一般', order: 99 }, { id: 'topic-general' });
    await putRecord(org.id, 'tag', { groupId: 'grp-topic', name: '金融', order: 1, deleted: true }, { id: 'topic-finance' });
    await putRecord(org.id, 'tagGroup', { name: '5つの壁', order: 2, deleted: true }, { id: 'grp-wall' });
    const { groups } = await tags(manager);
    const topic = groups.find((g) => g.id === 'grp-topic')!;
    expect(topic.tags.slice(0, 2).map((t) => t.name)).toEqual(['海外展開', '税務']);
    expect(topic.tags.at(-1)!.name).toBe('経営一般');
    expect(topic.tags.map((t) => t.id)).not.toContain('topic-finance');
    expect(groups.map((g) => g.id)).not.toContain('grp-wall');
    expect(JSON.stringify(groups)).not.toContain('wall-unseen');
  });

  it('never shows another organisation’s tags', async () => {
    const { advisor } = await makeOrg();
    const other = await makeOrg();
    await putRecord(other.org.id, 'tag', { groupId: 'grp-topic', name: '他組織だけのタグ', order: 99 }, { id: 'topic-other-org' });
    const { groups } = await tags(advisor);
    expect(JSON.stringify(groups)).not.toContain('他組織だけのタグ');
  });
});
