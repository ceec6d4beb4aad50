import { eq, or } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../server/errors.ts';
import { createInvitation } from '../../server/features/organizations/create-invitation.ts';
import { organizations } from '../../server/features/organizations/tables.ts';
import type { Operation } from './registry.ts';

const input = z.object({
  organization: z.string().min(1),
  email: z.email(),
  locale: z.enum(['en', 'es']).default('en'),
});

/**
 * An admin is invited, not given a password on the command line: the link (also in the email or
 * the outbox) lets them choose their own password, or links the role to their existing account.
 */
export const createAdminOperation: Operation<typeof input> = {
  input,
  async run(ctx, { organization, email, locale }) {
    const isUuid = /^[0-9a-f-]{36}$/i.test(organization);
    const [org] = await ctx.database.db
      .select()
      .from(organizations)
      .where(
        isUuid
          ? or(eq(organizations.id, organization), eq(organizations.name, organization))
          : eq(organizations.name, organization),
      );
    if (!org) throw new AppError('ORGANIZATION_NOT_FOUND', `No organization with id or name "${organization}".`);
    const { url, invitation } = await ctx.database.db.transaction((tx) =>
      createInvitation(tx, ctx, 'operator', org.id, { email, role: 'admin', programId: null, locale }),
    );
    return { organization: org.name, email, url, expiresAt: invitation.expiresAt.toISOString() };
  },
};
