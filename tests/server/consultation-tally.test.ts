import { describe, expect, it } from 'vitest';
import { tallyConsultations, type BusinessFact, type ConsultationFact } from '../../server/src/domain/consultation-counts';

const businesses: BusinessFact[] = [
  { id: 'b1', industry: 'I', membership: 'member', small: 1 },
  { id: 'b2', industry: null, membership: null, small: null },
];
const fact = (over: Partial<ConsultationFact>): ConsultationFact => ({
  business_id: 'b1',
  author_id: 'a',
  month: '2025-04',
  channel: 'visit',
  programme: 'general',
  duration: 30,
  advisor_ids: null,
  tag_ids: null,
  participants: null,
  ...over,
});
const facts: ConsultationFact[] = [
  fact({ tag_ids: '["t-finance","step-x","t-finance"]', advisor_ids: '["b","a"]' }),
  fact({ business_id: 'b2', month: '2025-05', duration: null, tag_ids: '["step-x"]' }),
  fact({ month: '2025-05', tag_ids: '["t-sales","t-finance"]', author_id: 'b' }),
  fact({ channel: 'seminar_group', participants: 18, duration: 120 }),
  fact({ business_id: 'deleted-or-elsewhere' }),
];
const figure = (figures: ReturnType<typeof tallyConsultations>, dim: string, key: string) =>
  figures.find((f) => f.dim === dim && f.key === key);

describe('tallyConsultations (相談件数 in one pass)', () => {
  const figures = tallyConsultations(facts, businesses, new Set(['t-finance', 't-sales']));

  it('counts 延べ and 実数 per dimension, 講習会 apart with their 参加者数', () => {
    expect(figure(figures, 'all', '')).toMatchObject({ consultations: 3, businesses: 2, minutes: 60, participants: 0 });
    expect(figure(figures, 'month', '2025-05')).toMatchObject({ consultations: 2, businesses: 2 });
    expect(figure(figures, 'industry', 'unspecified')).toMatchObject({ consultations: 1, businesses: 1 });
    expect(figure(figures, 'membership', 'unknown')).toMatchObject({ consultations: 1 });
    expect(figure(figures, 'smallBusiness', 'yes')).toMatchObject({ consultations: 2, businesses: 1 });
    expect(figure(figures, 'seminar', '')).toMatchObject({ consultations: 1, businesses: 1, minutes: 120, participants: 18 });
  });

  it('counts a consultation once per 相談分野 and per advisor involved, 「分野なし」 when it has none', () => {
    expect(figure(figures, 'topic', 't-finance')).toMatchObject({ consultations: 2, businesses: 1 });
    expect(figure(figures, 'topic', 't-sales')).toMatchObject({ consultations: 1 });
    expect(figure(figures, 'topic', 'none')).toMatchObject({ consultations: 1, businesses: 1 });
    expect(figure(figures, 'topic', 'step-x')).toBeUndefined();
    expect(figure(figures, 'advisor', 'a')).toMatchObject({ consultations: 2, businesses: 2 });
    expect(figure(figures, 'advisor', 'b')).toMatchObject({ consultations: 2, businesses: 1 });
  });

  it('leaves out consultations of businesses not given, and does not depend on the order of the rows', () => {
    expect(figures.some((f) => f.consultations > 3)).toBe(false);
    const sorted = (list: typeof figures) => [...list].sort((x, y) => `${x.dim}/${x.key}`.localeCompare(`${y.dim}/${y.key}`));
    const reversed = tallyConsultations([...facts].reverse(), [...businesses].reverse(), new Set(['t-finance', 't-sales']));
    expect(sorted(reversed)).toEqual(sorted(figures));
  });
});
