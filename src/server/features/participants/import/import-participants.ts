import type { Ctx } from '../../../context.ts';
import { appendAuditEvent } from '../../audit/append-audit-event.ts';
import type { ImportCounts, ImportSummary } from './import-summary.ts';
import { planParticipantImport } from './plan-participant-import.ts';
import { readParticipantCsv } from './read-participant-csv.ts';
import { type ImportActor, type ImportTarget, writeImportBatch } from './write-import-batch.ts';

/** Rows per transaction: short enough that an embedded server keeps answering between batches. */
export const IMPORT_BATCH_ROWS = 500;

/** Called after each batch is committed, and once before the first. */
export type ImportProgress = (done: number, total: number) => void;

/** Reads the file and checks it against the program, writing nothing. */
export async function checkParticipantImport(ctx: Ctx, program: ImportTarget, csv: string) {
  const read = readParticipantCsv(csv, ctx.clock.now());
  const planned = await planParticipantImport(ctx.database.db, ctx, program, new Set(read.columns), read.rows);
  const errors = [...read.errors, ...planned.errors].sort((a, b) => a.row - b.row);
  return { plans: planned.plans, errors };
}

/**
 * Imports participants into a program (the caller has authorised the actor for it). Idempotent on
 * email and username: a second run updates only the columns the file has and adds experiences not
 * yet held, unconfirmed. A file with errors writes nothing unless `validOnly`. Rows are written in
 * batches of IMPORT_BATCH_ROWS, one transaction each; one audit event records the counts.
 */
export async function importParticipants(
  ctx: Ctx,
  actor: ImportActor,
  program: ImportTarget,
  input: { csv: string; validOnly: boolean },
  onProgress: ImportProgress = () => {},
): Promise<ImportSummary> {
  const { plans, errors } = await checkParticipantImport(ctx, program, input.csv);
  const rejected = new Set(errors.map((e) => e.row)).size;
  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0, rejected };
  if (errors.length > 0 && !input.validOnly) return { written: false, counts, invited: 0, errors };
  let invited = 0;
  onProgress(0, plans.length);
  for (let start = 0; start < plans.length; start += IMPORT_BATCH_ROWS) {
    const batch = plans.slice(start, start + IMPORT_BATCH_ROWS);
    const written = await ctx.database.db.transaction((tx) => writeImportBatch(tx, ctx, actor, program, batch));
    for (const outcome of written.outcomes) counts[outcome] += 1;
    invited += written.invited;
    onProgress(start + batch.length, plans.length);
  }
  await ctx.database.db.transaction((tx) =>
    appendAuditEvent(tx, ctx, {
      organizationId: program.organizationId,
      actor: actor === 'operator' ? 'operator' : { userId: actor.userId },
      action: 'participants.imported',
      target: { type: 'program', id: program.id },
      // Counts only: who was in the file is personal data.
      details: { ...counts, invited },
    }),
  );
  return { written: true, counts, invited, errors };
}
