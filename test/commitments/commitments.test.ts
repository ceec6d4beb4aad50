import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { commitments } from '../../src/server/features/commitments/tables.ts';
import { matches } from '../../src/server/features/matching/tables.ts';
import { activeMatch } from '../support/active-match.ts';
import { isoDayAfter, isoDayFromToday, PROGRAM_DATES } from '../support/dates.ts';
import { matchingProgram } from '../support/matching-world.ts';
import { testAppPerTest } from '../support/test-app.ts';

const t = testAppPerTest();

const WORDS = 'Draft the scholarship essay about moving to Leeds';

/** Ana mentors (in New York), Cal is mentored (in London); Eve and Dan are another pair in the same program. */
async function world() {
  const w = await matchingProgram(t());
  const pair = await activeMatch(w, {
    mentor: {
      name: 'Ana Mentor',
      timeZone: 'America/New_York',
      availability: [{ day: 'wed', start: '11:00', end: '13:00' }],
    },
    mentee: { name: 'Cal Mentee' },
  });
  return { w, ...pair };
}

describe('commitments', () => {
  it('lets either of the pair write one down for either of them, shows both the words and staff only whether it was kept', async () => {
    const { w, matchId, mentor, mentee } = await world();
    const created = await mentee.client.post(`/api/matches/${matchId}/commitments`, {
      owner: 'mentee',
      text: `  ${WORDS} `,
      dueDate: '2027-01-15',
    });
    expect(created.status).toBe(201);
    // Due at the end of 15 January in Cal's zone (London, UTC+0 in winter).
    expect(created.body).toMatchObject({
      owner: 'mentee',
      text: WORDS,
      dueDate: '2027-01-15',
      dueAt: '2027-01-16T00:00:00.000Z',
      createdBy: 'mentee',
      completedAt: null,
      keptOnTime: null,
      overdue: false,
      canComplete: true,
      canDelete: true,
    });
    const byMentor = await mentor.client.post(`/api/matches/${matchId}/commitments`, {
      owner: 'mentor',
      text: 'Send Cal the list of open days',
      dueDate: '2027-01-15',
    });
    // The same day ends five hours later in Ana's zone (New York).
    expect(byMentor.body).toMatchObject({ owner: 'mentor', dueAt: '2027-01-16T05:00:00.000Z', createdBy: 'mentor' });

    for (const person of [mentor, mentee]) {
      const list = await person.client.get(`/api/matches/${matchId}/commitments`);
      expect(list.status).toBe(200);
      expect(list.body.map((c: { text: string }) => c.text)).toEqual([WORDS, 'Send Cal the list of open days']);
    }
    const mentorView = (await mentor.client.get(`/api/matches/${matchId}/commitments`)).body;
    expect(mentorView[0]).toMatchObject({ canComplete: false, canDelete: false });

    const staff = await w.coordinator.client.get(`/api/matches/${matchId}/commitments`);
    expect(staff.status).toBe(200);
    expect(staff.body).toHaveLength(2);
    expect(staff.body[0]).toEqual({
      id: created.body.id,
      owner: 'mentee',
      dueDate: '2027-01-15',
      dueAt: '2027-01-16T00:00:00.000Z',
      completedAt: null,
      keptOnTime: null,
      overdue: false,
    });
    expect(staff.text).not.toContain('scholarship');
    expect(staff.text).not.toContain('open days');

    // Each is told of what the other added (that, not what), with a link to their schedule page.
    const notices = async (person: typeof mentor) =>
      (await person.client.get('/api/me/notifications')).body.notifications as { kind: string; link: string }[];
    const toMentor = (await notices(mentor)).filter((n) => n.kind === 'commitmentAdded');
    const toMentee = (await notices(mentee)).filter((n) => n.kind === 'commitmentAdded');
    expect(toMentor).toHaveLength(1);
    expect(toMentee).toHaveLength(1);
    expect(toMentor[0]?.link).toBe(`/matches/${matchId}/schedule`);
    expect(JSON.stringify(toMentor)).not.toContain('scholarship');
  });

  it('lets only the owner mark it done, tells staff it was kept on time, and keeps a done one from being done again or removed', async () => {
    const { w, matchId, mentor, mentee } = await world();
    const created = await mentor.client.post(`/api/matches/${matchId}/commitments`, {
      owner: 'mentee',
      text: WORDS,
      dueDate: isoDayFromToday(5),
    });
    const url = `/api/commitments/${created.body.id}/completion`;

    const byOther = await mentor.client.post(url);
    expect(byOther.status).toBe(403);
    expect(byOther.body.error.code).toBe('FORBIDDEN');
    const byStaff = await w.coordinator.client.post(url);
    expect(byStaff.status).toBe(404);
    expect(byStaff.body.error.code).toBe('COMMITMENT_NOT_FOUND');

    const done = await mentee.client.post(url);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ text: WORDS, keptOnTime: true, overdue: false, canComplete: false });
    expect(done.body.completedAt).not.toBeNull();

    const again = await mentee.client.post(url);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('COMMITMENT_DONE');
    const removal = await mentor.client.delete(`/api/commitments/${created.body.id}`);
    expect(removal.status).toBe(409);

    const told = (await mentor.client.get('/api/me/notifications')).body.notifications;
    expect(told.filter((n: { kind: string }) => n.kind === 'commitmentDone')).toMatchObject([
      { message: 'Cal Mentee marked a commitment done', link: `/matches/${matchId}/schedule` },
    ]);

    const staff = await w.coordinator.client.get(`/api/matches/${matchId}/commitments`);
    expect(staff.body[0]).toMatchObject({ keptOnTime: true, overdue: false });
    expect(staff.body[0].completedAt).toBe(done.body.completedAt);
  });

  it('shows an open commitment past its due day as overdue and not kept, to the pair and to staff', async () => {
    const { w, matchId, mentee } = await world();
    const created = await mentee.client.post(`/api/matches/${matchId}/commitments`, {
      owner: 'mentee',
      text: WORDS,
      dueDate: isoDayFromToday(2),
    });
    expect(created.body.overdue).toBe(false);
    t().clock.advance(4 * 86_400_000);
    const pair = await mentee.client.get(`/api/matches/${matchId}/commitments`);
    expect(pair.body[0]).toMatchObject({ overdue: true, keptOnTime: false, canComplete: true });
    const staff = await w.coordinator.client.get(`/api/matches/${matchId}/commitments`);
    expect(staff.body[0]).toMatchObject({ overdue: true, keptOnTime: false });
    // Done late: it stays "not kept on time".
    const late = await mentee.client.post(`/api/commitments/${created.body.id}/completion`);
    expect(late.body).toMatchObject({ keptOnTime: false, overdue: false });
  });

  it('lets the person who wrote a commitment down remove it while open, and no one else', async () => {
    const { matchId, mentor, mentee } = await world();
    const created = await mentor.client.post(`/api/matches/${matchId}/commitments`, {
      owner: 'mentee',
      text: WORDS,
      dueDate: isoDayFromToday(5),
    });
    const byOwner = await mentee.client.delete(`/api/commitments/${created.body.id}`);
    expect(byOwner.status).toBe(403);
    const byWriter = await mentor.client.delete(`/api/commitments/${created.body.id}`);
    expect(byWriter.status).toBe(204);
    expect((await mentee.client.get(`/api/matches/${matchId}/commitments`)).body).toEqual([]);
    const gone = await mentor.client.post(`/api/commitments/${created.body.id}/completion`);
    expect(gone.status).toBe(404);
  });

  it('answers someone outside the match as if it did not exist', async () => {
    const { w, matchId, mentee } = await world();
    const other = await activeMatch(w, { mentor: { name: 'Eve Mentor' }, mentee: { name: 'Dan Mentee' } });
    const created = await mentee.client.post(`/api/matches/${matchId}/commitments`, {
      owner: 'mentee',
      text: WORDS,
      dueDate: isoDayFromToday(5),
    });
    for (const outsider of [other.mentor, other.mentee]) {
      const list = await outsider.client.get(`/api/matches/${matchId}/commitments`);
      expect(list.status).toBe(404);
      expect(list.body.error.code).toBe('MATCH_NOT_FOUND');
      const add = await outsider.client.post(`/api/matches/${matchId}/commitments`, {
        owner: 'mentee',
        text: 'Sneak',
        dueDate: isoDayFromToday(5),
      });
      expect(add.status).toBe(404);
      for (const res of [
        await outsider.client.post(`/api/commitments/${created.body.id}/completion`),
        await outsider.client.delete(`/api/commitments/${created.body.id}`),
      ]) {
        expect(res.status).toBe(404);
        expect(res.body.error.code).toBe('COMMITMENT_NOT_FOUND');
      }
    }
    const byStaff = await w.coordinator.client.post(`/api/matches/${matchId}/commitments`, {
      owner: 'mentee',
      text: 'Staff cannot add',
      dueDate: isoDayFromToday(5),
    });
    expect(byStaff.status).toBe(404);
    expect((await mentee.client.get(`/api/matches/${matchId}/commitments`)).body).toHaveLength(1);
  });

  it('refuses a due date in the past or after the program ends, and bad input, writing nothing', async () => {
    const { matchId, mentee } = await world();
    const add = (body: Record<string, unknown>) =>
      mentee.client.post(`/api/matches/${matchId}/commitments`, { owner: 'mentee', text: WORDS, ...body });
    const past = await add({ dueDate: isoDayFromToday(-2) });
    expect(past.status).toBe(400);
    expect(past.body.error.code).toBe('COMMITMENT_DUE_INVALID');
    const afterEnd = await add({ dueDate: isoDayAfter(PROGRAM_DATES.endsOn, 1) });
    expect(afterEnd.status).toBe(400);
    expect(afterEnd.body.error.code).toBe('COMMITMENT_DUE_INVALID');
    expect((await add({ dueDate: PROGRAM_DATES.endsOn })).status).toBe(201);
    for (const bad of [
      { dueDate: '2027-02-30' },
      { dueDate: '15/01/2027' },
      { dueDate: isoDayFromToday(3), text: '   ' },
      { dueDate: isoDayFromToday(3), text: 'x'.repeat(501) },
      { dueDate: isoDayFromToday(3), owner: 'coordinator' },
    ]) {
      const res = await add(bad);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
    expect((await mentee.client.get(`/api/matches/${matchId}/commitments`)).body).toHaveLength(1);
  });

  it('refuses new commitments once the match is closed, and still shows the old ones', async () => {
    const { w, matchId, mentee } = await world();
    await mentee.client.post(`/api/matches/${matchId}/commitments`, {
      owner: 'mentee',
      text: WORDS,
      dueDate: isoDayFromToday(5),
    });
    const closed = await w.coordinator.client.post(`/api/matches/${matchId}/closure`, {
      reason: 'The mentee moved away',
      rematch: false,
    });
    expect(closed.status).toBe(200);
    const add = await mentee.client.post(`/api/matches/${matchId}/commitments`, {
      owner: 'mentee',
      text: 'One more',
      dueDate: isoDayFromToday(5),
    });
    expect(add.status).toBe(409);
    expect(add.body.error.code).toBe('MATCH_NOT_ACTIVE');
    const list = await mentee.client.get(`/api/matches/${matchId}/commitments`);
    expect(list.body).toMatchObject([{ text: WORDS, canComplete: false, canDelete: false }]);
  });

  it('keeps the words at rest only as ciphertext under the match key', async () => {
    const { matchId, mentee } = await world();
    await mentee.client.post(`/api/matches/${matchId}/commitments`, {
      owner: 'mentee',
      text: WORDS,
      dueDate: isoDayFromToday(5),
    });
    await mentee.client.post(`/api/matches/${matchId}/commitments`, {
      owner: 'mentor',
      text: 'Read the scholarship essay draft',
      dueDate: isoDayFromToday(6),
    });
    const { db } = t().database;
    const [match] = await db.select({ dataKeyId: matches.dataKeyId }).from(matches).where(eq(matches.id, matchId));
    expect(match?.dataKeyId).toBeTruthy();
    const rows = await db.select().from(commitments).where(eq(commitments.matchId, matchId));
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      // One key for the match, made on first use and reused.
      expect(row.text.startsWith(`v1.${match?.dataKeyId}.`)).toBe(true);
      for (const word of ['scholarship', 'essay', 'Leeds', 'draft']) expect(row.text).not.toContain(word);
    }
  });
});
