import { z } from 'zod';

const option = z.object({
  id: z.string().trim().min(1).max(20),
  text: z.string().trim().min(1).max(1000),
  explanation: z.string().trim().min(1).max(2000),
});

/**
 * A quiz question: every option explains itself, and `correct` names one of the options. Shipped
 * modules and staff edits go through this one schema, so a broken quiz is refused at the door.
 */
export const quizQuestion = z
  .object({
    id: z.string().trim().min(1).max(20),
    prompt: z.string().trim().min(1).max(2000),
    options: z.array(option).min(2).max(6),
    correct: z.string(),
  })
  .refine((q) => new Set(q.options.map((o) => o.id)).size === q.options.length, {
    message: 'option ids must be unique within a question',
    path: ['options'],
  })
  .refine((q) => q.options.some((o) => o.id === q.correct), {
    message: 'correct must name one of the options',
    path: ['correct'],
  });

export const quizQuestions = z
  .array(quizQuestion)
  .min(1)
  .max(50)
  .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, { message: 'question ids must be unique' });
