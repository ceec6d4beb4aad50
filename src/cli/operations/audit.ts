import { z } from 'zod';
import { verifyAuditChains } from '../../server/features/audit/verify-audit-chains.ts';
import type { Operation } from './registry.ts';

const head = z.object({
  chain: z.string(),
  seq: z.number().int().positive(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});

const verifyInput = z.object({ heads: z.array(head).default([]) });
export const auditVerifyOperation: Operation<typeof verifyInput> = {
  input: verifyInput,
  run: (ctx, { heads }) => verifyAuditChains(ctx.database.db, heads),
};

const headInput = z.object({});
export const auditHeadOperation: Operation<typeof headInput> = {
  input: headInput,
  async run(ctx) {
    return (await verifyAuditChains(ctx.database.db)).heads;
  },
};
