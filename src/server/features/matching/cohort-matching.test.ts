import { describe, expect, it } from 'vitest';
import { agreementVersionId, matchingProgram } from '../../../../test/support/matching-world.ts';
import { testAppPerTest } from '../../../../test/support/test-app.ts';

const t = testAppPerTest();

const FIRST_GEN = 'First-generation student';
const MOVED = 'Moved countries';
const everything = { useForMatching: true, showToMatch: true, showToStaff: true, showToMenteesChoosing: true };

async function runMatching(
  client: { post: (url: string, body: unknown) => Promise<any> },
  programId: string,
  body = {},
) {
  const res = await client.post(`/api/programs/${programId}/matching-runs`, body);
  if (res.status !== 201) throw new Error(`run: ${res.status} ${res.text}`);
  return res.body;
}

describe('cohort matching', () => {
  it('proposes the best pairs with reasons, naming an experience to staff only where both people allowed it', async () => {
    const w = await matchingProgram(t());
    const ana = await w.readyPerson('mentor', 'Ana Mentor', {
      experiences: [
        { label: FIRST_GEN, choices: everything },
        { label: MOVED, choices: { useForMatching: true, showToStaff: false } },
      ],
    });
    const ben = await w.readyPerson('mentor', 'Ben Mentor', { application: { interests: ['chess'] } });
    const cal = await w.readyPerson('mentee', 'Cal Mentee', {
      experiences: [
        { label: FIRST_GEN, choices: everything },
        { label: MOVED, choices: everything },
      ],
    });
    const dee = await w.readyPerson('mentee', 'Dee Mentee', { application: { interests: ['chess'] } });

    const run = await runMatching(w.coordinator.client, w.program.id);
    const pairs = Object.fromEntries(run.pairs.map((p: any) => [p.mentee.name, p]));
    expect(pairs['Cal Mentee'].mentor).toEqual({ participantId: ana.participantId, name: 'Ana Mentor' });
    expect(pairs['Dee Mentee'].mentor).toEqual({ participantId: ben.participantId, name: 'Ben Mentor' });
    const calReasons = pairs['Cal Mentee'].reasons;
    expect(calReasons).toContainEqual({ code: 'shared-experience', detail: FIRST_GEN });
    // Ana uses "moved countries" for matching but did not let staff see it.
    expect(calReasons).toContainEqual({ code: 'shared-experience', detail: 'private' });
    expect(JSON.stringify(run)).not.toContain(MOVED);
    expect(pairs['Dee Mentee'].reasons).toContainEqual({ code: 'shared-interest', detail: 'chess' });
    expect(run.figures).toMatchObject({ mentees: 2, mentors: 2, matched: 2, sharingExperience: 0.5 });
    expect(run.unmatched).toEqual([]);
    expect(run.settings.referenceWeek).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(cal.participantId).toBe(pairs['Cal Mentee'].mentee.participantId);
    expect(dee.participantId).toBe(pairs['Dee Mentee'].mentee.participantId);

    const listed = await w.coordinator.client.get(`/api/programs/${w.program.id}/matching-runs`);
    expect(listed.body).toHaveLength(1);
    expect(listed.body[0]).toMatchObject({ id: run.id, approvedAt: null, figures: run.figures });
    const audit = await w.admin.get(`/api/organizations/${w.orgId}/audit-events`);
    expect(audit.body.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['matching.run', 'matching.run_viewed']),
    );
  });

  it('keeps a pinned pair, never proposes a forbidden one, compares with the run before and refuses an impossible pin', async () => {
    const w = await matchingProgram(t());
    const ana = await w.readyPerson('mentor', 'Ana Mentor', { application: { interests: ['chess'] } });
    const ben = await w.readyPerson('mentor', 'Ben Mentor');
    const cal = await w.readyPerson('mentee', 'Cal Mentee', { application: { interests: ['chess'] } });
    const dee = await w.readyPerson('mentee', 'Dee Mentee', { application: { languages: ['es'] } });

    const first = await runMatching(w.coordinator.client, w.program.id);
    expect(first.pairs.map((p: any) => [p.mentee.name, p.mentor.name])).toEqual([['Cal Mentee', 'Ana Mentor']]);
    expect(first.unmatched).toEqual([
      {
        mentee: { participantId: dee.participantId, name: 'Dee Mentee' },
        reason: 'no-possible-mentor',
        ruledOutBy: { language: 2 },
      },
    ]);

    const pin = { menteeId: cal.participantId, mentorId: ben.participantId };
    const second = await runMatching(w.coordinator.client, w.program.id, { pins: [pin] });
    expect(second.pairs).toEqual([
      expect.objectContaining({ mentor: expect.objectContaining({ name: 'Ben Mentor' }), pinned: true }),
    ]);
    expect(second.previousRunId).toBe(first.id);
    expect(second.pins).toEqual([pin]);

    const forbid = { menteeId: cal.participantId, mentorId: ana.participantId };
    const third = await runMatching(w.coordinator.client, w.program.id, { forbids: [forbid] });
    expect(third.pairs.map((p: any) => p.mentor.name)).toEqual(['Ben Mentor']);

    const impossible = await w.coordinator.client.post(`/api/programs/${w.program.id}/matching-runs`, {
      pins: [{ menteeId: dee.participantId, mentorId: ana.participantId }],
    });
    expect(impossible.status).toBe(409);
    expect(impossible.body.error).toMatchObject({
      code: 'PIN_NOT_POSSIBLE',
      details: { pin: 0, ruledOutBy: ['language'] },
    });
    expect(impossible.body.error.message).toContain('Dee Mentee with Ana Mentor');
  });

  it('streams progress and the run as JSON lines', async () => {
    const w = await matchingProgram(t());
    await w.readyPerson('mentor', 'Ana Mentor');
    await w.readyPerson('mentee', 'Cal Mentee');
    const res = await w.coordinator.client.post(
      `/api/programs/${w.program.id}/matching-runs`,
      {},
      { accept: 'application/x-ndjson' },
    );
    expect(res.headers['content-type']).toContain('application/x-ndjson');
    const events = res.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(events.map((e) => e.stage ?? e.type)).toEqual(
      expect.arrayContaining(['reading', 'scoring', 'solving', 'result']),
    );
    expect(events.at(-1).run.figures.matched).toBe(1);
  });

  it('approves a proposal into proposed matches that start when both accept with the agreement', async () => {
    const w = await matchingProgram(t());
    const ana = await w.readyPerson('mentor', 'Ana Mentor', {
      experiences: [{ label: FIRST_GEN, choices: { useForMatching: true, showToMatch: true } }],
    });
    const cal = await w.readyPerson('mentee', 'Cal Mentee', {
      experiences: [{ label: FIRST_GEN, choices: { useForMatching: true, showToMatch: true } }],
    });
    const run = await runMatching(w.coordinator.client, w.program.id);
    expect(run.pairs[0].reasons).toContainEqual({ code: 'shared-experience', detail: 'private' });

    const approved = await w.coordinator.client.post(`/api/matching-runs/${run.id}/approval`);
    expect(approved.status).toBe(200);
    const [match] = approved.body.matches;
    expect(match).toMatchObject({ status: 'proposed', source: 'cohort', waitingFor: ['mentor', 'mentee'] });
    const again = await w.coordinator.client.post(`/api/matching-runs/${run.id}/approval`);
    expect(again.body.error.code).toBe('RUN_ALREADY_APPROVED');
    const outbox = await w.admin.get(`/api/organizations/${w.orgId}/outbox`);
    const proposedMail = outbox.body.filter((m: { subject: string }) => m.subject.startsWith('A match is proposed'));
    expect(proposedMail.map((m: { to: string }) => m.to).sort()).toEqual([ana.email, cal.email].sort());

    // The pair sees what they share, named because both allowed their match to see it.
    const mine = await cal.client.get('/api/me/matches');
    expect(mine.body).toHaveLength(1);
    expect(mine.body[0]).toMatchObject({ id: match.id, myRole: 'mentee', mentor: { name: 'Ana Mentor' } });
    expect(mine.body[0].shared).toContainEqual({ code: 'shared-experience', detail: FIRST_GEN });

    const stale = await cal.client.post(`/api/matches/${match.id}/acceptance`, { agreementVersionId: match.id });
    expect(stale.body.error.code).toBe('AGREEMENT_VERSION_OUTDATED');
    const versionId = await agreementVersionId(cal.client, match.id);
    const first = await cal.client.post(`/api/matches/${match.id}/acceptance`, { agreementVersionId: versionId });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'proposed', waitingFor: ['mentor'] });
    expect(first.body.menteeAgreementAcknowledgedAt).not.toBeNull();

    const byCoordinator = await w.coordinator.client.post(`/api/matches/${match.id}/acceptance`, {
      agreementVersionId: versionId,
    });
    expect(byCoordinator.status).toBe(404);

    const second = await ana.client.post(`/api/matches/${match.id}/acceptance`, { agreementVersionId: versionId });
    expect(second.body).toMatchObject({ status: 'active', waitingFor: [] });
    expect(second.body.startedAt).not.toBeNull();
    expect(second.body.mentorAgreementAcknowledgedAt).not.toBeNull();
    for (const person of [ana, cal]) {
      const participant = await w.coordinator.client.get(`/api/participants/${person.participantId}`);
      expect(participant.body.status ?? participant.body.participant?.status).toBe('active');
    }
    const started = (await w.admin.get(`/api/organizations/${w.orgId}/outbox`)).body.filter((m: { subject: string }) =>
      m.subject.startsWith('Your match with'),
    );
    expect(started).toHaveLength(2);
  });

  it('refuses to approve a proposal overtaken by events, writing nothing', async () => {
    const w = await matchingProgram(t());
    await w.readyPerson('mentor', 'Ana Mentor');
    const cal = await w.readyPerson('mentee', 'Cal Mentee');
    const run = await runMatching(w.coordinator.client, w.program.id);
    await w.coordinator.client.post(`/api/participants/${cal.participantId}/transitions`, { to: 'paused' });
    const res = await w.coordinator.client.post(`/api/matching-runs/${run.id}/approval`);
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'RUN_OUTDATED', details: { participants: [cal.participantId] } });
    const matches = await w.coordinator.client.get(`/api/programs/${w.program.id}/matches`);
    expect(matches.body).toEqual([]);
  });

  it('refuses to approve a pair declined since the run', async () => {
    const w = await matchingProgram(t());
    const ana = await w.readyPerson('mentor', 'Ana Mentor');
    const cal = await w.readyPerson('mentee', 'Cal Mentee');
    const run = await runMatching(w.coordinator.client, w.program.id);
    const agreement = await cal.client.get(`/api/programs/${w.program.id}/agreement?language=en`);
    const asked = await cal.client.post(`/api/participants/${cal.participantId}/mentor-requests`, {
      mentorParticipantId: ana.participantId,
      agreementVersionId: agreement.body.id,
    });
    await ana.client.post(`/api/matches/${asked.body.id}/decline`, { reason: 'Not the right time' });
    const res = await w.coordinator.client.post(`/api/matching-runs/${run.id}/approval`);
    expect(res.body.error.code).toBe('RUN_OUTDATED');
    expect(res.body.error.details.participants.sort()).toEqual([ana.participantId, cal.participantId].sort());
  });

  it('keeps matching to program staff', async () => {
    const w = await matchingProgram(t());
    const ana = await w.readyPerson('mentor', 'Ana Mentor');
    await w.readyPerson('mentee', 'Cal Mentee');
    const byMentor = await ana.client.post(`/api/programs/${w.program.id}/matching-runs`, {});
    expect(byMentor.status).toBe(403);
    const run = await runMatching(w.coordinator.client, w.program.id);
    const peek = await ana.client.get(`/api/matching-runs/${run.id}`);
    expect(peek.status).toBe(404);
    expect((await ana.client.get(`/api/programs/${w.program.id}/matching-settings`)).status).toBe(403);
  });
});

describe('matching settings', () => {
  it("starts from MATCHING.md's defaults and keeps a coordinator's changes", async () => {
    const w = await matchingProgram(t());
    const url = `/api/programs/${w.program.id}/matching-settings`;
    const defaults = await w.coordinator.client.get(url);
    expect(defaults.body).toEqual({
      weights: { experiences: 0.5, goals: 0.2, interests: 0.1, availability: 0.15, language: 0.05 },
      minOverlapMinutes: 60,
      requireSharedLanguage: true,
      ageGap: { min: 1, max: 10 },
      objective: 'most-matched-then-score',
    });
    const changed = { ...defaults.body, minOverlapMinutes: 30, ageGap: null, objective: 'max-score' };
    expect((await w.coordinator.client.put(url, changed)).body).toEqual(changed);
    expect((await w.coordinator.client.get(url)).body).toEqual(changed);
    const zero = { ...changed, weights: { experiences: 0, goals: 0, interests: 0, availability: 0, language: 0 } };
    const refused = await w.coordinator.client.put(url, zero);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'weights' } });
    expect((await w.coordinator.client.get(url)).body).toEqual(changed);
  });
});
