import type { Command } from 'commander';
import { openContext } from '../../server/boot.ts';
import { acquireDataFolderLock } from '../../server/db/data-folder-lock.ts';
import { serve } from '../../server/main.ts';
import { configFrom, dataOption } from '../options.ts';

export function registerServerCommands(program: Command): void {
  program
    .command('serve')
    .description('serve Trellis (web app and API) on the embedded database or PostgreSQL')
    .option('--port <port>', 'HTTP port (env PORT, default 3000)')
    .addOption(dataOption())
    .action(async (options) => {
      await serve(configFrom(options));
    });

  program
    .command('migrate')
    .description('apply database migrations (the server also applies them on start)')
    .addOption(dataOption())
    .action(async (options) => {
      const config = configFrom(options);
      const lock = config.databaseUrl ? null : acquireDataFolderLock(config.dataDir);
      try {
        const { close } = await openContext({ ...config, logLevel: 'warn' }, { work: false });
        await close();
        process.stdout.write('The database is up to date.\n');
      } finally {
        lock?.release();
      }
    });
}
