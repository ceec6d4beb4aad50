import type { Ctx } from '../../context.ts';
import { toLocalParts } from '../../lib/zoned-time.ts';
import { deliverReminder } from './deliver-reminder.ts';
import { findMatchPeople } from './find-match-people.ts';
import { findMatchesWithoutMeetings } from './find-matches-without-meetings.ts';
import { findProgramCoordinators } from './find-program-coordinators.ts';
import { findReminderSettings, settingsOf } from './find-reminder-settings.ts';
import { formatDay } from './format-day.ts';
import { DAY } from './reminder-payload.ts';

/**
 * The daily look for matches that have stopped meeting: each coordinator of the program is told
 * once per gap (the key names the last held meeting, or the match's start), one transaction per
 * match. Returns how many notices went out.
 */
export async function deliverNoMeetingAlerts(ctx: Ctx): Promise<number> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const quiet = await findMatchesWithoutMeetings(db, now);
  const people = await findMatchPeople(
    db,
    quiet.map((q) => q.matchId),
  );
  let delivered = 0;
  for (const gap of quiet) {
    const pair = people.get(gap.matchId);
    if (!pair) continue;
    const { match, mentor, mentee } = pair;
    const link = `/matches/${match.id}/schedule`;
    const days = String(Math.floor((now.getTime() - gap.since.getTime()) / DAY));
    const since = toLocalParts(gap.since, gap.organizationTimeZone).date;
    await db.transaction(async (tx) => {
      const coordinators = await findProgramCoordinators(tx, match.programId);
      const settings = await findReminderSettings(
        tx,
        coordinators.map((c) => c.userId),
      );
      for (const coordinator of coordinators) {
        const told = await deliverReminder(tx, ctx, {
          dedupKey: `no-meeting:${match.id}:${gap.lastHeldId ?? 'start'}:${coordinator.userId}`,
          notice: {
            userId: coordinator.userId,
            organizationId: match.organizationId,
            kind: 'noMeetingAlert',
            data: { matchId: match.id, mentee: mentee.name, mentor: mentor.name, days, since },
            link,
          },
          mail: settingsOf(settings, coordinator.userId).byEmail
            ? {
                organizationId: match.organizationId,
                to: coordinator.email,
                locale: coordinator.locale,
                template: 'noMeetingAlert',
                vars: {
                  name: coordinator.name,
                  mentee: mentee.name,
                  mentor: mentor.name,
                  program: pair.programName,
                  days,
                  since: formatDay(since, coordinator.locale),
                  cadence: String(gap.cadenceDays),
                  url: `${ctx.config.baseUrl}${link}`,
                },
              }
            : null,
        });
        if (told) delivered++;
      }
    });
  }
  return delivered;
}
