import type { SupportRecords } from '../db/karte-page-queries';

/** The startup tags that say a karte is a founder's (shared/taxonomy.ts: 相談分野 創業, 施策 特定創業支援). */
export const STARTUP_TAGS = ['topic-startup', 'measure-tokutei-sogyo'] as const;

const newestFirst =
  <T>(key: (r: T) => string) =>
  (a: T, b: T) => {
    const [x, y] = [key(a), key(b)];
    return x < y ? 1 : x > y ? -1 : 0;
  };

/**
 * The support records as the karte lists them: newest first by the date each is about (an
 * application not yet dated is being prepared: on top), founders in the order recorded.
 */
export function orderedSupport(s: SupportRecords): SupportRecords {
  return {
    applications: [...s.applications].sort(newestFirst((a) => a.appliedOn ?? '9999-12-31')),
    dispatches: [...s.dispatches].sort(newestFirst((d) => d.visits.at(-1)?.date ?? '9999-12-31')),
    figures: [...s.figures].sort(newestFirst((f) => f.fiscalPeriod)),
    demandEvents: [...s.demandEvents].sort(newestFirst((e) => e.heldOn)),
    founders: [...s.founders].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0)),
  };
}

/**
 * Whether the karte shows its 特定創業支援 section: a founder is recorded on it, the business is
 * 創業予定, or a consultation carries a startup tag. Anywhere else it would only be noise.
 */
export function showsFounders(
  business: { legalForm: string | null },
  founders: readonly unknown[],
  consultations: ReadonlyArray<{ tagIds: readonly string[] }>,
): boolean {
  return (
    founders.length > 0 ||
    business.legalForm === 'pre_startup' ||
    consultations.some((c) => c.tagIds.some((t) => (STARTUP_TAGS as readonly string[]).includes(t)))
  );
}
