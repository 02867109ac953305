import { computed, signal } from '@preact/signals';
import { actionDoneMessage } from '../karte/action-done';
import { dueBuckets, todayIn, type DueState } from '../karte/due';
import { nextLocalMidnight } from '../dates/local-date';
import type { FollowUp } from '../db/follow-up-queries';
import type { KarteWrites } from '../db/karte-writes';
import { RecordValidationError } from '../db/validation-error';
import type { Notice } from './notice';
import { createUndoOffer } from './undo-offer';

export interface FollowUpsDeps {
  /** The advisor's open actions now and on every change; returns the stop function. */
  observe: (onChange: (items: FollowUp[]) => void) => () => void;
  writes: () => Promise<KarteWrites>;
  now: () => Date;
}

/** The follow-up list: the advisor's open actions by due state, kept live and dated in the advisor's time zone. */
export function createFollowUpsStore(deps: FollowUpsDeps) {
  const items = signal<FollowUp[] | null>(null);
  const today = signal(todayIn(deps.now()));
  const notice = signal<Notice | null>(null);
  /** 「元に戻す」 after an action is marked done by mistake. */
  const undo = createUndoOffer();
  const sections = computed<Record<DueState, FollowUp[]> | null>(() => {
    if (!items.value) return null;
    const byId = new Map(items.value.map((f) => [f.action.id, f]));
    const buckets = dueBuckets(
      items.value.map((f) => f.action),
      today.value,
    );
    const of = (state: DueState) => buckets[state].map((a) => byId.get(a.id)!);
    return { overdue: of('overdue'), today: of('today'), upcoming: of('upcoming'), later: of('later'), undated: of('undated') };
  });
  let stop: (() => void) | null = null;
  let midnight: ReturnType<typeof setTimeout> | null = null;
  // A list left open overnight moves "today" into "overdue" at midnight.
  const scheduleMidnight = () => {
    midnight = setTimeout(
      () => {
        today.value = todayIn(deps.now());
        scheduleMidnight();
      },
      Math.max(1_000, nextLocalMidnight(deps.now().getTime()) - deps.now().getTime()),
    );
  };

  return {
    items,
    today,
    sections,
    notice,
    undo,
    start(): void {
      stop ??= deps.observe((next) => (items.value = next));
      if (!midnight) scheduleMidnight();
    },
    dispose(): void {
      stop?.();
      stop = null;
      if (midnight) clearTimeout(midnight);
      midnight = null;
    },
    async markDone(f: FollowUp): Promise<void> {
      try {
        const writes = await deps.writes();
        const done = await writes.markActionDone(f.action.id);
        if (!done) {
          notice.value = { tone: 'error', message: { key: 'kartePage.gone' } };
          return;
        }
        notice.value = null;
        undo.offer(actionDoneMessage(f.action), () => writes.reopenAction(f.action.id), { key: 'actions.reopened' });
      } catch (e) {
        if (!(e instanceof RecordValidationError)) throw e;
        notice.value = { tone: 'error', message: { key: 'kartePage.failed', params: { message: e.message } } };
      }
    },
  };
}

export type FollowUpsStore = ReturnType<typeof createFollowUpsStore>;
