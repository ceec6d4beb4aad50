import type { Command } from 'commander';
import { acquireDataFolderLock } from '../../server/db/data-folder-lock.ts';
import { configFrom, dataOption } from '../options.ts';

export function registerServerCommands(program: Command): void {
  program
    .command('serve')
    .description('serve Trellis (web app and API) on the embedded database or PostgreSQL')
    .option('--port <port>', 'HTTP port (env PORT, default 3000)')
    .addOption(dataOption())
    .action(async (options) => {
      const config = configFrom(options); // a bad setting stops us before anything heavy loads
      const { serve } = await import('../../server/main.ts');
      await serve(config);
    });

  program
    .command('migrate')
    .description('apply database migrations (the server also applies them on start)')
    .addOption(dataOption())
    .action(async (options) => {
      const config = configFrom(options);
      const lock = config.databaseUrl ? null : acquireDataFolderLock(config.dataDir);
      try {
        const { openContext } = await import('../../server/boot.ts');
        const { close } = await openContext({ ...config, logLevel: 'warn' }, { work: false });
        await close();
        process.stdout.write('The database is up to date.\n');
      } finally {
        lock?.release();
      }
    });
}
