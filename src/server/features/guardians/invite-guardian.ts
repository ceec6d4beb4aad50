import { eq } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { newId } from '../../lib/ids.ts';
import { hashToken, newToken } from '../../lib/tokens.ts';
import { user } from '../identity/tables.ts';
import { sendMail } from '../mail/send-mail.ts';
import { organizations, programs } from '../organizations/tables.ts';
import { getProgramParticipation } from '../participants/get-program-participation.ts';
import { guardianships, type participants } from '../participants/tables.ts';

export const GUARDIAN_LINK_DAYS = 7;
export type GuardianLanguage = 'en' | 'es';

/**
 * A single-use link (valid 7 days) emailed to one guardian, in the language the participant
 * chose. Only the token's hash is stored, as for invitations.
 */
export async function inviteGuardian(
  tx: Tx,
  ctx: Ctx,
  participant: typeof participants.$inferSelect,
  email: string,
  language: GuardianLanguage,
) {
  const token = newToken();
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + GUARDIAN_LINK_DAYS * 24 * 3600 * 1000);
  const address = email.trim().toLowerCase();
  const [guardianship] = await tx
    .insert(guardianships)
    .values({
      id: newId(),
      participantId: participant.id,
      email: address,
      tokenHash: hashToken(token),
      language,
      invitedAt: now,
      expiresAt,
    })
    .returning();
  if (!guardianship) throw new Error('insert returned nothing');
  const [names] = await tx
    .select({ child: user.name, program: programs.name, organization: organizations.name })
    .from(programs)
    .innerJoin(organizations, eq(organizations.id, programs.organizationId))
    .innerJoin(user, eq(user.id, participant.userId))
    .where(eq(programs.id, participant.programId));
  if (!names) throw new Error('a participant without program or user');
  const { guardianConsentAge } = await getProgramParticipation(tx, participant.programId);
  await sendMail(tx, ctx, {
    organizationId: participant.organizationId,
    to: address,
    locale: language,
    template: 'guardianConsent',
    vars: {
      child: firstName(names.child),
      program: names.program,
      organization: names.organization,
      age: String(guardianConsentAge),
      expires: expiresAt.toISOString().slice(0, 10),
      url: `${ctx.config.baseUrl}/guardian/${token}?language=${language}`,
    },
  });
  return { guardianship, token };
}

/** Guardians learn the child's first name only: enough to recognise them, no more. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}
