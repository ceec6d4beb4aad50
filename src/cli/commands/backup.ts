import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { acquireDataFolderLock, readLockOwner } from '../../server/db/data-folder-lock.ts';
import { configFrom, dataOption, UsageError } from '../options.ts';
import { runDatabaseOperation } from '../run-operation.ts';

export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description('write a consistent backup of the embedded database to FILE (.tar.gz); keys are not included')
    .argument('<file>', 'where to write the backup')
    .addOption(dataOption())
    .action(async (file: string, options) => {
      const result = (await runDatabaseOperation(configFrom(options), 'backup', { file: resolve(file) })) as {
        file: string;
        bytes: number;
      };
      process.stdout.write(`Backup written to ${result.file} (${result.bytes} bytes).\n`);
    });

  program
    .command('restore')
    .description('replace the embedded database with a backup (the server must be stopped)')
    .argument('<file>', 'a backup written by trellis backup')
    .option('--force', 'replace an existing data folder (it is kept aside, not deleted)')
    .addOption(dataOption())
    .action(async (file: string, options) => {
      const config = configFrom(options);
      if (config.databaseUrl) throw new UsageError('On PostgreSQL, restore with pg_restore or psql (see the README).');
      if (!existsSync(file)) throw new UsageError(`No backup file at ${file}.`);
      const owner = readLockOwner(config.dataDir);
      if (owner) {
        process.stderr.write(
          `Trellis process ${owner.pid} is using ${config.dataDir}. Stop the server before restoring.\n`,
        );
        process.exit(1);
      }
      const hasData = existsSync(config.dataDir) && readdirSync(config.dataDir).length > 0;
      if (hasData && !options.force) {
        throw new UsageError(
          `${config.dataDir} already holds a database. Pass --force to replace it (it is kept aside).`,
        );
      }
      const lock = acquireDataFolderLock(config.dataDir);
      const staging = `${config.dataDir}.restoring`;
      try {
        rmSync(staging, { recursive: true, force: true });
        const { PGlite } = await import('@electric-sql/pglite');
        const backup = new Blob([await readFile(file)]);
        const pglite = await PGlite.create(staging, { loadDataDir: backup });
        await pglite.query('select 1');
        await pglite.close();
        let keptAside = '';
        if (existsSync(config.dataDir)) {
          keptAside = `${config.dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
          renameSync(config.dataDir, keptAside);
        }
        renameSync(staging, config.dataDir);
        process.stdout.write(
          `Restored ${file} into ${config.dataDir}.${keptAside ? ` The previous data is in ${keptAside}.` : ''}\n`,
        );
      } finally {
        rmSync(staging, { recursive: true, force: true });
        lock.release();
      }
    });
}
