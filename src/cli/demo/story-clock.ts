import type { Ctx } from '../../server/context.ts';
import type { Tx } from '../../server/db/database.ts';
import type { Clock } from '../../server/lib/clock.ts';

/** A clock the demo sets, so its history happens through the product at the times it tells of. */
export interface StoryClock extends Clock {
  set(at: Date): void;
}

export function storyClock(start: Date): StoryClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    set(at) {
      current = at.getTime();
    },
  };
}

/** One thing someone does at a moment in the story; it may lead to more (a series, then its meetings). */
export interface StoryStep {
  at: Date;
  run(tx: Tx, ctx: Ctx): Promise<StoryStep[] | undefined>;
}

/**
 * Plays steps in time order, each in its own transaction as a request would, with the clock at
 * its moment: the product's own rules (meetings in the future, answers after the start) hold.
 * Steps falling after `end` have not happened yet, so they are dropped.
 */
export async function playStory(ctx: Ctx, clock: StoryClock, steps: StoryStep[], end: Date): Promise<void> {
  const queue = steps.filter((s) => s.at <= end);
  for (;;) {
    queue.sort((a, b) => a.at.getTime() - b.at.getTime());
    const step = queue.shift();
    if (!step) return;
    clock.set(step.at);
    const next = await ctx.database.db.transaction((tx) => step.run(tx, { ...ctx, clock }));
    queue.push(...(next ?? []).filter((s) => s.at <= end && s.at >= step.at));
  }
}
