import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { insertMany } from '../../db/insert-many.ts';
import { newId } from '../../lib/ids.ts';
import { notifications } from './tables.ts';

export interface Notice {
  userId: string;
  organizationId: string | null;
  kind: string;
  data: Record<string, string | number | null>;
  link: string;
}

/** In-app notices, written in the caller's transaction with the change they tell of. */
export async function createNotices(tx: Tx, ctx: Pick<Ctx, 'clock'>, notices: Notice[]): Promise<void> {
  if (notices.length === 0) return;
  const createdAt = ctx.clock.now();
  await insertMany(
    tx,
    notifications,
    notices.map((n) => ({ id: newId(), ...n, createdAt, readAt: null })),
  );
}
