import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { meetingProposals } from './tables.ts';

/** A meeting that moved or was cancelled makes pending proposals for it moot. */
export async function supersedeProposals(tx: Tx, meetingId: string, at: Date): Promise<void> {
  await tx
    .update(meetingProposals)
    .set({ status: 'superseded', respondedAt: at })
    .where(and(eq(meetingProposals.meetingId, meetingId), eq(meetingProposals.status, 'pending')));
}
