import { z } from 'zod';
import { createOrganization } from '../../server/features/organizations/create-organization.ts';
import { organizationKinds } from '../../server/features/organizations/organization-kinds.ts';
import type { Operation } from './registry.ts';

const input = z.object({
  name: z.string().trim().min(2).max(120),
  kind: z.enum(organizationKinds),
  timeZone: z.string().min(1),
});

export const createOrgOperation: Operation<typeof input> = {
  input,
  async run(ctx, input) {
    const organization = await ctx.database.db.transaction((tx) => createOrganization(tx, ctx, 'operator', input));
    return { id: organization.id, name: organization.name };
  },
};
