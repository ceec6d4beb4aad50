import { describe, expect, it } from 'vitest';
import { agreementVersionId, matchingProgram } from '../../../../test/support/matching-world.ts';
import { testAppPerTest } from '../../../../test/support/test-app.ts';

const t = testAppPerTest();

const FIRST_GEN = 'First-generation student';
const FOSTER = 'Foster care';

async function currentAgreementId(client: { get: (url: string) => Promise<any> }, programId: string) {
  const res = await client.get(`/api/programs/${programId}/agreement?language=en`);
  return res.body.id as string;
}

describe('mentee choice', () => {
  it('shows a ready mentee their best mentors, naming only experiences a mentor allowed mentees choosing to see', async () => {
    const w = await matchingProgram(t());
    const both = { useForMatching: true };
    await w.readyPerson('mentor', 'Ana Mentor', {
      experiences: [
        { label: FIRST_GEN, choices: { ...both, showToMenteesChoosing: true } },
        { label: FOSTER, choices: both },
      ],
    });
    await w.readyPerson('mentor', 'Ben Mentor', { application: { languages: ['es'] } });
    await w.readyPerson('mentor', 'Eve Mentor', { application: { interests: [] } });
    const cal = await w.readyPerson('mentee', 'Cal Mentee', {
      experiences: [
        { label: FIRST_GEN, choices: both },
        { label: FOSTER, choices: both },
      ],
    });
    const res = await cal.client.get(`/api/participants/${cal.participantId}/mentor-suggestions`);
    expect(res.status).toBe(200);
    // Ben speaks no language Cal speaks: not a possible mentor.
    expect(res.body.mentors.map((m: { name: string }) => m.name)).toEqual(['Ana Mentor', 'Eve Mentor']);
    const [ana] = res.body.mentors;
    expect(ana.reasons).toContainEqual({ code: 'shared-experience', detail: FIRST_GEN });
    expect(JSON.stringify(res.body)).not.toContain(FOSTER);
    expect(JSON.stringify(res.body)).not.toContain('private');

    const other = await w.readyPerson('mentee', 'Dee Mentee');
    const peek = await other.client.get(`/api/participants/${cal.participantId}/mentor-suggestions`);
    expect(peek.status).toBe(404);
  });

  it('lets the mentor accept a request, and holds a capacity of one against two requests at once', async () => {
    const w = await matchingProgram(t());
    const ana = await w.readyPerson('mentor', 'Ana Mentor');
    const cal = await w.readyPerson('mentee', 'Cal Mentee');
    const dee = await w.readyPerson('mentee', 'Dee Mentee');
    const agreementId = await currentAgreementId(cal.client, w.program.id);
    const ask = (who: typeof cal) =>
      who.client.post(`/api/participants/${who.participantId}/mentor-requests`, {
        mentorParticipantId: ana.participantId,
        agreementVersionId: agreementId,
      });
    const answers = await Promise.all([ask(cal), ask(dee)]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const refused = answers.find((a) => a.status === 409)!;
    expect(refused.body.error.code).toBe('MENTOR_FULL');
    const granted = answers.find((a) => a.status === 201)!;
    expect(granted.body).toMatchObject({ status: 'proposed', source: 'mentee_choice', waitingFor: ['mentor'] });

    const requests = (await w.admin.get(`/api/organizations/${w.orgId}/outbox`)).body.filter((m: { subject: string }) =>
      m.subject.includes('would like you as their mentor'),
    );
    expect(requests).toHaveLength(1);

    const accepted = await ana.client.post(`/api/matches/${granted.body.id}/acceptance`, {
      agreementVersionId: await agreementVersionId(ana.client, granted.body.id),
    });
    expect(accepted.body).toMatchObject({ status: 'active', myRole: 'mentor' });
  });

  it('lets the mentor decline with a reason the mentee is told, and then the mentee can ask someone else', async () => {
    const w = await matchingProgram(t());
    const ana = await w.readyPerson('mentor', 'Ana Mentor');
    const ben = await w.readyPerson('mentor', 'Ben Mentor');
    const cal = await w.readyPerson('mentee', 'Cal Mentee');
    const agreementId = await currentAgreementId(cal.client, w.program.id);
    const first = await cal.client.post(`/api/participants/${cal.participantId}/mentor-requests`, {
      mentorParticipantId: ana.participantId,
      agreementVersionId: agreementId,
    });
    const second = await cal.client.post(`/api/participants/${cal.participantId}/mentor-requests`, {
      mentorParticipantId: ben.participantId,
      agreementVersionId: agreementId,
    });
    expect(second.body.error.code).toBe('MATCH_ALREADY_OPEN');
    const empty = await ana.client.post(`/api/matches/${first.body.id}/decline`, { reason: '  ' });
    expect(empty.status).toBe(400);
    const declined = await ana.client.post(`/api/matches/${first.body.id}/decline`, {
      reason: 'I have exams all term',
    });
    expect(declined.body).toMatchObject({ status: 'declined', declineReason: 'I have exams all term' });
    const told = (await w.admin.get(`/api/organizations/${w.orgId}/outbox`)).body.find((m: { subject: string }) =>
      m.subject.includes('will not go ahead'),
    );
    expect(told.to).toBe(cal.email);

    const suggestions = await cal.client.get(`/api/participants/${cal.participantId}/mentor-suggestions`);
    expect(suggestions.body.mentors.map((m: { name: string }) => m.name)).toEqual(['Ben Mentor']);
    const again = await cal.client.post(`/api/participants/${cal.participantId}/mentor-requests`, {
      mentorParticipantId: ana.participantId,
      agreementVersionId: agreementId,
    });
    expect(again.body.error.code).toBe('NOT_A_SUGGESTION');
    const retry = await cal.client.post(`/api/participants/${cal.participantId}/mentor-requests`, {
      mentorParticipantId: ben.participantId,
      agreementVersionId: agreementId,
    });
    expect(retry.status).toBe(201);
  });
});

describe('re-match', () => {
  it('returns the mentee to ready when the review says so, and proposes again without the previous mentor', async () => {
    const w = await matchingProgram(t());
    const ana = await w.readyPerson('mentor', 'Ana Mentor', { application: { interests: ['chess'], capacity: 2 } });
    const ben = await w.readyPerson('mentor', 'Ben Mentor');
    const cal = await w.readyPerson('mentee', 'Cal Mentee', { application: { interests: ['chess'] } });
    const agreementId = await currentAgreementId(cal.client, w.program.id);
    const asked = await cal.client.post(`/api/participants/${cal.participantId}/mentor-requests`, {
      mentorParticipantId: ana.participantId,
      agreementVersionId: agreementId,
    });
    await ana.client.post(`/api/matches/${asked.body.id}/acceptance`, { agreementVersionId: agreementId });

    const byMentor = await ana.client.post(`/api/matches/${asked.body.id}/closure`, { reason: 'done', rematch: true });
    expect(byMentor.status).toBe(404);
    const closed = await w.coordinator.client.post(`/api/matches/${asked.body.id}/closure`, {
      reason: 'Ana moved away',
      rematch: true,
    });
    expect(closed.body).toMatchObject({ status: 'closed', rematch: true, closeReason: 'Ana moved away' });
    const status = async (id: string) => (await w.coordinator.client.get(`/api/participants/${id}`)).body.status;
    expect(await status(cal.participantId)).toBe('ready');
    expect(await status(ana.participantId)).toBe('ready');

    const rerun = await w.coordinator.client.post(`/api/programs/${w.program.id}/matching-runs`, {
      menteeIds: [cal.participantId],
    });
    expect(rerun.status).toBe(201);
    expect(rerun.body.pairs.map((p: { mentor: { participantId: string } }) => p.mentor.participantId)).toEqual([
      ben.participantId,
    ]);
    expect(rerun.body.limitedToMentees).toBe(true);

    const again = await w.coordinator.client.post(`/api/matches/${asked.body.id}/closure`, {
      reason: 'twice',
      rematch: false,
    });
    expect(again.body.error.code).toBe('MATCH_NOT_OPEN');
  });

  it("closes the mentee's participation when the review says no re-match", async () => {
    const w = await matchingProgram(t());
    const ana = await w.readyPerson('mentor', 'Ana Mentor');
    const cal = await w.readyPerson('mentee', 'Cal Mentee');
    const agreementId = await currentAgreementId(cal.client, w.program.id);
    const asked = await cal.client.post(`/api/participants/${cal.participantId}/mentor-requests`, {
      mentorParticipantId: ana.participantId,
      agreementVersionId: agreementId,
    });
    await ana.client.post(`/api/matches/${asked.body.id}/acceptance`, { agreementVersionId: agreementId });
    await w.coordinator.client.post(`/api/matches/${asked.body.id}/closure`, { reason: 'Goals met', rematch: false });
    const mentee = await w.coordinator.client.get(`/api/participants/${cal.participantId}`);
    expect(mentee.body.status).toBe('closed');
    const notReady = await w.coordinator.client.post(`/api/programs/${w.program.id}/matching-runs`, {
      menteeIds: [cal.participantId],
    });
    expect(notReady.body.error.code).toBe('NOT_ELIGIBLE');
  });
});
