import { eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import type { Tx } from '../../db/database.ts';
import { translate } from '../../lib/i18n.ts';
import { isUndeliverableEmail } from '../identity/placeholder-email.ts';
import { user } from '../identity/tables.ts';
import { type MailInput, sendMails } from '../mail/send-mail.ts';
import { programs } from '../organizations/tables.ts';
import { participants } from '../participants/tables.ts';
import type { MatchRow } from './tables.ts';

type Side = 'mentor' | 'mentee';

/**
 * Emails the named people of a match about it, in their language, with a link to the match.
 * People without an email address (username accounts) see it in the app: their match list marks
 * what waits for their answer.
 */
export async function notifyMatch(
  tx: Tx,
  ctx: Ctx,
  match: MatchRow,
  template: Extract<MailInput['template'], 'matchProposed' | 'mentorRequested' | 'matchActive' | 'matchDeclined'>,
  recipients: Side[],
  vars: Record<string, string> = {},
): Promise<void> {
  const people = await tx
    .select({ participantId: participants.id, name: user.name, email: user.email, locale: user.locale })
    .from(participants)
    .innerJoin(user, eq(user.id, participants.userId))
    .where(inArray(participants.id, [match.mentorParticipantId, match.menteeParticipantId]));
  const [program] = await tx.select({ name: programs.name }).from(programs).where(eq(programs.id, match.programId));
  const bySide = (side: Side) =>
    people.find((p) => p.participantId === (side === 'mentor' ? match.mentorParticipantId : match.menteeParticipantId));
  const mails: MailInput[] = [];
  for (const side of recipients) {
    const me = bySide(side);
    const other = bySide(side === 'mentor' ? 'mentee' : 'mentor');
    if (!me || !other || isUndeliverableEmail(me.email)) continue;
    mails.push({
      organizationId: match.organizationId,
      to: me.email,
      locale: me.locale,
      template,
      vars: {
        name: me.name,
        other: other.name,
        otherRole: translate(me.locale, `roles.${side === 'mentor' ? 'mentee' : 'mentor'}`),
        program: program?.name ?? '',
        url: `${ctx.config.baseUrl}/matches/${match.id}`,
        ...vars,
      },
    });
  }
  await sendMails(tx, ctx, mails);
}
