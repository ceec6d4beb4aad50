import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import type { Locale } from '../../lib/i18n.ts';
import { newId } from '../../lib/ids.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { Actor } from '../identity/actor.ts';
import { programAgreements } from '../participants/tables.ts';
import { assertProgramStaff, getProgramForMember } from '../training/get-program-for-member.ts';
import { findCurrentAgreementVersion } from './find-current-agreement-version.ts';

/**
 * Staff publish a new version, in one language or several. Acknowledgements of older versions no
 * longer count, so everyone in the program is asked again.
 */
export async function publishAgreementVersion(
  tx: Tx,
  ctx: Ctx,
  actor: Actor,
  programId: string,
  texts: Partial<Record<Locale, string>>,
) {
  const { program } = await getProgramForMember(tx, actor, programId);
  assertProgramStaff(actor, program);
  const current = await findCurrentAgreementVersion(tx, programId);
  const version = (current?.version ?? 0) + 1;
  const createdAt = ctx.clock.now();
  const rows = await tx
    .insert(programAgreements)
    .values(
      Object.entries(texts).map(([language, body]) => ({
        id: newId(),
        programId,
        version,
        language,
        body,
        createdBy: actor.userId,
        createdAt,
      })),
    )
    .returning();
  await appendAuditEvent(tx, ctx, {
    organizationId: program.organizationId,
    actor: { userId: actor.userId },
    action: 'agreement.version_published',
    target: { type: 'program', id: programId },
    details: { version, languages: rows.map((r) => r.language).join(',') },
  });
  return { programId, version, languages: rows.map((r) => r.language), publishedAt: createdAt };
}
