import type { Ctx } from '../../server/context.ts';
import type { Tx } from '../../server/db/database.ts';
import type { Actor } from '../../server/features/identity/actor.ts';
import { listProgramExperiences } from '../../server/features/participants/experience-vocabulary.ts';
import { addProgramExperience } from '../../server/features/participants/experience-vocabulary-edit.ts';
import type { WeeklySlot } from '../../server/features/participants/tables.ts';
import { updateProgramParticipation } from '../../server/features/participants/update-program-participation.ts';
import { listTrainingModules } from '../../server/features/training/list-training-modules.ts';
import type { DemoOrganization } from './organizations.ts';
import type { DemoParticipant } from './people.ts';

export interface ProgramSetup {
  programId: string;
  guardianConsentAge: number;
  /** The program's vocabulary ids for a demo person's experiences. */
  experienceIdsFor(labels: string[]): string[];
  /** The required modules with their right answers (staff see the answer key). */
  answerKeys: { moduleId: string; answers: Record<string, string> }[];
  profileFor(person: DemoParticipant & { role: 'mentor' | 'mentee' }): {
    timeZone: string;
    languages: string[];
    interests: string[];
    goals?: string[];
    strengths?: string[];
    capacity?: number;
    availability: WeeklySlot[];
  };
}

// The demo's words that the shipped vocabulary already has under another name.
const sameAs: Record<string, string> = {
  'first-generation college student': 'First-generation student',
  'first in family aiming for university': 'First-generation student',
  'grief and loss': 'Bereavement',
  bereavement: 'Bereavement',
  'living with a disability': 'Disability',
  'mental health challenges': 'Mental health',
  anxiety: 'Mental health',
};

const interests = ['football', 'drawing', 'music', 'coding', 'reading', 'basketball', 'cooking', 'gaming', 'dance'];
const goals = ['settle in at school', 'feel confident speaking up', 'plan for college', 'make friends', 'study habits'];
const strengths = ['listening', 'maths', 'knowing the area', 'careers advice', 'being patient', 'languages'];
const hash = (text: string) => [...text].reduce((sum, c) => (sum * 31 + c.charCodeAt(0)) >>> 0, 7);
const pickTwo = (list: string[], seed: number) =>
  [list[seed % list.length], list[(seed + 3) % list.length]] as string[];

const weekdays: WeeklySlot['day'][] = ['mon', 'tue', 'wed', 'thu', 'fri'];

/**
 * Four weekdays of five (which one is missing varies): after school at the school; at the
 * community program young people are free late afternoons and volunteers after work, so each
 * pair shares an hour and a half most evenings.
 */
function availabilityOf(kind: 'school' | 'community', role: 'mentor' | 'mentee', seed: number): WeeklySlot[] {
  const [start, end] =
    kind === 'school' ? ['15:30', '17:30'] : role === 'mentee' ? ['16:00', '19:00'] : ['17:30', '20:30'];
  return weekdays.filter((_, i) => i !== seed % weekdays.length).map((day) => ({ day, start, end }));
}

/**
 * As the coordinator: opens both application forms, sets the guardian consent age, adds the
 * demo's experiences the program's vocabulary lacks, and reads the required modules' answers.
 */
export async function prepareProgram(
  tx: Tx,
  ctx: Ctx,
  coordinator: Actor,
  programId: string,
  org: DemoOrganization,
): Promise<ProgramSetup> {
  const settings = await updateProgramParticipation(tx, ctx, coordinator, programId, {
    mentorApplicationsOpen: true,
    menteeApplicationsOpen: true,
    guardianConsentAge: org.program.guardianConsentAge,
  });
  const ids = new Map<string, string>();
  for (const row of await listProgramExperiences(tx, coordinator, programId)) ids.set(row.label.toLowerCase(), row.id);
  for (const { label } of org.program.experiences) {
    const wanted = (sameAs[label] ?? label).toLowerCase();
    if (ids.has(wanted)) continue;
    ids.set(wanted, (await addProgramExperience(tx, ctx, coordinator, programId, sameAs[label] ?? label)).id);
  }
  const modules = await listTrainingModules(tx, coordinator, programId);
  const answerKeys = modules
    .filter((m) => m.isRequired)
    .map((m) => ({ moduleId: m.id, answers: Object.fromEntries(m.questions.map((q) => [q.id, q.correct])) }));
  return {
    programId,
    guardianConsentAge: settings.guardianConsentAge,
    experienceIdsFor: (labels) => [
      ...new Set(labels.map((label) => ids.get((sameAs[label] ?? label).toLowerCase()) as string)),
    ],
    answerKeys,
    profileFor(person) {
      const seed = hash(person.email);
      const languages = org.kind === 'school' ? ['English'] : seed % 3 === 0 ? ['English', 'Spanish'] : ['English'];
      const availability = availabilityOf(org.kind, person.role, seed);
      const common = { timeZone: org.timeZone, languages, interests: pickTwo(interests, seed), availability };
      return person.role === 'mentor'
        ? { ...common, strengths: pickTwo(strengths, seed), capacity: 1 + (seed % 3) }
        : { ...common, goals: pickTwo(goals, seed) };
    },
  };
}
