import { expect } from 'vitest';
import { addDays, localToInstant, toLocalParts } from '../../../src/server/lib/zoned-time.ts';
import type { ReceivedMail } from '../../processes/support/smtp-sink.ts';
import type { JobsApp } from '../../support/jobs-app.ts';
import type { TestClient } from '../../support/test-client.ts';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** A local `YYYY-MM-DDTHH:mm` so many days after now, at a wall time in a zone, and its instant. */
export function localAt(now: Date, days: number, time: string, timeZone: string): { local: string; at: Date } {
  const local = `${addDays(toLocalParts(now, timeZone).date, days)}T${time}`;
  return { local, at: localToInstant(local, timeZone) };
}

/** Plans a single meeting through the front door; returns its id and start. */
export async function planMeeting(
  client: TestClient,
  matchId: string,
  when: { local: string; timeZone: string; durationMinutes?: number },
): Promise<{ id: string; startsAt: Date }> {
  const res = await client.post(`/api/matches/${matchId}/meetings`, {
    localStart: when.local,
    timeZone: when.timeZone,
    durationMinutes: when.durationMinutes ?? 45,
    location: 'Library, room 2',
  });
  expect(res.status, res.text).toBe(201);
  return { id: res.body.id, startsAt: new Date(res.body.startsAt) };
}

/** The person's notices of one kind, as the bell shows them. */
export async function noticesOf(
  client: TestClient,
  kind?: string,
): Promise<{ kind: string; message: string; link: string }[]> {
  const res = await client.get('/api/me/notifications');
  expect(res.status, res.text).toBe(200);
  const all = res.body.notifications as { kind: string; message: string; link: string }[];
  return kind ? all.filter((n) => n.kind === kind) : all;
}

/** Emails the SMTP server received for an address, whose subject starts like this. */
export function mailsTo(t: JobsApp, address: string, subjectStart = ''): ReceivedMail[] {
  return t.smtp.messages.filter((m) => m.to.includes(address) && m.subject.startsWith(subjectStart));
}
