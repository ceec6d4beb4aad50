import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { MatchingStage } from '../../matching/run-matching.ts';
import { UsageError } from '../options.ts';

/** Inputs with at least this many pairs report progress on stderr. */
const PROGRESS_FROM_PAIRS = 1_000_000;

export function registerMatchCommands(program: Command): void {
  program
    .command('match')
    .description('match mentees with mentors from a JSON file (profile or score form); needs no database')
    .option('--input <file>', 'the input JSON; standard input when left out')
    .option('--output <file>', 'where to write the result JSON; standard output when left out')
    .action(async (options: { input?: string; output?: string }) => {
      // Only the pure engine is loaded: no server, no database.
      const { matchCohort } = await import('../../matching/run-matching.ts');
      const { MatchInputError } = await import('../../matching/match-input-error.ts');
      const raw = parseJson(await readInput(options.input), options.input ?? 'standard input');
      let output: unknown;
      try {
        output = matchCohort(raw, { onProgress: progressReporter(raw) });
      } catch (error) {
        if (error instanceof MatchInputError) throw new UsageError(`Invalid input: ${error.message}`);
        throw error;
      }
      const text = `${JSON.stringify(output, null, 2)}\n`;
      if (options.output) await writeFile(options.output, text);
      else process.stdout.write(text);
    });
}

async function readInput(file: string | undefined): Promise<string> {
  try {
    if (file) return await readFile(file, 'utf8');
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${file ?? 'standard input'}: ${(error as Error).message}`);
  }
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`Invalid input: ${source} is not JSON (${(error as Error).message})`);
  }
}

/** For large inputs, what the engine is doing and how far scoring got: a line per stage, or one line on a terminal. */
function progressReporter(raw: unknown): (stage: MatchingStage, done: number, total: number) => void {
  const people = raw as { mentors?: unknown; mentees?: unknown };
  const mentors = Array.isArray(people.mentors) ? people.mentors.length : 0;
  const mentees = Array.isArray(people.mentees) ? people.mentees.length : 0;
  if (mentors * mentees < PROGRESS_FROM_PAIRS) return () => {};
  const started = performance.now();
  let lastStage: MatchingStage | null = null;
  return (stage, done, total) => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (stage === 'scoring' && done > 0) {
      if (process.stderr.isTTY) process.stderr.write(`\rscoring: ${done} of ${total} mentees (${seconds} s)`);
      return;
    }
    if (stage === lastStage) return;
    lastStage = stage;
    const line =
      stage === 'scoring'
        ? `scoring ${mentees} mentees × ${mentors} mentors (${seconds} s)`
        : `${stage} (${seconds} s)`;
    process.stderr.write(process.stderr.isTTY ? `\r${line}\n` : `${line}\n`);
  };
}
