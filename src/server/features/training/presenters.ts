import { z } from 'zod';
import type { TrainingModule } from './list-training-modules.ts';
import type { QuestionResult } from './score-quiz.ts';

// Output schemas and presenters. Participants see questions without the answer key; program staff,
// who edit the quiz, see `correct` and every explanation.
const questionOut = z.object({
  id: z.string(),
  prompt: z.string(),
  options: z.array(z.object({ id: z.string(), text: z.string(), explanation: z.string().optional() })),
  correct: z.string().optional(),
});

export const moduleSummaryOut = z.object({
  id: z.string(),
  programId: z.string(),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  passMark: z.number(),
  isRequired: z.boolean(),
  position: z.number(),
  questionCount: z.number(),
  updatedAt: z.string(),
});

export const moduleOut = moduleSummaryOut.extend({ body: z.string(), questions: z.array(questionOut) });

export const attemptOut = z.object({
  id: z.string(),
  participantId: z.string(),
  moduleId: z.string(),
  score: z.number(),
  passMark: z.number(),
  hasPassed: z.boolean(),
  attemptedAt: z.string(),
  results: z.array(
    z.object({
      questionId: z.string(),
      chosenOptionId: z.string(),
      isCorrect: z.boolean(),
      explanation: z.string(),
      correctOptionId: z.string(),
      correctExplanation: z.string(),
    }),
  ),
});

export const progressOut = z.object({
  participantId: z.string(),
  hasPassedRequired: z.boolean(),
  modules: z.array(
    moduleSummaryOut.pick({ slug: true, title: true, isRequired: true, passMark: true, position: true }).extend({
      moduleId: z.string(),
      attemptCount: z.number(),
      bestScore: z.number().nullable(),
      hasPassed: z.boolean(),
      lastAttemptedAt: z.string().nullable(),
    }),
  ),
});

export const presentModuleSummary = (m: TrainingModule): z.infer<typeof moduleSummaryOut> => ({
  id: m.id,
  programId: m.programId,
  slug: m.slug,
  title: m.title,
  summary: m.summary,
  passMark: m.passMark,
  isRequired: m.isRequired,
  position: m.position,
  questionCount: m.questions.length,
  updatedAt: m.updatedAt.toISOString(),
});

export const presentModule = ({ module: m, isStaff }: { module: TrainingModule; isStaff: boolean }) => ({
  ...presentModuleSummary(m),
  body: m.body,
  questions: m.questions.map((q) =>
    isStaff ? q : { id: q.id, prompt: q.prompt, options: q.options.map((o) => ({ id: o.id, text: o.text })) },
  ),
});

export const presentAttempt = (a: {
  attempt: {
    id: string;
    participantId: string;
    moduleId: string;
    score: number;
    hasPassed: boolean;
    attemptedAt: Date;
  };
  passMark: number;
  results: QuestionResult[];
}): z.infer<typeof attemptOut> => ({
  id: a.attempt.id,
  participantId: a.attempt.participantId,
  moduleId: a.attempt.moduleId,
  score: a.attempt.score,
  passMark: a.passMark,
  hasPassed: a.attempt.hasPassed,
  attemptedAt: a.attempt.attemptedAt.toISOString(),
  results: a.results,
});

export const presentProgress = (p: {
  participant: { id: string };
  hasPassedRequired: boolean;
  modules: {
    module: TrainingModule;
    attemptCount: number;
    bestScore: number | null;
    hasPassed: boolean;
    lastAttemptedAt: Date | null;
  }[];
}): z.infer<typeof progressOut> => ({
  participantId: p.participant.id,
  hasPassedRequired: p.hasPassedRequired,
  modules: p.modules.map(({ module: m, ...rest }) => ({
    moduleId: m.id,
    slug: m.slug,
    title: m.title,
    isRequired: m.isRequired,
    passMark: m.passMark,
    position: m.position,
    attemptCount: rest.attemptCount,
    bestScore: rest.bestScore,
    hasPassed: rest.hasPassed,
    lastAttemptedAt: rest.lastAttemptedAt?.toISOString() ?? null,
  })),
});
