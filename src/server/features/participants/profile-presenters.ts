import { z } from 'zod';
import { type Consent, readChoices } from './experience-consent.ts';
import type { listOwnExperiences } from './experience-list.ts';
import type { ProgramExperience } from './experience-vocabulary.ts';
import { participantSummaryOut, presentParticipant } from './presenters.ts';
import type { Profile } from './profile-get.ts';

// Output schemas for profiles and lived experiences: sealed values leave only toward whoever may read them.
export const choicesSchema = z.object({
  useForMatching: z.boolean(),
  showToMatch: z.boolean(),
  showToMenteesChoosing: z.boolean(),
  showToStaff: z.boolean(),
});

export const vocabularyEntryOut = z.object({
  id: z.string(),
  label: z.string(),
  archivedAt: z.string().nullable(),
});

/** `ownWords` is present for the person themself only. */
export const profileOut = participantSummaryOut.extend({
  preferences: z.record(z.string(), z.string()),
  ownWords: z.string().nullable().optional(),
});

const consentOut = z.object({
  id: z.string(),
  choices: choicesSchema,
  textVersion: z.string(),
  language: z.string(),
  givenAt: z.string(),
  withdrawnAt: z.string().nullable(),
});

export const ownExperienceOut = z.object({
  id: z.string(),
  experienceId: z.string(),
  label: z.string(),
  source: z.enum(['self', 'import']),
  isConfirmed: z.boolean(),
  /** Whether it is in use: confirmed, with a consent that is not withdrawn. */
  isConsented: z.boolean(),
  choices: choicesSchema,
  history: z.array(consentOut),
});

/** Staff: `label` is null where the person did not consent to show it to program staff. */
export const staffExperienceOut = z.object({ id: z.string(), label: z.string().nullable(), isPrivate: z.boolean() });

export const presentVocabularyEntry = (e: ProgramExperience): z.infer<typeof vocabularyEntryOut> => ({
  id: e.id,
  label: e.label,
  archivedAt: e.archivedAt?.toISOString() ?? null,
});

export const presentProfile = (p: Profile): z.infer<typeof profileOut> => ({
  ...presentParticipant(p.participant),
  preferences: p.participant.preferences,
  ...(p.ownWords === undefined ? {} : { ownWords: p.ownWords }),
});

const presentConsent = (c: Consent): z.infer<typeof consentOut> => ({
  id: c.id,
  choices: readChoices(c),
  textVersion: c.textVersion,
  language: c.language,
  givenAt: c.givenAt.toISOString(),
  withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
});

type Own = Omit<Awaited<ReturnType<typeof listOwnExperiences>>[number], 'history'> & { history?: Consent[] };

export const presentOwnExperience = (e: Own): z.infer<typeof ownExperienceOut> => ({
  id: e.row.id,
  experienceId: e.experienceId,
  label: e.label,
  source: e.row.source,
  isConfirmed: e.isConfirmed,
  isConsented: e.isConfirmed && e.consent !== null && e.consent.withdrawnAt === null,
  choices: e.choices,
  history: (e.history ?? (e.consent ? [e.consent] : [])).map(presentConsent),
});

export const presentStaffExperience = (e: { id: string; label: string | null }) => ({
  id: e.id,
  label: e.label,
  isPrivate: e.label === null,
});
