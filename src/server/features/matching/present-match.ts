import { inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Reason } from '../../../matching/types.ts';
import type { Ctx } from '../../context.ts';
import type { Db, Tx } from '../../db/database.ts';
import { findCurrentAgreementVersion } from '../agreements/find-current-agreement-version.ts';
import { programs } from '../organizations/tables.ts';
import { listParticipantsForMatching } from '../participants/list-participants-for-matching.ts';
import type { MatchSide } from './find-match-for-actor.ts';
import { openReasons } from './open-reasons.ts';
import { iso, type matchOut, type myMatchOut } from './presenters.ts';
import type { MatchRow } from './tables.ts';

/** Matches as staff see them: who, where each stands, whom we wait for. Never why in private terms. */
export async function presentMatches(db: Db | Tx, matches: MatchRow[]): Promise<z.input<typeof matchOut>[]> {
  const names = new Map<string, string>();
  for (const programId of new Set(matches.map((m) => m.programId))) {
    const ids = matches
      .filter((m) => m.programId === programId)
      .flatMap((m) => [m.mentorParticipantId, m.menteeParticipantId]);
    for (const p of await listParticipantsForMatching(db, programId, { ids: [...new Set(ids)] }))
      names.set(p.id, p.name);
  }
  const person = (participantId: string) => ({ participantId, name: names.get(participantId) ?? '' });
  return matches.map((m) => ({
    id: m.id,
    programId: m.programId,
    status: m.status,
    source: m.source,
    score: m.score,
    mentor: person(m.mentorParticipantId),
    mentee: person(m.menteeParticipantId),
    proposedAt: iso(m.proposedAt),
    startedAt: iso(m.startedAt),
    mentorAcceptedAt: iso(m.mentorAcceptedAt),
    menteeAcceptedAt: iso(m.menteeAcceptedAt),
    mentorAgreementAcknowledgedAt: iso(m.mentorAgreementAcknowledgedAt),
    menteeAgreementAcknowledgedAt: iso(m.menteeAgreementAcknowledgedAt),
    declinedAt: iso(m.declinedAt),
    declineReason: m.declineReason,
    closedAt: iso(m.closedAt),
    closeReason: m.closeReason,
    rematch: m.rematch,
    waitingFor: waitingFor(m),
  }));
}

export function waitingFor(m: MatchRow): MatchSide[] {
  if (m.status !== 'proposed') return [];
  const sides: MatchSide[] = [];
  if (!m.mentorAcceptedAt) sides.push('mentor');
  if (!m.menteeAcceptedAt) sides.push('mentee');
  return sides;
}

/**
 * Matches as one of the pair sees them: also the program's current confidentiality agreement (in
 * their language when published in it) and what the two share, experiences named only where both
 * allowed "show to my match".
 */
export async function presentMyMatches(
  db: Db | Tx,
  ctx: Ctx,
  rows: { match: MatchRow; side: MatchSide }[],
  locale: string,
): Promise<z.input<typeof myMatchOut>[]> {
  if (rows.length === 0) return [];
  const base = await presentMatches(
    db,
    rows.map((r) => r.match),
  );
  const programIds = [...new Set(rows.map((r) => r.match.programId))];
  const programNames = new Map(
    (
      await db.select({ id: programs.id, name: programs.name }).from(programs).where(inArray(programs.id, programIds))
    ).map((p) => [p.id, p.name]),
  );
  const agreements = new Map(
    await Promise.all(programIds.map(async (id) => [id, await agreementFor(db, id, locale)] as const)),
  );
  // One opening of the experience rows per program, however many matches.
  const shared = new Map<string, Reason[]>();
  for (const programId of programIds) {
    const inProgram = rows.filter((r) => r.match.programId === programId);
    const { reasons } = await openReasons(
      db,
      ctx,
      programId,
      inProgram.map((r) => r.match.reasons),
      'match',
    );
    inProgram.forEach((r, k) => {
      shared.set(r.match.id, reasons[k] ?? []);
    });
  }
  return rows.map(({ match, side }, k) => ({
    ...base[k]!,
    myRole: side,
    programName: programNames.get(match.programId) ?? '',
    agreement: agreements.get(match.programId) ?? null,
    shared: shared.get(match.id) ?? [],
  }));
}

async function agreementFor(db: Db | Tx, programId: string, locale: string) {
  const current = await findCurrentAgreementVersion(db, programId);
  if (!current) return null;
  const text =
    current.texts.find((t) => t.language === locale) ??
    current.texts.find((t) => t.language === 'en') ??
    current.texts[0];
  return text ? { versionId: text.id, version: current.version, language: text.language, body: text.body } : null;
}
