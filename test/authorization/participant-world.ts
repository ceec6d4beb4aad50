import {
  accept,
  addExperience,
  applicationFor,
  applyAs,
  invite,
  setApplicationsOpen,
  vocabularyId,
} from '../support/factories.ts';
import type { TestApp } from '../support/test-app.ts';
import type { TestClient } from '../support/test-client.ts';
import { onNewMachine } from './machines.ts';
import { buildUsernameAccounts, type UsernameWorld } from './username-world.ts';
import { ACTORS } from './world.ts';

/** Participants and what hangs off them, per scope: program A1 ("own"), A2 ("sibling"), the other organization. */
export interface ParticipantWorld extends UsernameWorld {
  /** A1: the mentor's and the mentee's own applications. */
  ownMentor: string;
  ownMentee: string;
  /** A2: a bystander, enrolled by the admin as mentor and as mentee. */
  siblingMentor: string;
  siblingMentee: string;
  /** People invited as mentees of A1 and A2 with no participant yet: the enrolment requests spend them. */
  enrolees: string[];
  /** A required training module of each program. */
  ownModuleId: string;
  siblingModuleId: string;
  /** A complete (not necessarily right) set of answers to the A1 module's quiz. */
  ownModuleAnswers: Record<string, string>;
  /** A label of each program's lived-experience vocabulary ("Moved countries"), never archived for long. */
  ownVocabularyId: string;
  siblingVocabularyId: string;
  /** The A1 mentee's own lived experience ("Faith"), added with consent before the matrix runs. */
  ownExperienceRowId: string;
}

async function enrol(staff: TestClient, programId: string, userId: string, role: 'mentor' | 'mentee') {
  const res = await staff.post(`/api/programs/${programId}/participants`, { ...applicationFor(role), userId });
  if (res.status !== 201) throw new Error(`enrol: ${res.status} ${res.text}`);
  return res.body.id as string;
}

export async function firstModuleId(staff: TestClient, programId: string): Promise<string> {
  const res = await staff.get(`/api/programs/${programId}/training-modules`);
  const id = (res.body as { id: string }[] | undefined)?.[0]?.id;
  if (!id) throw new Error(`no training module: ${res.status} ${res.text}`);
  return id;
}

async function firstOptionAnswers(staff: TestClient, moduleId: string): Promise<Record<string, string>> {
  const res = await staff.get(`/api/training-modules/${moduleId}`);
  const questions = res.body.questions as { id: string; options: { id: string }[] }[];
  return Object.fromEntries(questions.map((q) => [q.id, q.options[0]?.id ?? '']));
}

/** A participant in the other organization's program: its mentor applies once its admin opens the forms. */
export async function otherParticipant(admin: TestClient, mentor: TestClient, programId: string) {
  await setApplicationsOpen(admin, programId);
  const participant = await applyAs(mentor, programId, 'mentor');
  return {
    participantId: participant.id,
    moduleId: await firstModuleId(admin, programId),
    experienceId: await vocabularyId(admin, programId, 'Moved countries'),
  };
}

/** Built through the API as the people themselves would: the admin opens the forms, mentor and mentee apply. */
export async function buildParticipants(
  t: TestApp,
  ada: TestClient,
  place: { orgId: string; programId: string; siblingProgramId: string; spareId: string },
  actors: { mentor: TestClient; mentee: TestClient },
): Promise<ParticipantWorld> {
  await setApplicationsOpen(ada, place.programId);
  const ownMentor = (await applyAs(actors.mentor, place.programId, 'mentor')).id;
  const ownMentee = (await applyAs(actors.mentee, place.programId, 'mentee')).id;
  // An adult (no birth date counts as a child), so the mentee may keep lived experiences.
  await actors.mentee.patch(`/api/participants/${ownMentee}/profile`, { birthDate: '2000-01-01' });
  const experience = await addExperience(actors.mentee, place.programId, ownMentee, 'Faith', { showToStaff: true });
  const siblingMentor = await enrol(ada, place.siblingProgramId, place.spareId, 'mentor');
  const siblingMentee = await enrol(ada, place.siblingProgramId, place.spareId, 'mentee');
  const enrolees: string[] = [];
  for (const n of [1, 2, 3, 4]) {
    const email = `enrolee-${n}@hill.example`;
    const first = await invite(ada, place.orgId, { email, role: 'mentee', programId: place.programId });
    const client = await accept(onNewMachine(t), first.token, `Enrolee ${n}`);
    const second = await invite(ada, place.orgId, { email, role: 'mentee', programId: place.siblingProgramId });
    const accepted = await client.post(`/api/invitations/${second.token}/accept`, {});
    if (accepted.status !== 200) throw new Error(`enrolee accept: ${accepted.status} ${accepted.text}`);
    enrolees.push((await client.get('/api/me')).body.id as string);
  }
  const ownModuleId = await firstModuleId(ada, place.programId);
  return {
    ...(await buildUsernameAccounts(ada, place, ACTORS.length)),
    ownMentor,
    ownMentee,
    siblingMentor,
    siblingMentee,
    enrolees,
    ownModuleId,
    siblingModuleId: await firstModuleId(ada, place.siblingProgramId),
    ownModuleAnswers: await firstOptionAnswers(ada, ownModuleId),
    ownVocabularyId: await vocabularyId(ada, place.programId, 'Moved countries'),
    siblingVocabularyId: await vocabularyId(ada, place.siblingProgramId, 'Moved countries'),
    ownExperienceRowId: experience.id,
  };
}
