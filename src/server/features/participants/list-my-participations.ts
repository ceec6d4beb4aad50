import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import { programs } from '../organizations/tables.ts';
import { participants } from './tables.ts';

/** The signed-in person's own participant records, in every program, with the program's name. */
export async function listMyParticipations(db: Db, actor: Actor) {
  return db
    .select({ participant: participants, programName: programs.name })
    .from(participants)
    .innerJoin(programs, eq(programs.id, participants.programId))
    .where(eq(participants.userId, actor.userId))
    .orderBy(asc(programs.name), asc(participants.role));
}
