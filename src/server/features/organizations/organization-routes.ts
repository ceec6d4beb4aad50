import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { requireActor } from '../../http/actor-hook.ts';
import { errorResponses, id } from '../../http/schemas.ts';
import { presentableEmail } from '../identity/placeholder-email.ts';
import { createInvitation } from './create-invitation.ts';
import { createOrganization } from './create-organization.ts';
import { linkForInviter } from './link-for-inviter.ts';
import { listMembers } from './list-members.ts';
import { listOrganizations } from './list-organizations.ts';
import { organizationKinds } from './organization-kinds.ts';
import { assertInstanceAdmin, assertOrgAdmin, assertOrgMember } from './policy.ts';
import { memberOut, organizationOut, presentOrganization } from './presenters.ts';
import { revokeRole } from './revoke-role.ts';

const tags = ['organizations'];
const orgParams = z.object({ orgId: id });
const organizationIn = z.object({
  name: z.string().trim().min(2).max(120),
  kind: z.enum(organizationKinds),
  timeZone: z.string().min(1).max(64),
});

/** Organizations, their people and roles. */
export function registerOrganizationRoutes(server: FastifyInstance, ctx: Ctx): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx.database;

  app.get(
    '/api/organizations',
    {
      schema: {
        tags,
        summary: 'Organizations I can see',
        response: { 200: z.array(organizationOut), ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      return (await listOrganizations(db, actor)).map(presentOrganization);
    },
  );

  app.post(
    '/api/organizations',
    {
      schema: {
        tags,
        summary: 'Create an organization (instance admins), optionally inviting its first admin',
        body: organizationIn.extend({
          adminEmail: z.email({ message: 'must be an email address' }).max(254).optional(),
        }),
        response: {
          201: organizationOut.extend({ adminInvitationUrl: z.string().nullable() }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      assertInstanceAdmin(actor);
      const { adminEmail, ...input } = request.body;
      const { organization, url } = await db.transaction(async (tx) => {
        const created = await createOrganization(tx, ctx, { userId: actor.userId }, input);
        const invited = adminEmail
          ? await createInvitation(tx, ctx, actor, created.id, { email: adminEmail, role: 'admin', programId: null })
          : null;
        return { organization: created, url: invited?.url ?? null };
      });
      return reply
        .status(201)
        .send({ ...presentOrganization(organization), adminInvitationUrl: linkForInviter(ctx, url) });
    },
  );

  app.get(
    '/api/organizations/:orgId',
    { schema: { tags, params: orgParams, response: { 200: organizationOut, ...errorResponses } } },
    async (request) => {
      const actor = await requireActor(ctx, request);
      if (!actor.isInstanceAdmin) assertOrgMember(actor, request.params.orgId);
      const [organization] = (await listOrganizations(db, actor)).filter((o) => o.id === request.params.orgId);
      if (!organization) throw new AppError('ORGANIZATION_NOT_FOUND', 'There is no such organization.');
      return presentOrganization(organization);
    },
  );

  app.get(
    '/api/organizations/:orgId/members',
    { schema: { tags, params: orgParams, response: { 200: z.array(memberOut), ...errorResponses } } },
    async (request) => {
      const actor = await requireActor(ctx, request);
      assertOrgAdmin(actor, request.params.orgId);
      return (await listMembers(db, request.params.orgId)).map((m) => ({
        ...m,
        email: presentableEmail(m.email),
        twoFactorEnabled: Boolean(m.twoFactorEnabled),
        since: m.since.toISOString(),
      }));
    },
  );

  app.get(
    '/api/organizations/:orgId/admins',
    {
      schema: {
        tags,
        summary: "An organization's admins (for instance admins, who appoint them, and its own admins)",
        params: orgParams,
        response: {
          200: z.array(z.object({ userId: z.string(), name: z.string(), email: z.string() })),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      if (!actor.isInstanceAdmin) assertOrgAdmin(actor, request.params.orgId);
      const members = await listMembers(db, request.params.orgId);
      return members.filter((m) => m.role === 'admin').map(({ userId, name, email }) => ({ userId, name, email }));
    },
  );

  app.delete(
    '/api/organizations/:orgId/roles/:assignmentId',
    {
      schema: {
        tags,
        summary: 'Take a role away (admins)',
        params: z.object({ orgId: id, assignmentId: id }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      await db.transaction((tx) => revokeRole(tx, ctx, actor, request.params.orgId, request.params.assignmentId));
      return reply.status(204).send(null);
    },
  );
}
