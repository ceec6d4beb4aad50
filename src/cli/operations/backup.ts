import { writeFile } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../server/errors.ts';
import type { Operation } from './registry.ts';

const input = z.object({ file: z.string().refine(isAbsolute, 'must be an absolute path') });

/**
 * A consistent copy of the embedded database, taken by the process that owns it (PGlite's
 * dumpDataDir between statements). Keys are not included: they live beside the data folder.
 */
export const backupOperation: Operation<typeof input> = {
  input,
  async run(ctx, { file }) {
    const { pglite } = ctx.database;
    if (!pglite) {
      throw new AppError(
        'BAD_REQUEST',
        'On PostgreSQL, back up with pg_dump (see the README); trellis backup is for the embedded database.',
      );
    }
    const dump = await pglite.dumpDataDir('gzip');
    const bytes = Buffer.from(await dump.arrayBuffer());
    await writeFile(file, bytes, { mode: 0o600 });
    return { file, bytes: bytes.length };
  },
};
