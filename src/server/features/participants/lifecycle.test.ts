import { describe, expect, it } from 'vitest';
import {
  acknowledgeAgreement,
  applyAs,
  meetReadyRequirements,
  moveThrough,
  passRequiredTraining,
  personNamed,
  programWithPeople,
  setApplicationsOpen,
} from '../../../../test/support/factories.ts';
import { testAppPerTest } from '../../../../test/support/test-app.ts';
import type { TestClient } from '../../../../test/support/test-client.ts';

const t = testAppPerTest();

/** A program with open forms, and a mentor and a mentee who have applied. */
async function applicants() {
  const people = await programWithPeople(t());
  await setApplicationsOpen(people.coordinator.client, people.program.id);
  const mentor = await applyAs(people.mentor.client, people.program.id, 'mentor');
  const mentee = await applyAs(people.mentee.client, people.program.id, 'mentee');
  return { ...people, mentorId: mentor.id, menteeId: mentee.id };
}

const move = (staff: TestClient, participantId: string, to: string, reason?: string) =>
  staff.post(`/api/participants/${participantId}/transitions`, reason ? { to, reason } : { to });

describe('the participant lifecycle', () => {
  it('moves a mentor through screening, training, ready, active, back to ready, and closed', async () => {
    const { program, coordinator, mentor, mentorId } = await applicants();
    await meetReadyRequirements(coordinator.client, mentor.client, program.id, mentorId);
    for (const to of ['screening', 'training', 'ready', 'active', 'ready', 'active', 'closed']) {
      const res = await move(coordinator.client, mentorId, to);
      expect(res.status, `to ${to}: ${res.text}`).toBe(200);
      expect(res.body.status).toBe(to);
    }
    const after = await move(coordinator.client, mentorId, 'ready');
    expect(after.status).toBe(409);
    expect(after.body.error).toMatchObject({ code: 'INVALID_TRANSITION', details: { from: 'closed', allowed: [] } });
  });

  it('moves a mentee from applied straight to training, then ready, and closes from ready', async () => {
    const { program, coordinator, mentee, menteeId } = await applicants();
    await meetReadyRequirements(coordinator.client, mentee.client, program.id, menteeId);
    await moveThrough(coordinator.client, menteeId, ['training', 'ready']);
    const closed = await move(coordinator.client, menteeId, 'closed', 'moved school');
    expect(closed.body).toMatchObject({ status: 'closed', nextStatuses: [] });
  });

  it('refuses a move the lifecycle does not allow, naming from, to and what is allowed', async () => {
    const { coordinator, mentorId, menteeId } = await applicants();
    const screeningAMentee = await move(coordinator.client, menteeId, 'screening');
    expect(screeningAMentee.status).toBe(409);
    expect(screeningAMentee.body.error).toEqual({
      code: 'INVALID_TRANSITION',
      message: expect.stringContaining('applied'),
      details: { from: 'applied', to: 'screening', allowed: ['training', 'paused', 'awaiting_guardian', 'withdrawn'] },
    });
    const skipScreening = await move(coordinator.client, mentorId, 'training');
    expect(skipScreening.body.error.details).toMatchObject({ from: 'applied', to: 'training' });
    const page = await coordinator.client.get(`/api/participants/${mentorId}`);
    expect(page.body.status).toBe('applied');
    expect(page.body.timeline).toHaveLength(1);
  });

  it('refuses ready until required training is passed and the current agreement acknowledged, naming what is missing', async () => {
    const { program, coordinator, mentee, menteeId } = await applicants();
    await moveThrough(coordinator.client, menteeId, ['training']);
    const neither = await move(coordinator.client, menteeId, 'ready');
    expect(neither.status).toBe(409);
    expect(neither.body.error).toMatchObject({
      code: 'READY_REQUIREMENTS_UNMET',
      details: { unmet: ['training', 'agreement'] },
    });
    await passRequiredTraining(coordinator.client, mentee.client, program.id, menteeId);
    const noAgreement = await move(coordinator.client, menteeId, 'ready');
    expect(noAgreement.body.error.details).toEqual({ unmet: ['agreement'] });
    await acknowledgeAgreement(mentee.client, program.id, menteeId);
    expect((await move(coordinator.client, menteeId, 'ready')).body.status).toBe('ready');
    await move(coordinator.client, menteeId, 'active');

    // A new version of the agreement asks again before the next return to ready.
    const published = await coordinator.client.post(`/api/programs/${program.id}/agreement/versions`, {
      texts: { en: 'What is said in a mentoring conversation stays private, unless someone may be at risk of harm.' },
    });
    expect(published.status).toBe(201);
    const again = await move(coordinator.client, menteeId, 'ready');
    expect(again.body.error).toMatchObject({ code: 'READY_REQUIREMENTS_UNMET', details: { unmet: ['agreement'] } });
    const timeline = (await coordinator.client.get(`/api/participants/${menteeId}/timeline`)).body;
    expect(timeline.map((e: { to: string }) => e.to)).toEqual(['applied', 'training', 'ready', 'active']);
  });

  it('lets anyone not yet closed withdraw, and nothing follows a withdrawal', async () => {
    const { coordinator, mentorId, menteeId } = await applicants();
    expect((await move(coordinator.client, menteeId, 'withdrawn')).body.status).toBe('withdrawn');
    await moveThrough(coordinator.client, mentorId, ['screening', 'paused', 'withdrawn']);
    for (const to of ['applied', 'resume', 'paused']) {
      const res = await move(coordinator.client, menteeId, to);
      expect(res.body.error).toMatchObject({ code: 'INVALID_TRANSITION', details: { from: 'withdrawn', allowed: [] } });
    }
  });

  it('pauses a participant, remembers where they were, and resumes them there', async () => {
    const { coordinator, menteeId } = await applicants();
    await moveThrough(coordinator.client, menteeId, ['training']);
    const paused = await move(coordinator.client, menteeId, 'paused', 'exams');
    expect(paused.body).toMatchObject({
      status: 'paused',
      heldStatus: 'training',
      nextStatuses: ['training', 'awaiting_guardian', 'withdrawn'],
    });
    const forward = await move(coordinator.client, menteeId, 'ready');
    expect(forward.body.error.code).toBe('INVALID_TRANSITION');
    const resumed = await move(coordinator.client, menteeId, 'resume');
    expect(resumed.body).toMatchObject({ status: 'training', heldStatus: null });
    const notHeld = await move(coordinator.client, menteeId, 'resume');
    expect(notHeld.body.error).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { from: 'training', to: 'resume' },
    });
  });

  it('holds a participant for a guardian, keeps the first held status across holds, and lifts it by naming that status', async () => {
    const { coordinator, menteeId } = await applicants();
    const held = await move(coordinator.client, menteeId, 'awaiting_guardian');
    expect(held.body).toMatchObject({ status: 'awaiting_guardian', heldStatus: 'applied' });
    const paused = await move(coordinator.client, menteeId, 'paused');
    expect(paused.body).toMatchObject({ status: 'paused', heldStatus: 'applied' });
    await move(coordinator.client, menteeId, 'awaiting_guardian');
    const lifted = await move(coordinator.client, menteeId, 'applied', 'guardian consented on paper');
    expect(lifted.body).toMatchObject({ status: 'applied', heldStatus: null });
    const timeline = (await coordinator.client.get(`/api/participants/${menteeId}/timeline`)).body;
    expect(timeline.map((e: { from: string | null; to: string }) => [e.from, e.to])).toEqual([
      [null, 'applied'],
      ['applied', 'awaiting_guardian'],
      ['awaiting_guardian', 'paused'],
      ['paused', 'awaiting_guardian'],
      ['awaiting_guardian', 'applied'],
    ]);
  });

  it('records who moved the participant, when and why, in the timeline and the audit log', async () => {
    const { admin, orgId, coordinator, mentee, menteeId } = await applicants();
    await move(coordinator.client, menteeId, 'training', 'references checked');
    await move(admin, menteeId, 'paused');
    const timeline = (await mentee.client.get(`/api/participants/${menteeId}/timeline`)).body;
    expect(timeline).toHaveLength(3);
    expect(timeline[1]).toEqual({
      id: expect.any(String),
      from: 'applied',
      to: 'training',
      by: { userId: coordinator.userId, name: 'Cora Coordinator' },
      reason: 'references checked',
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect(timeline[2]).toMatchObject({ from: 'training', to: 'paused', by: { name: 'Ada Admin' }, reason: null });
    const events = (await admin.get(`/api/organizations/${orgId}/audit-events`)).body as { action: string }[];
    expect(events.filter((e) => e.action === 'participant.status_changed')).toHaveLength(2);
  });

  it('serialises staff moving the same participant at once: one wins, the timeline stays consistent', async () => {
    const { admin, coordinator, menteeId } = await applicants();
    // Several at once, so that without the row lock their reads would overlap and all would win.
    const staff = [coordinator.client, admin, coordinator.client, admin, coordinator.client, admin];
    const answers = await Promise.all(staff.map((client) => move(client, menteeId, 'training')));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    for (const refused of answers.filter((a) => a.status === 409)) {
      expect(refused.body.error.details).toMatchObject({ from: 'training', to: 'training' });
    }
    const timeline = (await coordinator.client.get(`/api/participants/${menteeId}/timeline`)).body;
    expect(timeline.map((e: { to: string }) => e.to)).toEqual(['applied', 'training']);
  });

  it('lets only program staff move participants; others, a coordinator of another program included, find nothing', async () => {
    const { admin, orgId, program, mentor, mentee, menteeId } = await applicants();
    const sibling = await admin.post(`/api/organizations/${orgId}/programs`, {
      name: 'Year 10',
      slug: 'year-10',
      startsOn: '2026-09-01',
      endsOn: '2027-07-15',
      cadence: { frequency: 'weekly', minutes: 45 },
    });
    const otherCoordinator = await personNamed(t(), admin, orgId, {
      role: 'coordinator',
      programId: sibling.body.id,
      email: 'otto@hill.example',
      name: 'Otto Other',
    });
    for (const client of [otherCoordinator.client, mentor.client, mentee.client]) {
      const res = await move(client, menteeId, 'training');
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('PARTICIPANT_NOT_FOUND');
    }
    expect((await otherCoordinator.client.get(`/api/participants/${menteeId}`)).status).toBe(404);
    expect((await otherCoordinator.client.get(`/api/participants/${menteeId}/timeline`)).status).toBe(404);
    expect((await mentor.client.get(`/api/participants/${menteeId}`)).status).toBe(404);
    const list = await otherCoordinator.client.get(`/api/programs/${program.id}/participants`);
    expect(list.status).toBe(403);
    expect(list.text).not.toContain(menteeId);
  });
});
