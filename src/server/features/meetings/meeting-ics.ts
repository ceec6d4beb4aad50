import type { Ctx } from '../../context.ts';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import { renderMeetingIcs } from './calendar-render.ts';
import { findMeeting } from './find-meeting.ts';
import { otherSide, personOf } from './schedule-match.ts';

/** One meeting of the actor's as a downloadable .ics (the pair only: it is theirs to add to a calendar). */
export async function getMeetingIcs(db: Db, ctx: Ctx, actor: Actor, meetingId: string): Promise<string> {
  const { found, meeting } = await findMeeting(db, actor, meetingId, 'party');
  const other = personOf(found, otherSide(found.side ?? 'mentor'));
  const match = { matchId: found.match.id, otherName: other.name, series: [], meetings: [meeting] };
  return renderMeetingIcs(match, meeting, { baseUrl: ctx.config.baseUrl, locale: actor.locale, now: ctx.clock.now() });
}
