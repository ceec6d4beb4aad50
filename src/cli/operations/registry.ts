import type { z } from 'zod';
import type { Ctx } from '../../server/context.ts';
import { AppError } from '../../server/errors.ts';
import { auditHeadOperation, auditVerifyOperation } from './audit.ts';
import { backupOperation } from './backup.ts';
import { createAdminOperation } from './create-admin.ts';
import { createOrgOperation } from './create-org.ts';
import { demoOperation } from './demo.ts';
import { importParticipantsOperation } from './import-participants.ts';

/** How far a long operation has got (an import: rows written of rows to write). */
export type ReportProgress = (done: number, total: number) => void;

/** A CLI command's work on the database: run in-process, or by the server over its local socket. */
export interface Operation<Schema extends z.ZodType = z.ZodType> {
  input: Schema;
  run(ctx: Ctx, input: z.output<Schema>, report: ReportProgress): Promise<unknown>;
}

const operations: Record<string, Operation> = {
  'create-org': createOrgOperation as Operation,
  'create-admin': createAdminOperation as Operation,
  'audit-verify': auditVerifyOperation as Operation,
  'audit-head': auditHeadOperation as Operation,
  backup: backupOperation as Operation,
  demo: demoOperation as Operation,
  'import-participants': importParticipantsOperation as Operation,
};

export async function runOperation(
  ctx: Ctx,
  name: string,
  input: unknown,
  report: ReportProgress = () => {},
): Promise<unknown> {
  const operation = operations[name];
  if (!operation) throw new AppError('NOT_FOUND', `No operation "${name}".`);
  const parsed = operation.input.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('VALIDATION_FAILED', `${issue?.path.join('.') || 'input'}: ${issue?.message ?? 'is not valid'}`);
  }
  return operation.run(ctx, parsed.data, report);
}

export function defineOperation<Schema extends z.ZodType>(operation: Operation<Schema>): Operation<Schema> {
  return operation;
}
