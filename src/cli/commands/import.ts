import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { AppError } from '../../server/errors.ts';
import { type ImportSummary, summaryLine } from '../../server/features/participants/import/import-summary.ts';
import { configFrom, dataOption, UsageError } from '../options.ts';
import { runDatabaseOperation } from '../run-operation.ts';

function readFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${(error as Error).message}`);
  }
}

export function registerImportCommands(program: Command): void {
  const importCommand = program.command('import').description('import data from files');

  importCommand
    .command('participants')
    .description('import mentors and mentees from a CSV file into a program')
    .argument('<file>', 'the CSV file (UTF-8, with or without BOM)')
    .requiredOption('--program <id-or-slug>', 'the program')
    .option('--org <id-or-name>', 'the organization, when several have a program of that slug')
    .option('--valid-only', 'write the valid rows even when others have errors')
    .option('--json', 'print the summary as JSON')
    .addOption(dataOption())
    .action(async (file: string, options) => {
      const csv = readFile(file);
      const summary = (await runDatabaseOperation(
        configFrom(options),
        'import-participants',
        { program: options.program, organization: options.org, csv, validOnly: options.validOnly === true },
        showProgress,
      ).catch((error: unknown) => {
        // A program or organization that is not there is a bad argument (exit 2), not a failed import.
        if (
          error instanceof AppError &&
          ['PROGRAM_NOT_FOUND', 'ORGANIZATION_NOT_FOUND', 'VALIDATION_FAILED'].includes(error.code)
        ) {
          throw new UsageError(error.message);
        }
        throw error;
      })) as ImportSummary;
      if (process.stderr.isTTY) process.stderr.write('\n');
      for (const e of summary.errors) {
        process.stderr.write(`row ${e.row}, column ${e.column ?? '(whole row)'}: ${e.reason}\n`);
      }
      if (!summary.written) {
        process.stderr.write('The file has errors: nothing was imported. Fix them, or use --valid-only.\n');
      }
      if (summary.invited > 0) {
        process.stderr.write(`${summary.invited} people without an account were emailed a link to set a password.\n`);
      }
      process.stdout.write(options.json ? `${JSON.stringify(summary.counts)}\n` : `${summaryLine(summary.counts)}\n`);
      // 0: every row went in; 1: rows were rejected (and with errors and no --valid-only, nothing was written).
      if (summary.counts.rejected > 0) process.exitCode = 1;
    });
}

/** On a terminal one line that counts up; in a log, a line per batch. */
function showProgress(done: number, total: number): void {
  if (total === 0) return;
  const text = `imported ${done} of ${total} rows`;
  if (process.stderr.isTTY) process.stderr.write(`\r${text}`);
  else if (done > 0) process.stderr.write(`${text}\n`);
}
