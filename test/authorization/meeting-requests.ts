import { isoDayFromToday } from '../support/dates.ts';
import type { Scope } from './expectations.ts';
import type { MatchingScope } from './matching-world.ts';
import type { MeetingWorld } from './meeting-world.ts';
import type { Build } from './requests.ts';
import { ACTORS, type ActorName, type World } from './world.ts';

const programOf = (w: World, scope: Scope) =>
  scope === 'own' ? w.own.programId : scope === 'sibling' ? w.own.siblingProgramId : w.other.programId;
const placeOf = (scope: Scope): MatchingScope => (scope === 'own' || scope === 'sibling' ? scope : 'other');
const meetingsOf = (w: World): MeetingWorld => {
  if (!w.meetings) throw new Error('this world was built without meetings (buildMeetings runs before their rows)');
  return w.meetings;
};
/** The variant of a match-scoped row that asks the pair about the other pair's match of A1. */
export const STRANGERS = 'a match of A1 they are not in';
const matchOf = (w: World, scope: Scope, actor: ActorName, variant: string | undefined) =>
  variant === STRANGERS ? meetingsOf(w).strangersMatches[actor] : meetingsOf(w).matches[placeOf(scope)][actor];
const target = (pool: keyof MeetingWorld) => (w: World, scope: Scope, actor: ActorName) =>
  (meetingsOf(w)[pool] as Record<MatchingScope, Record<ActorName, string>>)[placeOf(scope)][actor];
/** A time of its own for each request that plans something: on one of the free days, one hour per actor. */
const freeTime = (w: World, day: number, actor: ActorName) =>
  `${meetingsOf(w).freeDays[day]}T${String(9 + ACTORS.indexOf(actor)).padStart(2, '0')}:00`;
const ZONE = 'UTC';

const meeting = target('meetingsToReschedule');
const toCancel = target('meetingsToCancel');
const toDownload = target('meetingsToDownload');
const past = target('pastMeetings');
const disputed = target('disputedMeetings');
const toAccept = target('proposalsToAccept');
const toDecline = target('proposalsToDecline');
const toWithdraw = target('proposalsToWithdraw');
const series = target('seriesToEnd');
const ownCommitment = target('ownCommitments');
const othersCommitment = target('othersCommitments');
const written = target('commitmentsWritten');

/** Reminder preferences as everyone has them until they save their own: each success changes nothing. */
const defaultPreferences = {
  meetingOffsets: [1440, 60],
  byEmail: true,
  quietStart: '21:00',
  quietEnd: '08:00',
  timeZone: 'Europe/London',
};

/** Days ahead, as the program calendar is asked for them. */

// Meetings, commitments, calendars, notifications and live updates (issue 5). A match's schedule is
// the pair's to change and program staff's to read; a meeting's attendance is the pair's, its
// dispute staff's to settle. The /api/me routes are the signed-in person's own.
export const meetingBuilders: Record<string, Build> = {
  'GET /api/matches/:matchId/schedule': (w, scope, actor, variant) => ({
    url: `/api/matches/${matchOf(w, scope, actor, variant)}/schedule`,
  }),
  'GET /api/matches/:matchId/time-suggestions': (w, scope, actor) => ({
    url: `/api/matches/${matchOf(w, scope, actor, undefined)}/time-suggestions?durationMinutes=60`,
  }),
  'GET /api/matches/:matchId/consistency': (w, scope, actor) => ({
    url: `/api/matches/${matchOf(w, scope, actor, undefined)}/consistency`,
  }),
  // The rhythm rows end the world's rhythms before others are agreed (agreeing one replaces the current).
  'POST /api/series/:seriesId/end': (w, scope, actor) => ({
    url: `/api/series/${series(w, scope, actor)}/end`,
    body: { reason: `Ended by ${actor}` },
  }),
  'POST /api/matches/:matchId/series': (w, scope, actor) => ({
    url: `/api/matches/${matchOf(w, scope, actor, undefined)}/series`,
    body: {
      weekday: new Date(`${meetingsOf(w).freeDays[3]}T12:00:00Z`).getUTCDay(),
      localTime: '08:00',
      timeZone: ZONE,
      intervalWeeks: 1,
      durationMinutes: 30,
      firstDate: meetingsOf(w).freeDays[3],
    },
  }),
  'POST /api/matches/:matchId/meetings': (w, scope, actor, variant) => ({
    url: `/api/matches/${matchOf(w, scope, actor, variant)}/meetings`,
    body: { localStart: freeTime(w, 0, actor), timeZone: ZONE, durationMinutes: 30 },
  }),
  'POST /api/meetings/:meetingId/reschedule': (w, scope, actor) => ({
    url: `/api/meetings/${meeting(w, scope, actor)}/reschedule`,
    body: { localStart: freeTime(w, 1, actor), timeZone: ZONE, reason: `Moved by ${actor}` },
  }),
  'POST /api/meetings/:meetingId/cancellation': (w, scope, actor) => ({
    url: `/api/meetings/${toCancel(w, scope, actor)}/cancellation`,
    body: { reason: `Cancelled by ${actor}` },
  }),
  'GET /api/meetings/:meetingId/ics': (w, scope, actor) => ({
    url: `/api/meetings/${toDownload(w, scope, actor)}/ics`,
  }),
  'POST /api/matches/:matchId/proposals': (w, scope, actor) => ({
    url: `/api/matches/${matchOf(w, scope, actor, undefined)}/proposals`,
    body: { localStart: freeTime(w, 2, actor), timeZone: ZONE, durationMinutes: 30, reason: `Proposed by ${actor}` },
  }),
  'POST /api/proposals/:proposalId/acceptance': (w, scope, actor) => ({
    url: `/api/proposals/${toAccept(w, scope, actor)}/acceptance`,
  }),
  'POST /api/proposals/:proposalId/decline': (w, scope, actor) => ({
    url: `/api/proposals/${toDecline(w, scope, actor)}/decline`,
    body: { reason: `Declined by ${actor}` },
  }),
  'POST /api/proposals/:proposalId/withdrawal': (w, scope, actor) => ({
    url: `/api/proposals/${toWithdraw(w, scope, actor)}/withdrawal`,
  }),
  // One answer alone settles nothing: each success leaves the meeting waiting for the other's.
  'POST /api/meetings/:meetingId/attendance': (w, scope, actor) => ({
    url: `/api/meetings/${past(w, scope, actor)}/attendance`,
    body: { answer: 'met' },
  }),
  'POST /api/meetings/:meetingId/resolution': (w, scope, actor) => ({
    url: `/api/meetings/${disputed(w, scope, actor)}/resolution`,
    body: { outcome: 'held' },
  }),
  'GET /api/matches/:matchId/commitments': (w, scope, actor, variant) => ({
    url: `/api/matches/${matchOf(w, scope, actor, variant)}/commitments`,
  }),
  'POST /api/matches/:matchId/commitments': (w, scope, actor) => ({
    url: `/api/matches/${matchOf(w, scope, actor, undefined)}/commitments`,
    body: {
      owner: actor === 'mentor' ? 'mentor' : 'mentee',
      text: `Written by ${actor}`,
      dueDate: meetingsOf(w).freeDays[0],
    },
  }),
  'POST /api/commitments/:commitmentId/completion': (w, scope, actor, variant) => ({
    url: `/api/commitments/${variant === "the other's" ? othersCommitment(w, scope, actor) : ownCommitment(w, scope, actor)}/completion`,
  }),
  'DELETE /api/commitments/:commitmentId': (w, scope, actor, variant) => ({
    url: `/api/commitments/${variant === 'written by the other' ? othersCommitment(w, scope, actor) : written(w, scope, actor)}`,
  }),
  'GET /api/programs/:programId/consistency': (w, scope) => ({
    url: `/api/programs/${programOf(w, scope)}/consistency`,
  }),
  'GET /api/programs/:programId/meetings': (w, scope) => ({
    url: `/api/programs/${programOf(w, scope)}/meetings?from=${isoDayFromToday(-1)}&to=${isoDayFromToday(30)}`,
  }),
  // A mentor's reliability (A1's is the world's mentor's own): the mentor themself or program staff.
  'GET /api/participants/:participantId/reliability': (w, scope) => ({
    url: `/api/participants/${
      scope === 'own'
        ? w.participants.ownMentor
        : scope === 'sibling'
          ? w.participants.siblingMentor
          : w.other.participantId
    }/reliability`,
  }),
  // The secret address is the credential (a bystander's feed: the actors' own rows below replace theirs).
  'GET /calendar/:token.ics': (w, _scope, _actor, variant) => ({
    url: `/calendar/${variant === 'a made-up token' ? 'made-up-token-0000000000000000' : meetingsOf(w).feedToken}.ics`,
  }),
  'GET /api/me/calendar-feed': () => ({ url: '/api/me/calendar-feed' }),
  'POST /api/me/calendar-feed': () => ({ url: '/api/me/calendar-feed' }),
  'DELETE /api/me/calendar-feed': () => ({ url: '/api/me/calendar-feed' }),
  'GET /api/me/reminder-preferences': () => ({ url: '/api/me/reminder-preferences' }),
  'PUT /api/me/reminder-preferences': () => ({ url: '/api/me/reminder-preferences', body: defaultPreferences }),
  'GET /api/me/notifications': () => ({ url: '/api/me/notifications' }),
  'POST /api/me/notifications/read': () => ({ url: '/api/me/notifications/read', body: {} }),
  // A server-sent event stream: for a signed-in person it never ends, so only its start is read.
  'GET /api/live': () => ({ url: '/api/live', isStream: true }),
};
