import { describe, expect, it } from 'vitest';
import { applicationFor, applyAs, programWithPeople, setApplicationsOpen } from '../../../../test/support/factories.ts';
import { testAppPerTest } from '../../../../test/support/test-app.ts';

const t = testAppPerTest();

describe('applications', () => {
  it('keeps both forms closed until program staff open one, and shows the settings to program members', async () => {
    const { program, coordinator, mentor, mentee } = await programWithPeople(t());
    const before = await mentee.client.get(`/api/programs/${program.id}/participation`);
    expect(before.body).toEqual({
      programId: program.id,
      mentorApplicationsOpen: false,
      menteeApplicationsOpen: false,
      guardianConsentAge: 13,
    });
    const closed = await mentee.client.post(`/api/programs/${program.id}/applications`, applicationFor('mentee'));
    expect(closed.status).toBe(409);
    expect(closed.body.error).toMatchObject({ code: 'APPLICATIONS_CLOSED', details: { role: 'mentee' } });

    const opened = await coordinator.client.patch(`/api/programs/${program.id}/participation`, {
      menteeApplicationsOpen: true,
      guardianConsentAge: 16,
    });
    expect(opened.status).toBe(200);
    const after = await mentor.client.get(`/api/programs/${program.id}/participation`);
    expect(after.body).toMatchObject({
      menteeApplicationsOpen: true,
      mentorApplicationsOpen: false,
      guardianConsentAge: 16,
    });

    const applied = await mentee.client.post(`/api/programs/${program.id}/applications`, applicationFor('mentee'));
    expect(applied.status).toBe(201);
    expect(applied.body).toMatchObject({ role: 'mentee', status: 'applied', heldStatus: null, userId: mentee.userId });
    const mentorStillClosed = await mentor.client.post(
      `/api/programs/${program.id}/applications`,
      applicationFor('mentor'),
    );
    expect(mentorStillClosed.body.error.code).toBe('APPLICATIONS_CLOSED');
  });

  it('lets only program staff change the settings, and keeps the consent age between 5 and 25', async () => {
    const { admin, program, coordinator, mentee } = await programWithPeople(t());
    const byMentee = await mentee.client.patch(`/api/programs/${program.id}/participation`, {
      menteeApplicationsOpen: true,
    });
    expect(byMentee.status).toBe(403);
    for (const guardianConsentAge of [4, 26]) {
      const res = await coordinator.client.patch(`/api/programs/${program.id}/participation`, { guardianConsentAge });
      expect(res.status).toBe(400);
    }
    const byAdmin = await admin.patch(`/api/programs/${program.id}/participation`, { guardianConsentAge: 25 });
    expect(byAdmin.body.guardianConsentAge).toBe(25);
  });

  it('creates the applicant in "applied" with a first timeline entry, and lists it among their participations', async () => {
    const { program, coordinator, mentor } = await programWithPeople(t());
    await setApplicationsOpen(coordinator.client, program.id);
    const created = await applyAs(mentor.client, program.id, 'mentor', { capacity: 3, birthDate: '1990-04-02' });

    const page = await mentor.client.get(`/api/participants/${created.id}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({
      role: 'mentor',
      status: 'applied',
      capacity: 3,
      birthDate: '1990-04-02',
      strengths: ['patience'],
      goals: [],
      name: 'Maya Mentor',
      nextStatuses: ['screening', 'paused', 'awaiting_guardian', 'withdrawn'],
    });
    expect(page.body.timeline).toEqual([
      expect.objectContaining({ from: null, to: 'applied', by: { userId: mentor.userId, name: 'Maya Mentor' } }),
    ]);
    const mine = await mentor.client.get('/api/me/participations');
    expect(mine.body).toEqual([expect.objectContaining({ id: created.id, programName: 'Year 9 Peer Mentoring' })]);
  });

  it('refuses a second application for the same role', async () => {
    const { program, coordinator, mentee } = await programWithPeople(t());
    await setApplicationsOpen(coordinator.client, program.id);
    await applyAs(mentee.client, program.id, 'mentee');
    const again = await mentee.client.post(`/api/programs/${program.id}/applications`, applicationFor('mentee'));
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ALREADY_APPLIED');
    expect((await mentee.client.get('/api/me/participations')).body).toHaveLength(1);
  });

  it('refuses an application for a role the person was not invited as', async () => {
    const { program, coordinator, mentee } = await programWithPeople(t());
    await setApplicationsOpen(coordinator.client, program.id);
    const res = await mentee.client.post(`/api/programs/${program.id}/applications`, applicationFor('mentor'));
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
  });

  it('names the field of a bad application: time zone, capacity, availability', async () => {
    const { program, coordinator, mentor } = await programWithPeople(t());
    await setApplicationsOpen(coordinator.client, program.id);
    const bad = [
      { timeZone: 'Mars/Olympus' },
      { capacity: 11 },
      { availability: [{ day: 'mon', start: '17:00', end: '16:00' }] },
    ];
    for (const overrides of bad) {
      const res = await mentor.client.post(
        `/api/programs/${program.id}/applications`,
        applicationFor('mentor', overrides),
      );
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('lets a coordinator enrol a mentee of the program with the forms closed, and refuses someone without the role', async () => {
    const { program, coordinator, mentor, mentee } = await programWithPeople(t());
    const enrolled = await coordinator.client.post(`/api/programs/${program.id}/participants`, {
      ...applicationFor('mentee'),
      userId: mentee.userId,
    });
    expect(enrolled.status).toBe(201);
    expect(enrolled.body).toMatchObject({ status: 'applied', userId: mentee.userId });
    const timeline = await mentee.client.get(`/api/participants/${enrolled.body.id}/timeline`);
    expect(timeline.body).toEqual([
      expect.objectContaining({ to: 'applied', by: { userId: coordinator.userId, name: 'Cora Coordinator' } }),
    ]);

    const wrongRole = await coordinator.client.post(`/api/programs/${program.id}/participants`, {
      ...applicationFor('mentor'),
      userId: mentee.userId,
    });
    expect(wrongRole.status).toBe(409);
    expect(wrongRole.body.error.code).toBe('ROLE_NOT_HELD');
    const byMentor = await mentor.client.post(`/api/programs/${program.id}/participants`, {
      ...applicationFor('mentor'),
      userId: mentor.userId,
    });
    expect(byMentor.status).toBe(403);
  });
});
