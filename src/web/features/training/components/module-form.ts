import { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { i18n } from '../../../lib/i18n.ts';
import { required } from '../../../lib/validation.ts';
import type { StaffQuizQuestion, TrainingModule, TrainingModuleInput } from '../api/types.ts';

// A training module's form: its values, the server's rules (module-routes.ts and quiz-questions.ts)
// checked before sending, and the conversions to and from the API's shapes.

export const LIMITS = {
  slug: { min: 2, max: 60 },
  title: { min: 2, max: 200 },
  summary: { max: 1000 },
  body: { max: 100_000 },
  prompt: { max: 2000 },
  optionText: { max: 1000 },
  explanation: { max: 2000 },
  options: { min: 2, max: 6 },
  questions: { min: 1, max: 50 },
} as const;

export interface OptionValues {
  /** React's key for the row; `id` is what the server and past attempts know the option by. */
  key: string;
  id: string;
  text: string;
  explanation: string;
}

export interface QuestionValues {
  key: string;
  id: string;
  prompt: string;
  /** The id of the correct option, or '' before one is chosen. */
  correct: string;
  options: OptionValues[];
}

export interface ModuleFormValues {
  slug: string;
  title: string;
  summary: string;
  body: string;
  passMark: number | string;
  isRequired: boolean;
  questions: QuestionValues[];
}

const t = i18n.t.bind(i18n);
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Trimmed length between min and max, as the server's zod strings check it. */
const lengthBetween = (min: number, max: number) => (value: string) => {
  const length = value.trim().length;
  if (length === 0 && min > 0) return required(value);
  if (length < min) return t('validation.minLength', { min });
  return length > max ? t('trainingEditor.tooLong', { max }) : null;
};

export function useModuleForm(initialValues: ModuleFormValues) {
  return useForm({
    initialValues,
    validate: {
      slug: (value) =>
        SLUG.test(value) && value.length >= LIMITS.slug.min
          ? lengthBetween(LIMITS.slug.min, LIMITS.slug.max)(value)
          : t('validation.slug'),
      title: lengthBetween(LIMITS.title.min, LIMITS.title.max),
      summary: lengthBetween(0, LIMITS.summary.max),
      body: lengthBetween(1, LIMITS.body.max),
      passMark: (value) => {
        const mark = Number(value);
        return value !== '' && Number.isInteger(mark) && mark >= 0 && mark <= 100
          ? null
          : t('trainingEditor.passMarkRange');
      },
      questions: {
        prompt: lengthBetween(1, LIMITS.prompt.max),
        correct: (value) => (value ? null : t('trainingEditor.chooseCorrect')),
        options: {
          text: lengthBetween(1, LIMITS.optionText.max),
          explanation: lengthBetween(1, LIMITS.explanation.max),
        },
      },
    },
  });
}

export type ModuleForm = ReturnType<typeof useModuleForm>;

/** The first id of the form `${prefix}${n}` (or a letter, for options) that is not taken. */
function freeId(taken: string[], kind: 'question' | 'option'): string {
  for (let n = 0; ; n++) {
    const id = kind === 'question' ? `q${n + 1}` : n < 26 ? String.fromCharCode(97 + n) : `o${n}`;
    if (!taken.includes(id)) return id;
  }
}

export const newOption = (taken: string[]): OptionValues => ({
  key: randomId(),
  id: freeId(taken, 'option'),
  text: '',
  explanation: '',
});

export function newQuestion(taken: string[]): QuestionValues {
  const first = newOption([]);
  const second = newOption([first.id]);
  return { key: randomId(), id: freeId(taken, 'question'), prompt: '', correct: '', options: [first, second] };
}

export const emptyModuleValues = (): ModuleFormValues => ({
  slug: '',
  title: '',
  summary: '',
  body: '',
  passMark: 80,
  isRequired: true,
  questions: [newQuestion([])],
});

/** A module as staff read it (with the answer key) into the form. */
export const moduleToFormValues = (m: TrainingModule): ModuleFormValues => ({
  slug: m.slug,
  title: m.title,
  summary: m.summary,
  body: m.body,
  passMark: m.passMark,
  isRequired: m.isRequired,
  questions: m.questions.map((q) => ({
    key: randomId(),
    id: q.id,
    prompt: q.prompt,
    correct: q.correct ?? '',
    options: q.options.map((o) => ({ key: randomId(), id: o.id, text: o.text, explanation: o.explanation ?? '' })),
  })),
});

const toQuestions = (questions: QuestionValues[]): StaffQuizQuestion[] =>
  questions.map((q) => ({
    id: q.id,
    prompt: q.prompt.trim(),
    correct: q.correct,
    options: q.options.map((o) => ({ id: o.id, text: o.text.trim(), explanation: o.explanation.trim() })),
  }));

/** The request body for validated values. */
export const toModuleInput = (values: ModuleFormValues): TrainingModuleInput => ({
  slug: values.slug.trim(),
  title: values.title.trim(),
  summary: values.summary.trim(),
  body: values.body.trim(),
  passMark: Number(values.passMark),
  isRequired: values.isRequired,
  questions: toQuestions(values.questions),
});

/** Only what differs from the saved module, so the audit log names the fields that really changed. */
export function changedModuleFields(saved: TrainingModule, values: ModuleFormValues) {
  const { slug: _slug, ...next } = toModuleInput(values);
  const before = toModuleInput(moduleToFormValues(saved));
  return Object.fromEntries(
    Object.entries(next).filter(
      ([field, value]) => JSON.stringify(value) !== JSON.stringify(before[field as keyof typeof before]),
    ),
  ) as Partial<Omit<TrainingModuleInput, 'slug'>>;
}
