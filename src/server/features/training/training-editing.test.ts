import { describe, expect, it } from 'vitest';
import {
  acknowledgeAgreement,
  applyAs,
  moveThrough,
  programWithPeople,
  setApplicationsOpen,
} from '../../../../test/support/factories.ts';
import { testAppPerTest } from '../../../../test/support/test-app.ts';
import type { TestClient } from '../../../../test/support/test-client.ts';

const t = testAppPerTest();

const ownModule = {
  slug: 'our-safeguarding-policy',
  title: 'Our safeguarding policy',
  summary: 'Who our safeguarding lead is and how to reach them.',
  body: '# Our safeguarding policy\n\nOur safeguarding lead is Sam. Call the office to reach them.',
  passMark: 100,
  questions: [
    {
      id: 'q1',
      prompt: 'Who do you tell about a worry for someone’s safety?',
      options: [
        { id: 'a', text: 'The safeguarding lead', explanation: 'Right: the same day.' },
        { id: 'b', text: 'Nobody', explanation: 'A concern must be passed on.' },
      ],
      correct: 'a',
    },
  ],
};

async function passModule(staff: TestClient, participant: TestClient, participantId: string, moduleId: string) {
  const full = await staff.get(`/api/training-modules/${moduleId}`);
  const answers = Object.fromEntries(
    (full.body.questions as { id: string; correct: string }[]).map((q) => [q.id, q.correct]),
  );
  const res = await participant.post(`/api/participants/${participantId}/training/${moduleId}/attempts`, { answers });
  expect(res.body.hasPassed).toBe(true);
}

describe('editing training', () => {
  it('lets program staff change a module and add their own after the shipped ones, and refuses mentors', async () => {
    const { program, coordinator, mentor } = await programWithPeople(t());
    const list = await coordinator.client.get(`/api/programs/${program.id}/training-modules`);
    const first = list.body[0].id as string;

    const changed = await coordinator.client.patch(`/api/training-modules/${first}`, {
      title: 'Listening well',
      passMark: 60,
      isRequired: false,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ title: 'Listening well', passMark: 60, isRequired: false, position: 1 });
    expect(changed.body.body).toContain('# Active listening');

    const byMentor = await mentor.client.patch(`/api/training-modules/${first}`, { passMark: 0 });
    expect(byMentor.status).toBe(403);
    expect((await mentor.client.post(`/api/programs/${program.id}/training-modules`, ownModule)).status).toBe(403);

    const added = await coordinator.client.post(`/api/programs/${program.id}/training-modules`, ownModule);
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ slug: ownModule.slug, position: 6, isRequired: true, questionCount: 1 });
    const again = await coordinator.client.post(`/api/programs/${program.id}/training-modules`, ownModule);
    expect(again.body.error.code).toBe('SLUG_TAKEN');
  });

  it('refuses a quiz whose correct answer is not one of its options', async () => {
    const { program, coordinator } = await programWithPeople(t());
    const [question] = ownModule.questions;
    const broken = { ...ownModule, questions: [{ ...question, correct: 'z' }] };
    const res = await coordinator.client.post(`/api/programs/${program.id}/training-modules`, broken);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });
});

describe('the training gate before ready', () => {
  it('holds a participant back from ready until every required module is passed, and optional ones do not count', async () => {
    const { program, coordinator, mentee } = await programWithPeople(t());
    await setApplicationsOpen(coordinator.client, program.id);
    const { id: menteeId } = await applyAs(mentee.client, program.id, 'mentee');
    await moveThrough(coordinator.client, menteeId, ['training']);
    await acknowledgeAgreement(mentee.client, program.id, menteeId);

    const modules = (await coordinator.client.get(`/api/programs/${program.id}/training-modules`)).body as {
      id: string;
    }[];
    const [kept, ...madeOptional] = modules;
    if (!kept) throw new Error('no modules');
    for (const m of madeOptional) {
      await coordinator.client.patch(`/api/training-modules/${m.id}`, { isRequired: false });
    }

    const early = await coordinator.client.post(`/api/participants/${menteeId}/transitions`, { to: 'ready' });
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({ code: 'READY_REQUIREMENTS_UNMET', details: { unmet: ['training'] } });

    await passModule(coordinator.client, mentee.client, menteeId, kept.id);
    const progress = await mentee.client.get(`/api/participants/${menteeId}/training`);
    expect(progress.body.hasPassedRequired).toBe(true);
    const ready = await coordinator.client.post(`/api/participants/${menteeId}/transitions`, { to: 'ready' });
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe('ready');
  });
});
