import { describe, expect, it } from 'vitest';
import {
  addExperience,
  applyAs,
  createProgram,
  experienceChoices,
  personNamed,
  programWithPeople,
  setApplicationsOpen,
  vocabularyId,
} from '../../../../test/support/factories.ts';
import { testAppPerTest } from '../../../../test/support/test-app.ts';
import { listExperiencesVisibleTo, listMatchableExperiences } from './experience-list.ts';

const t = testAppPerTest();
const ADULT = { birthDate: '2000-01-01' };

async function applied(menteeOverrides: Record<string, unknown> = ADULT) {
  const people = await programWithPeople(t());
  await setApplicationsOpen(people.coordinator.client, people.program.id);
  const mentee = await applyAs(people.mentee.client, people.program.id, 'mentee', menteeOverrides);
  return { ...people, menteeId: mentee.id };
}

const rawRows = async (sql: string, values: unknown[]) =>
  (await t().database.query<{ text: string }>(sql, values)).rows.map((r) => r.text);

describe('lived experiences', () => {
  it('stores which experience it is sealed: the raw row shows neither the label nor the vocabulary id', async () => {
    const { program, mentee, menteeId } = await applied();
    const row = await addExperience(mentee.client, program.id, menteeId, 'Foster care', { showToStaff: true });
    const stored = await rawRows('select row_to_json(e)::text as text from participant_experiences e where id = $1', [
      row.id,
    ]);
    expect(stored).toHaveLength(1);
    expect(stored[0]).not.toContain('Foster');
    expect(stored[0]).not.toContain(row.experienceId);
    expect(stored[0]).toMatch(/"experience":"v1\./);
  });

  it('lets the person see and remove their own; a removed experience is gone for staff too', async () => {
    const { program, mentee, coordinator, menteeId } = await applied();
    const row = await addExperience(mentee.client, program.id, menteeId, 'Mental health', { showToStaff: true });
    const own = (await mentee.client.get(`/api/participants/${menteeId}/experiences`)).body;
    expect(own).toMatchObject([{ id: row.id, label: 'Mental health', source: 'self', isConfirmed: true }]);
    const twice = await mentee.client.post(`/api/participants/${menteeId}/experiences`, {
      experienceId: row.experienceId,
      choices: experienceChoices(),
      language: 'en',
    });
    expect(twice.body.error?.code).toBe('EXPERIENCE_ALREADY_ADDED');
    expect((await mentee.client.delete(`/api/participants/${menteeId}/experiences/${row.id}`)).status).toBe(204);
    expect((await mentee.client.get(`/api/participants/${menteeId}/experiences`)).body).toEqual([]);
    expect((await coordinator.client.get(`/api/participants/${menteeId}/experiences`)).body).toEqual([]);
  });

  it('answers a coordinator of another program as if the participant did not exist', async () => {
    const { admin, orgId, program, mentee, menteeId } = await applied();
    await addExperience(mentee.client, program.id, menteeId, 'LGBTQ+', { showToStaff: true });
    const elsewhere = await createProgram(admin, orgId, { name: 'Elsewhere', slug: 'elsewhere' });
    const stranger = await personNamed(t(), admin, orgId, {
      role: 'coordinator',
      programId: elsewhere.id,
      email: 'sol@hill.example',
      name: 'Sol Stranger',
    });
    const res = await stranger.client.get(`/api/participants/${menteeId}/experiences`);
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('LGBTQ');
  });

  it('keeps imported experiences unused and unshown until the person confirms them with consent', async () => {
    const { program, mentee, coordinator, menteeId } = await applied();
    const experienceId = await vocabularyId(coordinator.client, program.id, 'Young carer');
    const imported = await coordinator.client.post(`/api/programs/${program.id}/imports`, {
      csv: 'email,role,experiences\nmilo@hill.example,mentee,Young carer\n',
    });
    expect(imported.body.counts).toEqual({ created: 0, updated: 1, unchanged: 0, rejected: 0 });

    expect((await coordinator.client.get(`/api/participants/${menteeId}/experiences`)).body).toEqual([]);
    expect(await listMatchableExperiences(t().database.db, t().ctx, menteeId)).toEqual([]);
    const [staged] = (await mentee.client.get(`/api/participants/${menteeId}/experiences`)).body;
    expect(staged).toMatchObject({ label: 'Young carer', source: 'import', isConfirmed: false, isConsented: false });

    const confirmed = await mentee.client.post(`/api/participants/${menteeId}/experiences/${staged.id}/consents`, {
      choices: experienceChoices({ useForMatching: true, showToStaff: true }),
      language: 'en',
    });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body).toMatchObject({ isConfirmed: true, isConsented: true });
    expect((await coordinator.client.get(`/api/participants/${menteeId}/experiences`)).body).toEqual([
      { id: staged.id, label: 'Young carer', isPrivate: false },
    ]);
    expect(await listMatchableExperiences(t().database.db, t().ctx, menteeId)).toEqual([
      { experienceId, label: 'Young carer' },
    ]);
  });

  it('offers matching and each audience only what the person consented to', async () => {
    const { program, mentee, menteeId } = await applied();
    await addExperience(mentee.client, program.id, menteeId, 'Faith', { useForMatching: true });
    await addExperience(mentee.client, program.id, menteeId, 'Moved countries', { showToMatch: true });
    const labels = async (list: Promise<{ label: string }[]>) => (await list).map((e) => e.label);
    const { db } = t().database;
    expect(await labels(listMatchableExperiences(db, t().ctx, menteeId))).toEqual(['Faith']);
    expect(await labels(listExperiencesVisibleTo(db, t().ctx, menteeId, 'match'))).toEqual(['Moved countries']);
    expect(await labels(listExperiencesVisibleTo(db, t().ctx, menteeId, 'staff'))).toEqual([]);
  });

  it('refuses to store a child’s experience before a guardian has consented', async () => {
    const twelveYearsAgo = `${new Date().getUTCFullYear() - 12}-01-01`;
    const { program, mentee, menteeId } = await applied({
      birthDate: twelveYearsAgo,
      guardianEmail: 'parent@hill.example',
    });
    const experienceId = await vocabularyId(mentee.client, program.id, 'Bereavement');
    const res = await mentee.client.post(`/api/participants/${menteeId}/experiences`, {
      experienceId,
      choices: experienceChoices({ useForMatching: true }),
      language: 'en',
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('GUARDIAN_CONSENT_REQUIRED');
    expect(await rawRows('select id::text as text from participant_experiences', [])).toEqual([]);
  });
});

describe('the lived-experience vocabulary', () => {
  it('starts every program with the defaults; staff add and archive labels, and an archived label is no longer offered', async () => {
    const { program, coordinator, mentee, menteeId } = await applied();
    const labels = (await mentee.client.get(`/api/programs/${program.id}/experiences`)).body.map(
      (e: { label: string }) => e.label,
    );
    expect(labels).toEqual(expect.arrayContaining(['First-generation student', 'Foster care', 'Young carer']));

    const added = await coordinator.client.post(`/api/programs/${program.id}/experiences`, { label: 'Refugee' });
    expect(added.status).toBe(201);
    const dup = await coordinator.client.post(`/api/programs/${program.id}/experiences`, { label: 'refugee' });
    expect(dup.body.error.code).toBe('EXPERIENCE_TAKEN');
    expect((await mentee.client.post(`/api/programs/${program.id}/experiences`, { label: 'Mine' })).status).toBe(403);

    const archived = await coordinator.client.patch(`/api/programs/${program.id}/experiences/${added.body.id}`, {
      archived: true,
    });
    expect(archived.body.archivedAt).toEqual(expect.any(String));
    const res = await mentee.client.post(`/api/participants/${menteeId}/experiences`, {
      experienceId: added.body.id,
      choices: experienceChoices(),
      language: 'en',
    });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('EXPERIENCE_NOT_FOUND');
  });
});
