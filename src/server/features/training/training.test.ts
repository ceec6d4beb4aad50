import { describe, expect, it } from 'vitest';
import {
  applyAs,
  createProgram,
  personNamed,
  programWithPeople,
  setApplicationsOpen,
} from '../../../../test/support/factories.ts';
import { testAppPerTest } from '../../../../test/support/test-app.ts';
import type { TestClient } from '../../../../test/support/test-client.ts';

const t = testAppPerTest();

interface Question {
  id: string;
  prompt: string;
  correct: string;
  options: { id: string; text: string; explanation: string }[];
}

/** A program with open forms and a mentee who has applied. */
async function menteeApplicant() {
  const people = await programWithPeople(t());
  await setApplicationsOpen(people.coordinator.client, people.program.id);
  const mentee = await applyAs(people.mentee.client, people.program.id, 'mentee');
  return { ...people, menteeId: mentee.id };
}

/** A module as staff see it, answer key included. */
async function moduleWithKey(staff: TestClient, programId: string, slug: string) {
  const list = await staff.get(`/api/programs/${programId}/training-modules`);
  const summary = (list.body as { id: string; slug: string }[]).find((m) => m.slug === slug);
  const full = await staff.get(`/api/training-modules/${summary?.id}`);
  return full.body as { id: string; passMark: number; questions: Question[] };
}

const wrongOption = (q: Question) => q.options.find((o) => o.id !== q.correct)?.id ?? '';

describe('training modules', () => {
  it('gives every new program the five shipped modules, required, in order, each long enough with a real quiz', async () => {
    const { admin, orgId } = await programWithPeople(t());
    const program = await createProgram(admin, orgId, { slug: 'second', name: 'Second program' });
    const list = await admin.get(`/api/programs/${program.id}/training-modules`);
    expect(list.status).toBe(200);
    expect(list.body.map((m: { slug: string; position: number }) => [m.position, m.slug])).toEqual([
      [1, 'active-listening'],
      [2, 'confidentiality-and-its-limits'],
      [3, 'keeping-commitments'],
      [4, 'giving-and-receiving-feedback'],
      [5, 'sharing-your-story'],
    ]);
    for (const summary of list.body as { id: string; isRequired: boolean }[]) {
      expect(summary.isRequired).toBe(true);
      const full = await admin.get(`/api/training-modules/${summary.id}`);
      expect(full.body.body.split(/\s+/).filter(Boolean).length).toBeGreaterThanOrEqual(600);
      expect(full.body.questions.length).toBeGreaterThanOrEqual(5);
      for (const q of full.body.questions as Question[]) {
        expect(q.options.map((o) => o.id)).toContain(q.correct);
        for (const o of q.options) expect(o.explanation.length).toBeGreaterThan(10);
      }
    }
  });

  it('shows participants the quiz without its answer key, and staff with it', async () => {
    const { program, coordinator, mentee } = await programWithPeople(t());
    const list = await mentee.client.get(`/api/programs/${program.id}/training-modules`);
    expect(list.status).toBe(200);
    const moduleId = list.body[0].id;
    const asMentee = await mentee.client.get(`/api/training-modules/${moduleId}`);
    expect(asMentee.status).toBe(200);
    expect(asMentee.text).not.toContain('"correct"');
    expect(asMentee.text).not.toContain('"explanation"');
    expect(asMentee.body.questions[0].options[0]).toEqual({ id: expect.any(String), text: expect.any(String) });
    const asStaff = await coordinator.client.get(`/api/training-modules/${moduleId}`);
    expect(asStaff.body.questions[0]).toMatchObject({ correct: expect.any(String) });
  });

  it('scores an attempt, explains every chosen and correct answer, and keeps failed and passed attempts', async () => {
    const { program, coordinator, mentee, menteeId } = await menteeApplicant();
    const quiz = await moduleWithKey(coordinator.client, program.id, 'active-listening');
    const url = `/api/participants/${menteeId}/training/${quiz.id}/attempts`;

    // All but two right: below the pass mark of 80 on a quiz of 7.
    const answers = Object.fromEntries(quiz.questions.map((q, i) => [q.id, i < 2 ? wrongOption(q) : q.correct]));
    const failed = await mentee.client.post(url, { answers });
    expect(failed.status).toBe(201);
    const expectedScore = Math.round(((quiz.questions.length - 2) / quiz.questions.length) * 100);
    expect(failed.body).toMatchObject({ score: expectedScore, passMark: quiz.passMark, hasPassed: false });
    const [first] = quiz.questions;
    if (!first) throw new Error('the quiz has no questions');
    expect(failed.body.results[0]).toEqual({
      questionId: first.id,
      chosenOptionId: wrongOption(first),
      isCorrect: false,
      explanation: first.options.find((o) => o.id === wrongOption(first))?.explanation,
      correctOptionId: first.correct,
      correctExplanation: first.options.find((o) => o.id === first.correct)?.explanation,
    });
    expect(failed.body.results).toHaveLength(quiz.questions.length);

    const retake = await mentee.client.post(url, {
      answers: Object.fromEntries(quiz.questions.map((q) => [q.id, q.correct])),
    });
    expect(retake.body).toMatchObject({ score: 100, hasPassed: true });

    const progress = await coordinator.client.get(`/api/participants/${menteeId}/training`);
    expect(progress.status).toBe(200);
    expect(progress.body.hasPassedRequired).toBe(false);
    expect(progress.body.modules[0]).toMatchObject({
      slug: 'active-listening',
      attemptCount: 2,
      bestScore: 100,
      hasPassed: true,
    });
    expect(progress.body.modules[1]).toMatchObject({ attemptCount: 0, bestScore: null, hasPassed: false });
  });

  it('refuses an answer sheet that skips a question or names an option the question does not have', async () => {
    const { program, coordinator, mentee, menteeId } = await menteeApplicant();
    const quiz = await moduleWithKey(coordinator.client, program.id, 'keeping-commitments');
    const url = `/api/participants/${menteeId}/training/${quiz.id}/attempts`;
    const all = Object.fromEntries(quiz.questions.map((q) => [q.id, q.correct]));
    const [skipped, ...rest] = quiz.questions;
    const partial = Object.fromEntries(rest.map((q) => [q.id, q.correct]));
    const missing = await mentee.client.post(url, { answers: partial });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details).toMatchObject({ unanswered: [skipped?.id] });
    const bogus = await mentee.client.post(url, { answers: { ...all, [skipped?.id ?? '']: 'zz' } });
    expect(bogus.status).toBe(400);
    const progress = await mentee.client.get(`/api/participants/${menteeId}/training`);
    expect(progress.body.modules.every((m: { attemptCount: number }) => m.attemptCount === 0)).toBe(true);
  });

  it('lets only the participant answer, staff read progress, and another program’s coordinator see nothing', async () => {
    const { admin, orgId, program, coordinator, menteeId } = await menteeApplicant();
    const other = await createProgram(admin, orgId, { slug: 'other', name: 'Other program' });
    const outsider = await personNamed(t(), admin, orgId, {
      role: 'coordinator',
      programId: other.id,
      email: 'otto@hill.example',
      name: 'Otto Outsider',
    });
    const quiz = await moduleWithKey(coordinator.client, program.id, 'active-listening');
    const answers = Object.fromEntries(quiz.questions.map((q) => [q.id, q.correct]));
    const byStaff = await coordinator.client.post(`/api/participants/${menteeId}/training/${quiz.id}/attempts`, {
      answers,
    });
    expect(byStaff.status).toBe(404);
    expect((await outsider.client.get(`/api/participants/${menteeId}/training`)).status).toBe(404);
    expect((await outsider.client.get(`/api/programs/${program.id}/training-modules`)).status).toBe(403);
    expect((await outsider.client.get(`/api/training-modules/${quiz.id}`)).status).toBe(403);
    expect((await outsider.client.patch(`/api/training-modules/${quiz.id}`, { passMark: 10 })).status).toBe(403);
  });

  it('refuses a module of another program for a participant’s attempt', async () => {
    const { admin, orgId, mentee, menteeId } = await menteeApplicant();
    const other = await createProgram(admin, orgId, { slug: 'other', name: 'Other program' });
    const quiz = await moduleWithKey(admin, other.id, 'active-listening');
    const answers = Object.fromEntries(quiz.questions.map((q) => [q.id, q.correct]));
    const res = await mentee.client.post(`/api/participants/${menteeId}/training/${quiz.id}/attempts`, { answers });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('TRAINING_MODULE_NOT_FOUND');
  });
});
