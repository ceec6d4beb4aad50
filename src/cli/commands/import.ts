import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
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
      // The server (or this process) does the work; progress is not streamed back over the socket.
      const summary = (await runDatabaseOperation(configFrom(options), 'import-participants', {
        program: options.program,
        organization: options.org,
        csv,
        validOnly: options.validOnly === true,
      })) as ImportSummary;
      for (const e of summary.errors) {
        process.stderr.write(`row ${e.row}, column ${e.column ?? '(whole row)'}: ${e.reason}\n`);
      }
      if (!summary.written)
        process.stderr.write('The file has errors: nothing was imported. Fix them, or use --valid-only.\n');
      process.stdout.write(options.json ? `${JSON.stringify(summary.counts)}\n` : `${summaryLine(summary.counts)}\n`);
      // 2: the file was refused as a whole; 1: some rows were rejected; 0: every row went in.
      if (!summary.written) process.exitCode = 2;
      else if (summary.counts.rejected > 0) process.exitCode = 1;
    });
}
