import { describe, expect, it } from 'vitest';
import {
  applyAs,
  moveThrough,
  passRequiredTraining,
  personNamed,
  programWithPeople,
  setApplicationsOpen,
} from '../../../../test/support/factories.ts';
import { testAppPerTest } from '../../../../test/support/test-app.ts';
import type { TestClient } from '../../../../test/support/test-client.ts';

const t = testAppPerTest();

const FORMULA = '=HYPERLINK("http://evil.example","click")';

/** A mentor (Maya) and two mentees (Milo in training, Nia just applied) with different languages and days. */
async function programOfThree() {
  const people = await programWithPeople(t());
  const { admin, orgId, program, coordinator } = people;
  await setApplicationsOpen(coordinator.client, program.id);
  const nia = await personNamed(t(), admin, orgId, {
    role: 'mentee',
    programId: program.id,
    email: 'nia@hill.example',
    name: 'Nia Newcomer',
  });
  const maya = await applyAs(people.mentor.client, program.id, 'mentor', {
    languages: ['en', 'es'],
    availability: [
      { day: 'mon', start: '15:00', end: '16:00' },
      { day: 'wed', start: '15:00', end: '16:00' },
    ],
  });
  const milo = await applyAs(people.mentee.client, program.id, 'mentee');
  const niaParticipant = await applyAs(nia.client, program.id, 'mentee', {
    languages: ['fr'],
    interests: [FORMULA],
    gender: '@SUM(1)',
    availability: [{ day: 'mon', start: '17:00', end: '18:00' }],
  });
  await moveThrough(coordinator.client, milo.id, ['training']);
  return { ...people, nia, ids: { maya: maya.id, milo: milo.id, nia: niaParticipant.id } };
}

async function namesOf(staff: TestClient, programId: string, query: string) {
  const res = await staff.get(`/api/programs/${programId}/participants?${query}`);
  expect(res.status, res.text).toBe(200);
  return (res.body.rows as { name: string }[]).map((r) => r.name);
}

/** An ISO date `days` from today (UTC); the tests keep clear of the edges of the organization's day. */
const fromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('the coordinator’s participant views', () => {
  it('lists the program’s participants by name with counts by status and role', async () => {
    const { program, coordinator } = await programOfThree();
    const res = await coordinator.client.get(`/api/programs/${program.id}/participants`);
    expect(res.status).toBe(200);
    expect(res.body.rows.map((r: { name: string; status: string }) => [r.name, r.status])).toEqual([
      ['Maya Mentor', 'applied'],
      ['Milo Mentee', 'training'],
      ['Nia Newcomer', 'applied'],
    ]);
    expect(res.body.total).toBe(3);
    expect(res.body.counts).toMatchObject({
      total: 3,
      byStatus: { applied: 2, training: 1, ready: 0, paused: 0 },
      byRole: { mentor: 1, mentee: 2 },
    });
  });

  it('filters by role, status, language, availability day and name or email, and pages', async () => {
    const { program, coordinator } = await programOfThree();
    const staff = coordinator.client;
    expect(await namesOf(staff, program.id, 'role=mentee')).toEqual(['Milo Mentee', 'Nia Newcomer']);
    expect(await namesOf(staff, program.id, 'status=training')).toEqual(['Milo Mentee']);
    expect(await namesOf(staff, program.id, 'language=es')).toEqual(['Maya Mentor']);
    expect(await namesOf(staff, program.id, 'availabilityDay=mon')).toEqual(['Maya Mentor', 'Nia Newcomer']);
    expect(await namesOf(staff, program.id, 'availabilityDay=fri')).toEqual([]);
    expect(await namesOf(staff, program.id, 'search=NIA')).toEqual(['Nia Newcomer']);
    expect(await namesOf(staff, program.id, 'search=maya%40hill')).toEqual(['Maya Mentor']);
    expect(await namesOf(staff, program.id, 'search=%25')).toEqual([]);
    expect(await namesOf(staff, program.id, 'role=mentee&language=fr')).toEqual(['Nia Newcomer']);
    const page = await staff.get(`/api/programs/${program.id}/participants?limit=1&offset=1`);
    expect(page.body.rows.map((r: { name: string }) => r.name)).toEqual(['Milo Mentee']);
    expect(page.body.total).toBe(3);
    const bad = await staff.get(`/api/programs/${program.id}/participants?availabilityDay=someday`);
    expect(bad.status).toBe(400);
  });

  it('filters by training done, as the training feature judges it', async () => {
    const { program, coordinator, mentee, ids } = await programOfThree();
    expect(await namesOf(coordinator.client, program.id, 'trainingDone=true')).toEqual([]);
    await passRequiredTraining(coordinator.client, mentee.client, program.id, ids.milo);
    expect(await namesOf(coordinator.client, program.id, 'trainingDone=true')).toEqual(['Milo Mentee']);
    expect(await namesOf(coordinator.client, program.id, 'trainingDone=false')).toEqual([
      'Maya Mentor',
      'Nia Newcomer',
    ]);
    const page = await coordinator.client.get(`/api/programs/${program.id}/participants?trainingDone=false&limit=1`);
    expect(page.body).toMatchObject({ total: 2, rows: [expect.objectContaining({ name: 'Maya Mentor' })] });
  });

  it('finds mentors whose newest check of a kind expires within the chosen days, and forgets a renewed one', async () => {
    const { program, coordinator, ids } = await programOfThree();
    const record = (checkedOn: string, expiresOn: string) =>
      coordinator.client.post(`/api/participants/${ids.maya}/screening-checks`, {
        kind: 'background_check',
        checkedOn,
        outcome: 'passed',
        expiresOn,
      });
    expect((await record(fromToday(-300), fromToday(10))).status).toBe(201);
    expect(await namesOf(coordinator.client, program.id, 'screeningExpiring=true')).toEqual(['Maya Mentor']);
    expect(await namesOf(coordinator.client, program.id, 'screeningExpiring=true&screeningWithinDays=5')).toEqual([]);
    expect(await namesOf(coordinator.client, program.id, 'screeningExpiring=false')).toEqual([
      'Milo Mentee',
      'Nia Newcomer',
    ]);
    expect((await record(fromToday(-2), fromToday(400))).status).toBe(201);
    expect(await namesOf(coordinator.client, program.id, 'screeningExpiring=true')).toEqual([]);
  });

  it('exports the list as CSV with formulas neutralised, honouring the filters, and audits every export', async () => {
    const { admin, orgId, program, coordinator, mentee } = await programOfThree();
    const res = await coordinator.client.get(`/api/programs/${program.id}/participants.csv`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="participants.csv"');
    const lines = res.text.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFemail,username,name,role,status,languages,interests,goals,strengths,availability,timezone,birth_date,gender,capacity,applied_at',
    );
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(
      /^maya@hill\.example,,Maya Mentor,mentor,applied,en; es,football; drawing,,patience,mon 15:00-16:00; wed 15:00-16:00,Europe\/London,,,2,\d{4}-/,
    );
    const nia = lines.find((line) => line.startsWith('nia@hill.example')) ?? '';
    expect(nia).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(nia).toContain(",'@SUM(1),");
    expect(nia).not.toMatch(/,=|,@/);

    const mentorsOnly = await coordinator.client.get(`/api/programs/${program.id}/participants.csv?role=mentor`);
    expect(mentorsOnly.text.split('\r\n').filter(Boolean)).toHaveLength(2);
    const events = (await admin.get(`/api/organizations/${orgId}/audit-events`)).body as {
      action: string;
      details: Record<string, unknown>;
    }[];
    const exports = events.filter((e) => e.action === 'participants.exported');
    expect(exports.map((e) => e.details.rows).sort()).toEqual([1, 3]);

    expect((await mentee.client.get(`/api/programs/${program.id}/participants.csv`)).status).toBe(403);
    expect((await mentee.client.get(`/api/programs/${program.id}/participants`)).status).toBe(403);
  });

  it('shows a participant their own page and timeline, but not anyone else’s', async () => {
    const { mentee, ids } = await programOfThree();
    const own = await mentee.client.get(`/api/participants/${ids.milo}`);
    expect(own.body).toMatchObject({ name: 'Milo Mentee', status: 'training', email: 'milo@hill.example' });
    expect(own.body.timeline.map((e: { to: string }) => e.to)).toEqual(['applied', 'training']);
    expect(own.body).not.toHaveProperty('ownWords');
    const other = await mentee.client.get(`/api/participants/${ids.nia}/timeline`);
    expect(other.status).toBe(404);
  });
});
