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
  options: { id: string; text: string }[];
}

export interface TrainingModule {
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
