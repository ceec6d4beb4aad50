import { z } from 'zod';
import { toLocalParts } from '../../lib/zoned-time.ts';
import type { MatchSide } from '../matching/find-match-for-actor.ts';
import type { MatchSchedule } from './get-match-schedule.ts';
import {
  attendanceAnswers,
  type MeetingRow,
  matchSides,
  meetingEventKinds,
  meetingStatuses,
  type ProposalRow,
  proposalStatuses,
  type SeriesRow,
} from './tables.ts';

const sideOrNull = z.enum(matchSides).nullable();

export const meetingOut = z.object({
  id: z.string(),
  matchId: z.string(),
  seriesId: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  timeZone: z.string(),
  local: z.object({ date: z.string(), time: z.string(), weekday: z.number().int() }),
  location: z.string().nullable(),
  videoUrl: z.string().nullable(),
  status: z.enum(meetingStatuses),
  cancelledBy: sideOrNull,
  cancelReason: z.string().nullable(),
  lateChangeBy: sideOrNull,
  mentorAttendance: z.enum(attendanceAnswers).nullable(),
  menteeAttendance: z.enum(attendanceAnswers).nullable(),
  noShowBy: z.enum([...matchSides, 'both']).nullable(),
  resolvedAt: z.string().nullable(),
  /** Only for the mentee who gave it. */
  feltHeard: z.number().int().nullable(),
  /** Only for the mentor who gave it. */
  mentorSharedExperience: z.boolean().nullable(),
  /** What the reader still has to say about this meeting (the pair only). */
  awaitingMyAttendance: z.boolean(),
});

export const proposalOut = z.object({
  id: z.string(),
  meetingId: z.string().nullable(),
  proposedBy: z.enum(matchSides),
  startsAt: z.string(),
  endsAt: z.string(),
  timeZone: z.string(),
  location: z.string().nullable(),
  videoUrl: z.string().nullable(),
  reason: z.string().nullable(),
  status: z.enum(proposalStatuses),
  createdAt: z.string(),
  respondedAt: z.string().nullable(),
  responseReason: z.string().nullable(),
});

export const seriesOut = z.object({
  id: z.string(),
  timeZone: z.string(),
  intervalWeeks: z.number().int(),
  firstLocalStart: z.string(),
  untilLocalDate: z.string(),
  durationMinutes: z.number().int(),
  weekday: z.number().int(),
  localTime: z.string(),
  location: z.string().nullable(),
  videoUrl: z.string().nullable(),
});

const personOut = z.object({ participantId: z.string(), name: z.string(), timeZone: z.string() });

export const scheduleOut = z.object({
  matchId: z.string(),
  matchStatus: z.string(),
  mySide: sideOrNull,
  startedAt: z.string().nullable(),
  programEndsOn: z.string(),
  programCadence: z.object({ frequency: z.string(), minutes: z.number().int() }),
  mentor: personOut,
  mentee: personOut,
  series: seriesOut.nullable(),
  meetings: z.array(meetingOut),
  proposals: z.array(proposalOut),
  events: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(meetingEventKinds),
      actorRole: z.string(),
      meetingId: z.string().nullable(),
      detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
      at: z.string(),
    }),
  ),
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentMeeting(m: MeetingRow, reader: MatchSide | null, now: Date): z.infer<typeof meetingOut> {
  const mine = reader === 'mentor' ? m.mentorAttendance : reader === 'mentee' ? m.menteeAttendance : null;
  return {
    id: m.id,
    matchId: m.matchId,
    seriesId: m.seriesId,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    timeZone: m.timeZone,
    local: toLocalParts(m.startsAt, m.timeZone),
    location: m.location,
    videoUrl: m.videoUrl,
    status: m.status,
    cancelledBy: m.cancelledBy,
    cancelReason: m.cancelReason,
    lateChangeBy: m.lateChangeBy,
    mentorAttendance: m.mentorAttendance,
    menteeAttendance: m.menteeAttendance,
    noShowBy: m.noShowBy,
    resolvedAt: iso(m.resolvedAt),
    feltHeard: reader === 'mentee' ? m.feltHeard : null,
    mentorSharedExperience: reader === 'mentor' ? m.mentorSharedExperience : null,
    awaitingMyAttendance:
      reader !== null && mine === null && m.startsAt <= now && (m.status === 'scheduled' || m.status === 'disputed'),
  };
}

export function presentProposal(p: ProposalRow): z.infer<typeof proposalOut> {
  return {
    id: p.id,
    meetingId: p.meetingId,
    proposedBy: p.proposedBy,
    startsAt: p.startsAt.toISOString(),
    endsAt: p.endsAt.toISOString(),
    timeZone: p.timeZone,
    location: p.location,
    videoUrl: p.videoUrl,
    reason: p.reason,
    status: p.status,
    createdAt: p.createdAt.toISOString(),
    respondedAt: iso(p.respondedAt),
    responseReason: p.responseReason,
  };
}

export function presentSeries(s: SeriesRow): z.infer<typeof seriesOut> {
  const [date, time] = s.firstLocalStart.split('T') as [string, string];
  return {
    id: s.id,
    timeZone: s.timeZone,
    intervalWeeks: s.intervalWeeks,
    firstLocalStart: s.firstLocalStart,
    untilLocalDate: s.untilLocalDate,
    durationMinutes: s.durationMinutes,
    weekday: new Date(`${date}T12:00:00Z`).getUTCDay(),
    localTime: time,
    location: s.location,
    videoUrl: s.videoUrl,
  };
}

export function presentSchedule(schedule: MatchSchedule, now: Date): z.infer<typeof scheduleOut> {
  const { found } = schedule;
  const person = (p: typeof found.mentor) => ({ participantId: p.participantId, name: p.name, timeZone: p.timeZone });
  return {
    matchId: found.match.id,
    matchStatus: found.match.status,
    mySide: found.side,
    startedAt: iso(found.match.startedAt),
    programEndsOn: found.program.endsOn,
    programCadence: { frequency: found.program.cadenceFrequency, minutes: found.program.cadenceMinutes },
    mentor: person(found.mentor),
    mentee: person(found.mentee),
    series: schedule.series ? presentSeries(schedule.series) : null,
    meetings: schedule.meetings.map((m) => presentMeeting(m, found.side, now)),
    proposals: schedule.proposals.map(presentProposal),
    events: schedule.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      actorRole: e.actorRole,
      meetingId: e.meetingId,
      detail: e.detail,
      at: e.at.toISOString(),
    })),
  };
}
