import { mondayOfWeek } from '../../../matching/reference-week.ts';
import type { Ctx } from '../../context.ts';
import type { Db, Tx } from '../../db/database.ts';
import { ageOn } from '../guardians/age-on.ts';
import type { ParticipantWithName } from '../participants/list-participants-for-matching.ts';
import { openExperiencesInBulk } from '../participants/open-experiences-in-bulk.ts';
import { findEligiblePeople, type Mentor } from './find-eligible-people.ts';
import { type MatchingSettings, readMatchingSettings } from './matching-settings.ts';
import { pairKey } from './open-matches.ts';
import type { PairRef, RunSettings } from './tables.ts';

/** Who can be matched now, as the engine's profile form, with what is needed to store its answer. */
export interface MatchingCohort {
  settings: RunSettings;
  mentees: ParticipantWithName[];
  mentors: Mentor[];
  /** MATCHING.md's profile form (ids are participant ids, experiences vocabulary ids). */
  input: Record<string, unknown>;
  /** participant id → vocabulary id → experience row id, to store shared experiences as rows. */
  experienceRows: Map<string, Map<string, string>>;
  /** The experience rows a mentor allowed to be named to mentees choosing a mentor. */
  shownToMenteesChoosing: Set<string>;
}

/**
 * The eligible people of a program (MATCHING.md; issue 4): mentees `ready` without an open match;
 * mentors `ready` or `active` with a valid screening and capacity left after their open matches.
 * Only experiences the person confirmed and consented to use for matching go in. Every experience
 * is passed as nameable: who may see which is decided when a run is shown, from the consents then.
 */
export async function readMatchingCohort(
  db: Db | Tx,
  ctx: Ctx,
  program: { id: string; organizationId: string },
  options: { menteeIds?: string[] | null; forbids?: PairRef[]; settings?: MatchingSettings } = {},
): Promise<MatchingCohort> {
  const settings = options.settings ?? (await readMatchingSettings(db, program.id));
  const referenceWeek = mondayOfWeek(ctx.clock.now());
  const { mentees, mentors, state } = await findEligiblePeople(db, ctx, program, options.menteeIds ?? null);

  const excludes = new Map<string, string[]>();
  const exclude = (menteeId: string, mentorId: string) =>
    excludes.set(menteeId, [...(excludes.get(menteeId) ?? []), mentorId]);
  const mentorIds = new Set(mentors.map((m) => m.id));
  for (const mentee of mentees) {
    for (const mentorId of mentorIds)
      if (state.endedPairs.has(pairKey(mentee.id, mentorId))) exclude(mentee.id, mentorId);
  }
  for (const forbid of options.forbids ?? []) exclude(forbid.menteeId, forbid.mentorId);

  const { experienceRows, shownToMenteesChoosing } = await consentedExperiences(db, ctx, [...mentees, ...mentors]);
  const experiencesOf = (id: string) => [...(experienceRows.get(id)?.keys() ?? [])];
  const person = (p: ParticipantWithName) => ({
    id: p.id,
    experiences: experiencesOf(p.id),
    showExperiences: experiencesOf(p.id),
    interests: p.interests,
    languages: p.languages,
    timezone: p.timeZone,
    availability: p.availability,
    gender: p.gender,
    age: p.birthDate ? ageOn(p.birthDate, referenceWeek) : null,
  });
  const runSettings: RunSettings = { ...settings, referenceWeek };
  const input = {
    settings: runSettings,
    mentors: mentors.map((m) => ({
      ...person(m),
      capacity: m.remainingCapacity,
      strengths: m.strengths,
      excludes: [],
    })),
    mentees: mentees.map((e) => ({
      ...person(e),
      goals: e.goals,
      preferences: { mentorGender: e.preferences.mentorGender || null },
      excludes: (excludes.get(e.id) ?? []).filter((id) => mentorIds.has(id)),
    })),
  };
  return { settings: runSettings, mentees, mentors, input, experienceRows, shownToMenteesChoosing };
}

async function consentedExperiences(db: Db | Tx, ctx: Ctx, people: { id: string }[]) {
  const rows = await openExperiencesInBulk(db, ctx, { participantIds: people.map((p) => p.id) });
  const byPerson = new Map<string, Map<string, string>>();
  const shownToMenteesChoosing = new Set<string>();
  for (const row of rows) {
    if (!row.isConfirmed || !row.choices.useForMatching) continue;
    if (row.choices.showToMenteesChoosing) shownToMenteesChoosing.add(row.rowId);
    const own = byPerson.get(row.participantId) ?? new Map<string, string>();
    own.set(row.experienceId, row.rowId);
    byPerson.set(row.participantId, own);
  }
  return { experienceRows: byPerson, shownToMenteesChoosing };
}
