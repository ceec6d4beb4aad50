import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { quizQuestions } from './quiz-questions.ts';

// The five modules Trellis ships, in the order a new program lists them.
export const shippedModuleSlugs = [
  'active-listening',
  'confidentiality-and-its-limits',
  'keeping-commitments',
  'giving-and-receiving-feedback',
  'sharing-your-story',
] as const;

const modulesDir = join(dirname(fileURLToPath(import.meta.url)), 'modules');

const quizFile = z.object({
  slug: z.string(),
  title: z.string().trim().min(1).max(200),
  summary: z.string().trim().max(1000),
  passMark: z.number().int().min(0).max(100),
  required: z.boolean(),
  estimatedMinutes: z.number().int().positive(),
  questions: quizQuestions,
});

export interface ShippedModule extends z.infer<typeof quizFile> {
  body: string;
}

function loadModule(slug: string): ShippedModule {
  const parsed = quizFile.safeParse(JSON.parse(readFileSync(join(modulesDir, `${slug}.quiz.json`), 'utf8')));
  if (!parsed.success) throw new Error(`training module ${slug}: ${z.prettifyError(parsed.error)}`);
  if (parsed.data.slug !== slug) throw new Error(`training module ${slug}: the quiz names slug "${parsed.data.slug}"`);
  return { ...parsed.data, body: readFileSync(join(modulesDir, `${slug}.md`), 'utf8') };
}

let cached: ShippedModule[] | null = null;

/** The shipped modules, read and validated once; a broken file fails loudly at the first program. */
export function loadShippedModules(): ShippedModule[] {
  cached ??= shippedModuleSlugs.map(loadModule);
  return cached;
}
