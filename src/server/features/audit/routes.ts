import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { requireActor } from '../../http/actor-hook.ts';
import { errorResponses, id } from '../../http/schemas.ts';
import { pseudonymize } from '../../lib/crypto.ts';
import { listMembers } from '../organizations/list-members.ts';
import { assertInstanceAdmin, assertOrgAdmin } from '../organizations/policy.ts';
import { INSTANCE_CHAIN } from './append-audit-event.ts';
import { listAuditEvents } from './list-audit-events.ts';

const eventOut = z.object({
  id: z.string(),
  seq: z.number(),
  occurredAt: z.string(),
  actor: z.string(),
  /** The current member behind the pseudonym, when the admin can know it. */
  actorName: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  target: z.string().nullable(),
  targetName: z.string().nullable(),
  outcome: z.enum(['success', 'denied', 'failed']),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  hash: z.string(),
});
const query = z.object({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export function registerAuditRoutes(server: FastifyInstance, ctx: Ctx): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx.database;

  const present = (rows: Awaited<ReturnType<typeof listAuditEvents>>, names: Map<string, string>) =>
    rows.map((e) => ({
      id: e.id,
      seq: e.seq,
      occurredAt: e.occurredAt.toISOString(),
      actor: e.actor,
      actorName: names.get(e.actor) ?? null,
      action: e.action,
      targetType: e.targetType,
      target: e.target,
      targetName: e.target ? (names.get(e.target) ?? null) : null,
      outcome: e.outcome,
      details: e.details,
      hash: e.hash,
    }));

  app.get(
    '/api/organizations/:orgId/audit-events',
    {
      schema: {
        tags: ['audit'],
        summary: "The organization's audit log, newest first",
        params: z.object({ orgId: id }),
        querystring: query,
        response: { 200: z.array(eventOut), ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      assertOrgAdmin(actor, request.params.orgId);
      const members = await listMembers(db, request.params.orgId);
      // Pseudonyms resolve only for people who are members now: erased people stay pseudonyms.
      const names = new Map(members.map((m) => [pseudonymize(ctx.keyring.auditKey, m.userId), m.name]));
      const rows = await listAuditEvents(db, request.params.orgId, {
        beforeSeq: request.query.before,
        limit: request.query.limit,
      });
      return present(rows, names);
    },
  );

  app.get(
    '/api/instance/audit-events',
    {
      schema: {
        tags: ['audit'],
        summary: "The instance's audit log (setup, organizations, sign-ins), newest first",
        querystring: query,
        response: { 200: z.array(eventOut), ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      assertInstanceAdmin(actor);
      const names = new Map([[pseudonymize(ctx.keyring.auditKey, actor.userId), actor.name]]);
      const rows = await listAuditEvents(db, INSTANCE_CHAIN, {
        beforeSeq: request.query.before,
        limit: request.query.limit,
      });
      return present(rows, names);
    },
  );
}
