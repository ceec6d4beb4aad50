// The training shapes the server returns (src/server/features/training/presenters.ts).

export interface ModuleProgress {
  moduleId: string;
  slug: string;
  title: string;
  isRequired: boolean;
  passMark: number;
  position: number;
  attemptCount: number;
  bestScore: number | null;
  hasPassed: boolean;
  lastAttemptedAt: string | null;
}

export interface TrainingProgress {
  participantId: string;
  hasPassedRequired: boolean;
  modules: ModuleProgress[];
}

export interface QuizQuestion {
  id: string;
  prompt: string;
  /** `explanation` and `correct` come to program staff only: participants get no answer key. */
  options: { id: string; text: string; explanation?: string }[];
  correct?: string;
}

/** A question as program staff see it: with the answer key and every option's explanation. */
export interface StaffQuizQuestion {
  id: string;
  prompt: string;
  options: { id: string; text: string; explanation: string }[];
  correct: string;
}

/** A module in the program's list (GET /api/programs/:programId/training-modules). */
export interface TrainingModuleSummary {
  id: string;
  programId: string;
  slug: string;
  title: string;
  summary: string;
  passMark: number;
  isRequired: boolean;
  position: number;
  questionCount: number;
  updatedAt: string;
}

/** What staff send to create a module; a change sends any of these but the slug. */
export interface TrainingModuleInput {
  slug: string;
  title: string;
  summary: string;
  body: string;
  questions: StaffQuizQuestion[];
  passMark: number;
  isRequired: boolean;
}

export interface TrainingModule extends TrainingModuleSummary {
  /** The lesson, in Markdown. */
  body: string;
  questions: QuizQuestion[];
}

export interface QuestionResult {
  questionId: string;
  chosenOptionId: string;
  isCorrect: boolean;
  explanation: string;
  correctOptionId: string;
  correctExplanation: string;
}

export interface TrainingAttempt {
  id: string;
  participantId: string;
  moduleId: string;
  score: number;
  passMark: number;
  hasPassed: boolean;
  attemptedAt: string;
  results: QuestionResult[];
}
