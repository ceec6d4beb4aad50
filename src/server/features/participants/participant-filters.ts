import { and, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import { user } from '../identity/tables.ts';
import { addDays } from '../screening/today-in-zone.ts';
import { type ParticipantRole, type ParticipantStatus, participants, type WeeklySlot } from './tables.ts';

export interface ParticipantFilters {
  role?: ParticipantRole | undefined;
  status?: ParticipantStatus | undefined;
  language?: string | undefined;
  availabilityDay?: WeeklySlot['day'] | undefined;
  /** Applied after the query, through the training feature's own gate. */
  trainingDone?: boolean | undefined;
  screeningExpiring?: boolean | undefined;
  screeningWithinDays?: number | undefined;
  search?: string | undefined;
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * A check is "expiring" when it is the newest of its kind for the participant (as the screening
 * feature's `latestPerKind` decides: by date checked, then by when recorded) and runs out by the
 * horizon, already expired included: it blocks new matches just the same.
 */
function screeningExpiresBy(horizon: string): SQL {
  return sql`exists (
    select 1 from screening_checks c
    where c.participant_id = ${participants.id} and c.expires_on is not null and c.expires_on <= ${horizon}
      and not exists (
        select 1 from screening_checks n
        where n.participant_id = c.participant_id and n.kind = c.kind
          and (n.checked_on > c.checked_on or (n.checked_on = c.checked_on and n.created_at > c.created_at))
      )
  )`;
}

/** The SQL part of the coordinator's filters (everything but the training gate). */
export function participantConditions(programId: string, filters: ParticipantFilters, today: string): SQL | undefined {
  const search = filters.search?.trim();
  const horizon = addDays(today, filters.screeningWithinDays ?? 30);
  return and(
    eq(participants.programId, programId),
    filters.role ? eq(participants.role, filters.role) : undefined,
    filters.status ? eq(participants.status, filters.status) : undefined,
    filters.language ? sql`${participants.languages} @> ${JSON.stringify([filters.language])}::jsonb` : undefined,
    filters.availabilityDay
      ? sql`${participants.availability} @> ${JSON.stringify([{ day: filters.availabilityDay }])}::jsonb`
      : undefined,
    filters.screeningExpiring === true ? screeningExpiresBy(horizon) : undefined,
    filters.screeningExpiring === false ? sql`not ${screeningExpiresBy(horizon)}` : undefined,
    search ? or(ilike(user.name, likePattern(search)), ilike(user.email, likePattern(search))) : undefined,
  );
}
