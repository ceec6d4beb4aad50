import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { newId } from '../../lib/ids.ts';
import { isTimeZone } from '../../lib/time-zones.ts';
import { type AuditActor, appendAuditEvent } from '../audit/append-audit-event.ts';
import { organizations } from './tables.ts';

export interface CreateOrganizationInput {
  name: string;
  kind: 'school' | 'community';
  timeZone: string;
}

export async function createOrganization(tx: Tx, ctx: Ctx, actor: AuditActor, input: CreateOrganizationInput) {
  if (!isTimeZone(input.timeZone)) {
    throw new AppError('VALIDATION_FAILED', `"${input.timeZone}" is not a known time zone.`, { field: 'timeZone' });
  }
  const [organization] = await tx
    .insert(organizations)
    .values({ id: newId(), name: input.name.trim(), kind: input.kind, timeZone: input.timeZone })
    .returning();
  if (!organization) throw new Error('insert returned nothing');
  const event = { actor, action: 'organization.created', target: { type: 'organization', id: organization.id } };
  await appendAuditEvent(tx, ctx, { ...event, organizationId: null });
  await appendAuditEvent(tx, ctx, { ...event, organizationId: organization.id });
  return organization;
}
