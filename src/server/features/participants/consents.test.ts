import { describe, expect, it } from 'vitest';
import {
  addExperience,
  applyAs,
  experienceChoices,
  programWithPeople,
  setApplicationsOpen,
} from '../../../../test/support/factories.ts';
import { testAppPerTest } from '../../../../test/support/test-app.ts';

const t = testAppPerTest();
const ADULT = { birthDate: '2000-01-01' };

/** A program whose adult mentor and mentee have applied. */
async function applied() {
  const people = await programWithPeople(t());
  await setApplicationsOpen(people.coordinator.client, people.program.id);
  const mentor = await applyAs(people.mentor.client, people.program.id, 'mentor', ADULT);
  const mentee = await applyAs(people.mentee.client, people.program.id, 'mentee', ADULT);
  return { ...people, mentorId: mentor.id, menteeId: mentee.id };
}

describe('consent per lived experience', () => {
  it('shows staff the label only while the current consent says "show to program staff"', async () => {
    const { program, mentee, coordinator, menteeId } = await applied();
    const row = await addExperience(mentee.client, program.id, menteeId, 'Moved countries', { showToStaff: true });
    const staffView = async () => (await coordinator.client.get(`/api/participants/${menteeId}/experiences`)).body;
    expect(await staffView()).toEqual([{ id: row.id, label: 'Moved countries', isPrivate: false }]);

    const change = (choices: Record<string, boolean>) =>
      mentee.client.post(`/api/participants/${menteeId}/experiences/${row.id}/consents`, {
        choices: experienceChoices(choices),
        language: 'en',
      });
    expect((await change({ useForMatching: true, showToMatch: true })).status).toBe(201);
    expect(await staffView()).toEqual([{ id: row.id, label: null, isPrivate: true }]);
    expect(JSON.stringify(await staffView())).not.toContain('Moved');

    expect((await change({ showToStaff: true })).status).toBe(201);
    expect(await staffView()).toEqual([{ id: row.id, label: 'Moved countries', isPrivate: false }]);
  });

  it('hides a withdrawn experience from staff altogether, and shows the person it is no longer in use', async () => {
    const { program, mentee, coordinator, menteeId } = await applied();
    const row = await addExperience(mentee.client, program.id, menteeId, 'Bereavement', { showToStaff: true });
    const withdrawn = await mentee.client.post(`/api/participants/${menteeId}/experiences/${row.id}/withdrawal`, {});
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ isConsented: false, choices: experienceChoices() });
    expect((await coordinator.client.get(`/api/participants/${menteeId}/experiences`)).body).toEqual([]);
    const again = await mentee.client.post(`/api/participants/${menteeId}/experiences/${row.id}/withdrawal`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('NO_CONSENT_TO_WITHDRAW');
  });

  it('keeps every version: a change is a new record on the consent text version, the old one remains', async () => {
    const { program, mentee, menteeId } = await applied();
    const row = await addExperience(mentee.client, program.id, menteeId, 'Young carer', { useForMatching: true });
    await mentee.client.post(`/api/participants/${menteeId}/experiences/${row.id}/consents`, {
      choices: experienceChoices({ showToMatch: true }),
      language: 'es',
    });
    const [own] = (await mentee.client.get(`/api/participants/${menteeId}/experiences`)).body;
    expect(own.choices).toEqual(experienceChoices({ showToMatch: true }));
    expect(own.history).toHaveLength(2);
    expect(own.history[0]).toMatchObject({
      choices: experienceChoices({ useForMatching: true }),
      language: 'en',
      textVersion: '2026-11',
      withdrawnAt: expect.any(String),
    });
    expect(own.history[1]).toMatchObject({ language: 'es', textVersion: '2026-11', withdrawnAt: null });
    expect(own.history[0].id).not.toBe(own.history[1].id);
  });

  it('never records "show to mentees choosing" for a mentee, but does for a mentor', async () => {
    const { program, mentee, mentor, menteeId, mentorId } = await applied();
    const all = { useForMatching: true, showToMatch: true, showToMenteesChoosing: true, showToStaff: true };
    await addExperience(mentee.client, program.id, menteeId, 'Faith', all);
    await addExperience(mentor.client, program.id, mentorId, 'Faith', all);
    const [menteeOwn] = (await mentee.client.get(`/api/participants/${menteeId}/experiences`)).body;
    const [mentorOwn] = (await mentor.client.get(`/api/participants/${mentorId}/experiences`)).body;
    expect(menteeOwn.choices.showToMenteesChoosing).toBe(false);
    expect(mentorOwn.choices.showToMenteesChoosing).toBe(true);
  });

  it('audits staff reading a participant’s experiences, but not the person reading their own', async () => {
    const { admin, orgId, program, mentee, coordinator, menteeId } = await applied();
    await addExperience(mentee.client, program.id, menteeId, 'Disability', { showToStaff: true });
    const reads = async () =>
      ((await admin.get(`/api/organizations/${orgId}/audit-events?limit=200`)).body as { action: string }[]).filter(
        (e) => e.action === 'participant.experiences_read',
      );
    await mentee.client.get(`/api/participants/${menteeId}/experiences`);
    expect(await reads()).toHaveLength(0);
    await coordinator.client.get(`/api/participants/${menteeId}/experiences`);
    expect(await reads()).toHaveLength(1);
    expect(JSON.stringify(await reads())).not.toContain('Disability');
  });
});
