import { Command, CommanderError } from 'commander';
import { ConfigError } from '../server/config.ts';
import { DataFolderLockedError } from '../server/db/data-folder-lock.ts';
import { AppError } from '../server/errors.ts';
import { registerAuditCommands } from './commands/audit.ts';
import { registerBackupCommands } from './commands/backup.ts';
import { registerDemoCommands } from './commands/demo.ts';
import { registerImportCommands } from './commands/import.ts';
import { registerMatchCommands } from './commands/match.ts';
import { registerOrganizationCommands } from './commands/organizations.ts';
import { registerServerCommands } from './commands/server.ts';

import { UsageError } from './options.ts';

// Exit codes: 0 done, 1 failed, 2 bad arguments or input.

const program = new Command('trellis')
  .description('Trellis: peer mentoring built on trust')
  .showHelpAfterError()
  .exitOverride();
registerServerCommands(program);
registerOrganizationCommands(program);
registerAuditCommands(program);
registerBackupCommands(program);
registerDemoCommands(program);
registerImportCommands(program);
registerMatchCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help asked for (--help, `help`) exits 0; help shown because a command is missing is an error.
    process.exit(error.exitCode === 0 ? 0 : 2);
  }
  if (error instanceof ConfigError || error instanceof UsageError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  if (error instanceof DataFolderLockedError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  if (error instanceof AppError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(error.status === 400 ? 2 : 1);
  }
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
}
