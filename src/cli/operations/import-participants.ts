import { z } from 'zod';
import { findImportProgramForOperator } from '../../server/features/participants/import/find-import-program.ts';
import { importParticipants } from '../../server/features/participants/import/import-participants.ts';
import type { Operation } from './registry.ts';

const input = z.object({
  program: z.string().trim().min(1),
  organization: z.string().trim().min(1).optional(),
  csv: z.string(),
  validOnly: z.boolean().default(false),
});

/** `trellis import participants`: the operator imports into a program, as the web app's staff do. */
export const importParticipantsOperation: Operation<typeof input> = {
  input,
  async run(ctx, { program, organization, csv, validOnly }, report) {
    const target = await findImportProgramForOperator(ctx.database.db, program, organization);
    return importParticipants(ctx, 'operator', target, { csv, validOnly }, report);
  },
};
