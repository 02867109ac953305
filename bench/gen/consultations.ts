import type { Consultation, NextAction } from '../../shared/records.ts';
import type { RecordEnvelope } from '../../shared/sync.ts';
import { ALL_THEMES, END_MS, type GeneratedBusiness } from './businesses.ts';
import { int, pick, sample, seededUuidv7, weighted, type Rand } from './random.ts';
import { fillSlots } from './slots.ts';
import { dialogue } from './texts.ts';

const DAY = 86_400_000;
const STEPS = ['step-understanding', 'step-start', 'step-insight', 'step-motivation', 'step-solving', 'step-follow-up'];
const CHANNEL_WEIGHTS = [
  ['counter', 30],
  ['visit', 30],
  ['phone', 20],
  ['online', 10],
  ['email', 4],
  ['expert_visit', 4],
  ['seminar_group', 1],
  ['consultation_event', 1],
] as const;
const PROGRAMME_WEIGHTS = [
  ['kaizen_fukyu', 55],
  ['general', 15],
  ['commissioned', 8],
  ['development_plan', 10],
  [null, 12],
] as const;
const PEOPLE = ['代表者', '代表者', '後継者', '専務（配偶者）', ''];

/**
 * How many consultations each business gets: the first exactly 200, the rest skewed (a few
 * businesses come often, most a handful of times), every business at least once.
 */
function counts(rand: Rand, businesses: number, total: number): number[] {
  const rest = total - 200;
  const raw = Array.from({ length: businesses - 1 }, () => 1 + 60 * rand() ** 4);
  const sum = raw.reduce((s, w) => s + w, 0);
  const out = raw.map((w) => Math.max(1, Math.floor((w / sum) * rest)));
  let left = rest - out.reduce((s, c) => s + c, 0);
  for (let i = 0; left > 0; i = (i + 1) % out.length, left--) out[i]!++;
  return [200, ...out];
}

/** Business hours in Tokyo (09:00–17:45) on a random day between `from` and END_MS. */
function heldAt(rand: Rand, fromMs: number): number {
  const day = Math.floor((fromMs + rand() * (END_MS - fromMs)) / DAY) * DAY;
  return day + int(rand, 0, 35) * 15 * 60_000; // 00:00Z = 09:00 JST
}

export function consultationRecords(rand: Rand, businesses: readonly GeneratedBusiness[], total: number) {
  const consultations: RecordEnvelope[] = [];
  const actions: RecordEnvelope[] = [];
  const perBusiness = counts(rand, businesses.length, total);
  businesses.forEach((b, bi) => {
    const times = Array.from({ length: perBusiness[bi]! }, () => heldAt(rand, b.createdMs)).sort((x, y) => x - y);
    times.forEach((ms, ci) => {
      const theme = rand() < 0.65 ? pick(rand, b.themes) : pick(rand, ALL_THEMES);
      const tagIds = [...theme.tags, ...sample(rand, theme.extraTags, int(rand, 0, 2))];
      if (b.envelope.data.status !== 'consulting')
        tagIds.push(STEPS[Math.min(STEPS.length - 1, Math.floor((ci / times.length) * STEPS.length))]!);
      const fromBizmil = b.bizmilId !== null && rand() < 0.4;
      const advisorIds = rand() < 0.1 ? [b.advisorId, b.coAdvisorId] : [b.advisorId];
      const data: Consultation = {
        businessId: b.envelope.id,
        heldAt: new Date(ms).toISOString(),
        durationMin: int(rand, 2, 8) * 15,
        personMet: pick(rand, PEOPLE),
        advisorIds: [...new Set(advisorIds)],
        channel: weighted(rand, CHANNEL_WEIGHTS),
        programme: weighted(rand, PROGRAMME_WEIGHTS),
        expertPaidBy: null,
        expertName: '',
        participants: null,
        tagIds: [...new Set(tagIds)],
        ...dialogue(rand, theme),
        sensitive: rand() < 0.04,
        sourceUrl: fromBizmil ? `https://bizmil.example.jp/companies/${b.bizmilId}` : null,
        sourceTitle: fromBizmil ? `${b.name} | 事業者カルテ | BIZミル` : '',
        deleted: false,
      };
      const id = seededUuidv7(rand, ms);
      const at = data.heldAt;
      consultations.push({
        kind: 'consultation',
        id,
        version: 1,
        authorId: b.advisorId,
        createdAt: at,
        updatedAt: at,
        redacted: false,
        data,
      });
      if (rand() < 0.45) actions.push(...nextActions(rand, b, id, ms, theme.actions));
    });
  });
  return { consultations, actions };
}

function nextActions(rand: Rand, b: GeneratedBusiness, consultationId: string, ms: number, texts: readonly string[]): RecordEnvelope[] {
  return sample(rand, texts, int(rand, 1, 2)).map((t, i) => {
    const due = ms + int(rand, 7, 45) * DAY;
    const done = due < END_MS && rand() < 0.85;
    const data: NextAction = {
      businessId: b.envelope.id,
      consultationId,
      side: i === 0 ? 'owner' : 'advisor',
      text: fillSlots(rand, t),
      dueDate: new Date(due + 9 * 3_600_000).toISOString().slice(0, 10),
      done,
      doneAt: done ? new Date(due - int(rand, 0, 5) * DAY).toISOString() : null,
      deleted: false,
    };
    const at = new Date(ms).toISOString();
    return {
      kind: 'action',
      id: seededUuidv7(rand, ms + i + 1),
      version: 1,
      authorId: b.advisorId,
      createdAt: at,
      updatedAt: at,
      redacted: false,
      data,
    };
  });
}
