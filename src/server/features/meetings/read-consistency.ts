import { and, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { listCommitmentDates } from '../commitments/list-commitment-dates.ts';
import type { MatchRow } from '../matching/tables.ts';
import { programs } from '../organizations/tables.ts';
import { type ConsistencyFigures, cadenceDaysOf, measureConsistency } from './measure-consistency.ts';
import { meetingProposals, meetingSeries, meetings } from './tables.ts';

/**
 * Consistency figures for many matches with four queries, whatever their number. The cadence is
 * the pair's agreed rhythm where they have one, else the program's expectation.
 */
export async function readConsistency(
  db: Db,
  matchRows: MatchRow[],
  now: Date,
): Promise<Map<string, ConsistencyFigures>> {
  const started = matchRows.filter((m) => m.startedAt);
  const ids = started.map((m) => m.id);
  const figures = new Map<string, ConsistencyFigures>();
  if (ids.length === 0) return figures;
  const programIds = [...new Set(started.map((m) => m.programId))];
  const [meetingRows, proposalRows, seriesRows, commitmentRows, programRows] = await Promise.all([
    db.select().from(meetings).where(inArray(meetings.matchId, ids)),
    db.select().from(meetingProposals).where(inArray(meetingProposals.matchId, ids)),
    db
      .select({ matchId: meetingSeries.matchId, intervalWeeks: meetingSeries.intervalWeeks })
      .from(meetingSeries)
      .where(and(inArray(meetingSeries.matchId, ids), isNull(meetingSeries.endedAt))),
    listCommitmentDates(db, ids),
    db
      .select({ id: programs.id, cadence: programs.cadenceFrequency })
      .from(programs)
      .where(inArray(programs.id, programIds)),
  ]);
  for (const match of started) {
    const series = seriesRows.find((s) => s.matchId === match.id);
    const programCadence = programRows.find((p) => p.id === match.programId)?.cadence ?? 'weekly';
    figures.set(
      match.id,
      measureConsistency({
        startedAt: match.startedAt as Date,
        endedAt: match.closedAt,
        cadenceDays: series ? series.intervalWeeks * 7 : (cadenceDaysOf[programCadence] ?? 7),
        now,
        meetings: meetingRows.filter((m) => m.matchId === match.id),
        proposals: proposalRows.filter((p) => p.matchId === match.id),
        commitments: commitmentRows.filter((c) => c.matchId === match.id),
      }),
    );
  }
  return figures;
}
