import { describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY } from '../../../shared';
import { groupTagIds, stageTimeline, STEP_GROUP_ID, WALL_GROUP_ID } from '../../../extension/karte/stage-timeline';
import { aConsultation } from '../../fixtures/records';

const TAGS = DEFAULT_TAXONOMY.flatMap((g) => g.tags.map(([id], order) => ({ id, groupId: g.id, order, deleted: false })));
const STEPS = groupTagIds(TAGS, STEP_GROUP_ID);
const WALLS = groupTagIds(TAGS, WALL_GROUP_ID);

describe('伴走ステップ and 5つの壁 over time', () => {
  it('shows the current step and when each barrier came up, from the consultations’ tags', () => {
    const cs = [
      aConsultation({ heldAt: '2026-03-01T01:00:00Z', tagIds: ['step-insight', 'wall-avoid'] }),
      aConsultation({ heldAt: '2026-01-10T01:00:00Z', tagIds: ['step-understanding', 'wall-unseen', 'topic-finance'] }),
      aConsultation({ heldAt: '2026-02-01T01:00:00Z', tagIds: ['topic-finance'] }),
      aConsultation({ heldAt: '2026-04-01T01:00:00Z', tagIds: ['wall-avoid'] }),
      aConsultation({ heldAt: '2026-05-01T01:00:00Z', tagIds: ['step-solving'], deleted: true }),
    ];
    const t = stageTimeline(cs, STEPS, WALLS);
    expect(t.points.map((p) => [p.date, p.steps, p.walls])).toEqual([
      ['2026-01-10', ['step-understanding'], ['wall-unseen']],
      ['2026-03-01', ['step-insight'], ['wall-avoid']],
      ['2026-04-01', [], ['wall-avoid']],
    ]);
    expect(t.currentStep).toBe('step-insight');
    expect(t.walls).toEqual([
      { tagId: 'wall-unseen', first: '2026-01-10', last: '2026-01-10', consultations: 1 },
      { tagId: 'wall-avoid', first: '2026-03-01', last: '2026-04-01', consultations: 2 },
    ]);
  });

  it('has no current step before any consultation names one', () => {
    expect(stageTimeline([aConsultation({ tagIds: ['topic-sales'] })], STEPS, WALLS)).toEqual({ points: [], currentStep: null, walls: [] });
  });
});
