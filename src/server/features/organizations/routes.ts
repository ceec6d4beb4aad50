import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { requireActor } from '../../http/actor-hook.ts';
import { consumeRateLimit } from '../../http/rate-limit.ts';
import { errorResponses, id, isoDate } from '../../http/schemas.ts';
import { createInvitation } from './create-invitation.ts';
import { createOrganization } from './create-organization.ts';
import { createProgram } from './create-program.ts';
import { getProgramById } from './get-program-by-id.ts';
import { listInvitations } from './list-invitations.ts';
import { listMembers } from './list-members.ts';
import { listOrganizations } from './list-organizations.ts';
import { listPrograms } from './list-programs.ts';
import { assertInstanceAdmin, assertOrgAdmin, assertOrgMember } from './policy.ts';
import {
  invitationOut,
  memberOut,
  organizationOut,
  presentInvitation,
  presentOrganization,
  presentProgram,
  programOut,
} from './presenters.ts';
import { revokeInvitation } from './revoke-invitation.ts';
import { revokeRole } from './revoke-role.ts';
import { cadenceFrequencies, organizationKinds, roles } from './tables.ts';
import { updateProgram } from './update-program.ts';

const tags = ['organizations'];
const orgParams = z.object({ orgId: id });
const organizationIn = z.object({
  name: z.string().trim().min(2).max(120),
  kind: z.enum(organizationKinds),
  timeZone: z.string().min(1).max(64),
});
const programIn = z.object({
  name: z.string().trim().min(2).max(120),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens')
    .min(2)
    .max(60),
  description: z.string().max(4000).default(''),
  startsOn: isoDate,
  endsOn: isoDate,
  cadence: z.object({ frequency: z.enum(cadenceFrequencies), minutes: z.number().int().min(15).max(240) }),
});
const toProgramInput = ({ cadence, ...rest }: z.infer<typeof programIn>) => ({
  ...rest,
  cadenceFrequency: cadence.frequency,
  cadenceMinutes: cadence.minutes,
});

export function registerOrganizationRoutes(server: FastifyInstance, ctx: Ctx): void {
  const app = server.withTypeProvider<ZodTypeProvider>();
  const { db } = ctx.database;
  // Without SMTP the invitation email only reaches the outbox, so the inviter gets the link to
  // hand over in person; with SMTP it goes by email only.
  const linkForInviter = (url: string | null) => (ctx.config.smtpUrl ? null : url);

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
      return reply.status(201).send({ ...presentOrganization(organization), adminInvitationUrl: linkForInviter(url) });
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
    '/api/organizations/:orgId/programs',
    { schema: { tags, params: orgParams, response: { 200: z.array(programOut), ...errorResponses } } },
    async (request) => {
      const actor = await requireActor(ctx, request);
      assertOrgMember(actor, request.params.orgId);
      return (await listPrograms(db, actor, request.params.orgId)).map(presentProgram);
    },
  );

  app.post(
    '/api/organizations/:orgId/programs',
    {
      schema: {
        tags,
        summary: 'Create a program (admins)',
        params: orgParams,
        body: programIn,
        response: { 201: programOut, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      assertOrgAdmin(actor, request.params.orgId);
      const program = await db.transaction((tx) =>
        createProgram(tx, ctx, actor, request.params.orgId, toProgramInput(request.body)),
      );
      return reply.status(201).send(presentProgram(program));
    },
  );

  app.get(
    '/api/programs/:programId',
    { schema: { tags, params: z.object({ programId: id }), response: { 200: programOut, ...errorResponses } } },
    async (request) => {
      const actor = await requireActor(ctx, request);
      return presentProgram(await getProgramById(db, actor, request.params.programId));
    },
  );

  app.patch(
    '/api/programs/:programId',
    {
      schema: {
        tags,
        summary: 'Change a program (admins)',
        params: z.object({ programId: id }),
        body: programIn.partial(),
        response: { 200: programOut, ...errorResponses },
      },
    },
    async (request) => {
      const actor = await requireActor(ctx, request);
      const { cadence, ...rest } = request.body;
      const changes = cadence
        ? { ...rest, cadenceFrequency: cadence.frequency, cadenceMinutes: cadence.minutes }
        : rest;
      return presentProgram(
        await db.transaction((tx) => updateProgram(tx, ctx, actor, request.params.programId, changes)),
      );
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

  app.get(
    '/api/organizations/:orgId/invitations',
    { schema: { tags, params: orgParams, response: { 200: z.array(invitationOut), ...errorResponses } } },
    async (request) => {
      const actor = await requireActor(ctx, request);
      assertOrgAdmin(actor, request.params.orgId);
      const now = ctx.clock.now();
      return (await listInvitations(db, request.params.orgId)).map((row) => presentInvitation(row, now));
    },
  );

  app.post(
    '/api/organizations/:orgId/invitations',
    {
      schema: {
        tags,
        summary: 'Invite someone by email with a role',
        params: orgParams,
        body: z.object({
          email: z.email({ message: 'must be an email address' }).max(254),
          role: z.enum(roles),
          programId: id.nullable().default(null),
          locale: z.enum(['en', 'es']).default('en'),
        }),
        response: { 201: invitationOut.extend({ url: z.string().nullable() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      if (!actor.isInstanceAdmin) assertOrgMember(actor, request.params.orgId);
      await consumeRateLimit(ctx, `invite:${actor.userId}`, 60, 3600);
      const { invitation, url, programName } = await db.transaction((tx) =>
        createInvitation(tx, ctx, actor, request.params.orgId, request.body),
      );
      const presented = presentInvitation({ invitation, programName }, ctx.clock.now());
      return reply.status(201).send({ ...presented, url: linkForInviter(url) });
    },
  );

  app.delete(
    '/api/organizations/:orgId/invitations/:invitationId',
    {
      schema: {
        tags,
        summary: 'Withdraw an open invitation (admins)',
        params: z.object({ orgId: id, invitationId: id }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = await requireActor(ctx, request);
      await db.transaction((tx) => revokeInvitation(tx, ctx, actor, request.params.orgId, request.params.invitationId));
      return reply.status(204).send(null);
    },
  );
}
