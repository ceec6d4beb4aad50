import { AppError } from '../../errors.ts';
import type { QuizQuestion } from './tables.ts';

export interface QuestionResult {
  questionId: string;
  chosenOptionId: string;
  isCorrect: boolean;
  /** Why the chosen option is right or wrong. */
  explanation: string;
  correctOptionId: string;
  correctExplanation: string;
}

/**
 * Scores a full set of answers as a whole-number percentage. Every question must be answered with
 * one of its options, so a typo never silently counts as a wrong answer.
 */
export function scoreQuiz(questions: QuizQuestion[], answers: Record<string, string>) {
  const known = new Set(questions.map((q) => q.id));
  const unknown = Object.keys(answers).filter((id) => !known.has(id));
  const unanswered = questions.filter((q) => answers[q.id] === undefined).map((q) => q.id);
  if (unknown.length > 0 || unanswered.length > 0) {
    throw new AppError('VALIDATION_FAILED', 'Answer every question of this quiz, and only those.', {
      field: 'answers',
      unanswered,
      unknown,
    });
  }
  const results: QuestionResult[] = questions.map((q) => {
    const chosen = q.options.find((o) => o.id === answers[q.id]);
    const correct = q.options.find((o) => o.id === q.correct);
    if (!chosen) {
      throw new AppError('VALIDATION_FAILED', `Question ${q.id} has no option "${answers[q.id]}".`, {
        field: `answers.${q.id}`,
      });
    }
    return {
      questionId: q.id,
      chosenOptionId: chosen.id,
      isCorrect: chosen.id === q.correct,
      explanation: chosen.explanation,
      correctOptionId: q.correct,
      correctExplanation: correct?.explanation ?? '',
    };
  });
  const correctCount = results.filter((r) => r.isCorrect).length;
  return { score: Math.round((correctCount / questions.length) * 100), results };
}
