import { count } from 'drizzle-orm';
import { TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { setUpInstance } from '../../test/support/factories.ts';
import { testAppPerFile, testAppPerTest } from '../../test/support/test-app.ts';
import { TestClient } from '../../test/support/test-client.ts';
import { user } from '../server/features/identity/tables.ts';
import { formatDemoSummary } from './commands/demo.ts';
import { demoOrganizations } from './demo/organizations.ts';
import { castDemo } from './demo/people.ts';
import type { DemoSummary } from './operations/demo.ts';
import { runOperation } from './operations/registry.ts';

// Loading the demo takes seconds, so the tests below share one load on a fresh instance and only
// read it (signing in, listing). The test that needs a demo loaded onto an instance that already
// had an admin resets the database for itself, last in the file.
const t = testAppPerFile();

const loadDemo = async () => (await runOperation(t().ctx, 'demo', {})) as DemoSummary;

// Loaded by whichever test asks first (not in beforeAll), so a console.error while loading still
// fails a test; a failed load fails every test that reads it.
let shared: Promise<DemoSummary> | null = null;
const sharedDemo = () => {
  shared ??= loadDemo();
  return shared;
};

function staffMember(summary: DemoSummary, role: string, organization: string) {
  const staff = summary.staff.find((s) => s.role === role && s.organization === organization);
  if (!staff) throw new Error(`no demo ${role} in ${organization}`);
  return staff;
}

/** What a person does with the printed summary: the password, then the code their app shows. */
async function signInWithTotp(email: string, password: string, totpSecret: string) {
  const client = new TestClient(t().app);
  const first = await client.post('/api/auth/sign-in/email', { email, password });
  expect(first.body).toMatchObject({ twoFactorRedirect: true });
  const code = new TOTP({ secret: totpSecret }).generate();
  const verified = await client.post('/api/auth/two-factor/verify-totp', { code });
  expect(verified.status).toBe(200);
  return client;
}

async function signInAs(staff: DemoSummary['staff'][number], summary: DemoSummary) {
  return signInWithTotp(staff.email, summary.password, staff.totp.secret);
}

describe('trellis demo', () => {
  it('loads demo-school and demo-community, each with its staff, 15 mentors and 45 mentees', async () => {
    const summary = await sharedDemo();
    expect(summary.programs.map((p) => p.slug)).toEqual(['demo-school', 'demo-community']);
    for (const organization of ['Riverside High School', 'Northside Youth Network']) {
      const admin = await signInAs(staffMember(summary, 'admin', organization), summary);
      const me = await admin.get('/api/me');
      const orgId = me.body.roles.find((r: { role: string }) => r.role === 'admin').organizationId as string;
      const members = await admin.get(`/api/organizations/${orgId}/members`);
      expect(members.status).toBe(200);
      const roles: Record<string, number> = {};
      for (const m of members.body as { role: string; twoFactorEnabled: boolean }[]) {
        roles[m.role] = (roles[m.role] ?? 0) + 1;
      }
      expect(roles).toEqual({ admin: 1, safeguarding_lead: 1, coordinator: 1, mentor: 15, mentee: 45 });
      const staffWithoutTotp = members.body.filter(
        (m: { role: string; twoFactorEnabled: boolean }) =>
          ['admin', 'safeguarding_lead', 'coordinator'].includes(m.role) && !m.twoFactorEnabled,
      );
      expect(staffWithoutTotp).toEqual([]);
    }
  });

  it('signs the demo coordinator in with the printed password and TOTP secret, and opens their program', async () => {
    const summary = await sharedDemo();
    const coordinator = staffMember(summary, 'coordinator', 'Riverside High School');
    const uri = new URL(coordinator.totp.uri);
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('secret')).toBe(coordinator.totp.secret);
    expect(uri.searchParams.get('issuer')).toBe('Trellis');

    const client = new TestClient(t().app);
    const first = await client.post('/api/auth/sign-in/email', {
      email: coordinator.email,
      password: summary.password,
    });
    expect(first.body).toMatchObject({ twoFactorRedirect: true });
    expect((await client.post('/api/auth/two-factor/verify-totp', { code: '000000' })).status).toBe(401);
    const code = new TOTP({ secret: uri.searchParams.get('secret') ?? '' }).generate();
    expect((await client.post('/api/auth/two-factor/verify-totp', { code })).status).toBe(200);

    const me = await client.get('/api/me');
    expect(me.body.roles).toEqual([
      expect.objectContaining({ role: 'coordinator', programName: 'Riverside Peer Mentoring' }),
    ]);
    const program = await client.get(`/api/programs/${me.body.roles[0].programId}`);
    expect(program.status).toBe(200);
    expect(program.body).toMatchObject({ slug: 'demo-school', cadence: { frequency: 'weekly', minutes: 45 } });
  });

  // Uses up the lead's first recovery code; no other test here uses recovery codes.
  it('lets a demo safeguarding lead in with a printed recovery code instead of a TOTP code', async () => {
    const summary = await sharedDemo();
    const lead = staffMember(summary, 'safeguarding_lead', 'Northside Youth Network');
    const client = new TestClient(t().app);
    await client.post('/api/auth/sign-in/email', { email: lead.email, password: summary.password });
    const res = await client.post('/api/auth/two-factor/verify-backup-code', { code: lead.totp.backupCodes[0] });
    expect(res.status).toBe(200);
    expect((await client.get('/api/me')).body.roles[0].role).toBe('safeguarding_lead');
  });

  it('lets a demo mentee sign in with the shared password alone', async () => {
    const summary = await sharedDemo();
    const client = new TestClient(t().app);
    const email = summary.programs[1]?.exampleMentee;
    const res = await client.post('/api/auth/sign-in/email', { email, password: summary.password });
    expect(res.status).toBe(200);
    expect(res.body.twoFactorRedirect).toBeUndefined();
    const me = await client.get('/api/me');
    expect(me.body.roles).toEqual([
      expect.objectContaining({ role: 'mentee', programName: 'Northside Mentoring Circle' }),
    ]);
  });

  it('refuses to load the demo a second time with DEMO_EXISTS, adding nobody', async () => {
    await sharedDemo();
    const accounts = async () => (await t().ctx.database.db.select({ n: count() }).from(user))[0]?.n;
    const before = await accounts();
    await expect(loadDemo()).rejects.toMatchObject({ code: 'DEMO_EXISTS', status: 409 });
    expect(await accounts()).toBe(before);
  });

  it('makes the school admin instance admin on a fresh instance, which then needs no setup', async () => {
    const summary = await sharedDemo();
    const admin = staffMember(summary, 'admin', 'Riverside High School');
    expect(summary.instanceAdmin).toBe(admin.email);
    const client = await signInAs(admin, summary);
    expect((await client.get('/api/me')).body.isInstanceAdmin).toBe(true);
    expect((await client.get('/api/setup')).body).toEqual({ needsSetup: false });
  });

  it('prints the URL, the password, every staff login with its TOTP secret, and each program breakdown', async () => {
    const summary = await sharedDemo();
    const text = formatDemoSummary(summary);
    expect(text).toContain(summary.url);
    expect(text).toContain(`Password of every demo account: ${summary.password}`);
    expect(summary.staff).toHaveLength(6);
    for (const staff of summary.staff) {
      expect(text).toContain(staff.email);
      expect(text).toContain(staff.totp.secret);
      expect(text).toContain(staff.totp.uri);
    }
    expect(text).toMatch(/demo-school.*\n {2}15 mentors, 45 mentees; most common shared experiences: \S/);
    expect(text).toMatch(/demo-community.*\n {2}15 mentors, 45 mentees; most common shared experiences: \S/);
    for (const p of summary.programs) {
      expect(text).toContain(p.screeningExpiring);
      for (const guardian of [...p.guardians.confirmed, ...p.guardians.awaiting]) expect(text).toContain(guardian);
    }
    expect(text).toContain('guardians who consented (sign in with the password)');
    expect(text).toMatch(/by status: \d+ active, /);
    const community = summary.programs[1]!;
    expect(text).toContain(`demo-community, "Northside Mentoring Circle"`);
    expect(text).toMatch(/\n {2}4 active matches, meeting weekly for about six weeks: /);
    expect(text).toContain(
      `to see a schedule, sign in as the mentee ${community.schedulePair?.mentee} or their mentor ${community.schedulePair?.mentor}`,
    );
  });
});

/** The demo coordinator of a program, signed in, with that program's participant list. */
async function coordinatorView(summary: DemoSummary, organization: string) {
  const client = await signInAs(staffMember(summary, 'coordinator', organization), summary);
  const programId = (await client.get('/api/me')).body.roles[0].programId as string;
  const list = await client.get(`/api/programs/${programId}/participants?limit=200`);
  expect(list.status).toBe(200);
  return { client, programId, list: list.body as ParticipantList };
}

interface ParticipantList {
  rows: { id: string; email: string; role: string; status: string }[];
  counts: { byStatus: Record<string, number>; byRole: Record<string, number> };
}

describe('trellis demo participants', () => {
  it('puts participants in every status but closed, as the summary counts them', async () => {
    const summary = await sharedDemo();
    for (const [index, organization] of ['Riverside High School', 'Northside Youth Network'].entries()) {
      const { list } = await coordinatorView(summary, organization);
      const expected = summary.programs[index]?.statuses ?? {};
      expect(list.counts.byRole).toEqual({ mentor: 15, mentee: 45 });
      for (const status of ['applied', 'screening', 'training', 'ready', 'active', 'withdrawn', 'paused']) {
        expect(list.counts.byStatus[status], status).toBeGreaterThanOrEqual(1);
      }
      expect(list.counts.byStatus.awaiting_guardian).toBe(2);
      expect(list.counts.byStatus).toEqual({ closed: 0, ...expected });
    }
  });

  it('holds a minor whose guardian has not answered in awaiting guardian, and lets a consenting guardian sign in', async () => {
    const summary = await sharedDemo();
    const school = summary.programs[0]!;
    const { list } = await coordinatorView(summary, 'Riverside High School');
    const [awaitingChild] = castDemo(demoOrganizations)[0]!.mentees;
    expect(list.rows.find((r) => r.email === awaitingChild?.email)?.status).toBe('awaiting_guardian');
    expect(school.guardians.awaiting).toContain(awaitingChild?.email.replace('@', '.guardian@'));

    const guardian = new TestClient(t().app);
    const signedIn = await guardian.post('/api/auth/sign-in/email', {
      email: school.guardians.confirmed[0],
      password: summary.password,
    });
    expect(signedIn.status).toBe(200);
    const children = await guardian.get('/api/me/children');
    expect(children.status).toBe(200);
    expect(children.body).toHaveLength(1);
  });

  it('shows staff that a private experience exists but not which, and names the ones shared with staff', async () => {
    const summary = await sharedDemo();
    const { client, list } = await coordinatorView(summary, 'Northside Youth Network');
    const mentors = castDemo(demoOrganizations)[1]!.mentors;
    const idOf = (email: string | undefined) => list.rows.find((r) => r.email === email)?.id;
    const hidden = await client.get(`/api/participants/${idOf(mentors[2]?.email)}/experiences`);
    expect(hidden.status).toBe(200);
    expect(hidden.body.length).toBeGreaterThan(0);
    for (const e of hidden.body) expect(e).toMatchObject({ label: null, isPrivate: true });
    const shown = await client.get(`/api/participants/${idOf(mentors[0]?.email)}/experiences`);
    expect(shown.body.length).toBeGreaterThan(0);
    for (const e of shown.body) expect(e.label).toEqual(expect.any(String));
  });

  it('has a mentor whose screening check expires within days, found by the screening-expiring filter', async () => {
    const summary = await sharedDemo();
    const { client, programId } = await coordinatorView(summary, 'Riverside High School');
    const expiring = await client.get(
      `/api/programs/${programId}/participants?screeningExpiring=true&screeningWithinDays=30`,
    );
    expect(expiring.status).toBe(200);
    expect(expiring.body.rows.map((r: { email: string }) => r.email)).toEqual([summary.programs[0]?.screeningExpiring]);
  });
});

interface ConsistencyRow {
  status: string;
  mentee: { name: string };
  figures: {
    expected: number;
    held: number;
    upcoming: number;
    disputed: number;
    noShows: { mentor: number; mentee: number };
    lateChanges: { mentor: number; mentee: number };
    commitments: { keptOnTime: number; overdue: number; open: number };
  };
}

const sum = (rows: ConsistencyRow[], figure: (f: ConsistencyRow['figures']) => number) =>
  rows.reduce((total, row) => total + figure(row.figures), 0);

// The school's matches exist only while its year has run six weeks and has two to go (not over
// the summer); the community program's year always has, so its four matches are always there.
describe('trellis demo matches', () => {
  it("shows the coordinator each match's meetings held of expected, a no-show, a late cancellation and one disputed meeting", async () => {
    const summary = await sharedDemo();
    expect(summary.programs[1]?.activeMatches).toBe(4);
    for (const [index, organization] of ['Riverside High School', 'Northside Youth Network'].entries()) {
      const program = summary.programs[index]!;
      const { client, programId } = await coordinatorView(summary, organization);
      const res = await client.get(`/api/programs/${programId}/consistency`);
      expect(res.status).toBe(200);
      const rows = res.body as ConsistencyRow[];
      expect(rows).toHaveLength(program.activeMatches);
      if (program.activeMatches === 0) continue;
      expect(program.activeMatches).toBe(4);
      for (const row of rows) {
        expect(row.status).toBe('active');
        expect(row.figures.held).toBeGreaterThanOrEqual(3);
        expect(row.figures.expected).toBeGreaterThan(row.figures.held);
        expect(row.figures.upcoming).toBeGreaterThan(0);
        expect(row.figures.commitments.keptOnTime).toBe(1);
      }
      expect(sum(rows, (f) => f.disputed)).toBe(1);
      expect(sum(rows, (f) => f.noShows.mentee)).toBe(1);
      expect(sum(rows, (f) => f.noShows.mentor)).toBe(0);
      expect(sum(rows, (f) => f.lateChanges.mentor)).toBe(1);
      expect(sum(rows, (f) => f.commitments.overdue)).toBe(2);

      const today = new Date().toISOString().slice(0, 10);
      const sixWeeksAgo = new Date(Date.now() - 45 * 86_400_000).toISOString().slice(0, 10);
      const meetings = await client.get(`/api/programs/${programId}/meetings?from=${sixWeeksAgo}&to=${today}`);
      expect(meetings.status).toBe(200);
      const disputed = meetings.body.filter((m: { status: string }) => m.status === 'disputed');
      expect(disputed).toHaveLength(1);
      expect(rows.map((r) => r.mentee.name)).toContain(disputed[0].menteeName);
    }
  });

  it('shows the named mentee their weekly schedule: held meetings, a late cancellation, their proposal and commitments', async () => {
    const summary = await sharedDemo();
    const pair = summary.programs[1]?.schedulePair;
    const client = new TestClient(t().app);
    const signedIn = await client.post('/api/auth/sign-in/email', { email: pair?.mentee, password: summary.password });
    expect(signedIn.status).toBe(200);
    const mine = await client.get('/api/me/matches');
    expect(mine.body).toHaveLength(1);
    expect(mine.body[0]).toMatchObject({ status: 'active', myRole: 'mentee' });
    const matchId = mine.body[0].id as string;

    const schedule = await client.get(`/api/matches/${matchId}/schedule`);
    expect(schedule.status).toBe(200);
    expect(schedule.body).toMatchObject({ mySide: 'mentee', series: { intervalWeeks: 1 } });
    const meetings = schedule.body.meetings as {
      status: string;
      startsAt: string;
      feltHeard: number | null;
      lateChangeBy: string | null;
    }[];
    const past = meetings.filter((m) => new Date(m.startsAt) < new Date());
    const held = past.filter((m) => m.status === 'held');
    expect(held.length).toBeGreaterThanOrEqual(3);
    for (const m of held) expect(m.feltHeard).toBeGreaterThanOrEqual(3);
    expect(past.filter((m) => m.status === 'cancelled')).toEqual([
      expect.objectContaining({ lateChangeBy: 'mentor', cancelledBy: 'mentor' }),
    ]);
    expect(
      meetings.filter((m) => new Date(m.startsAt) > new Date() && m.status === 'scheduled').length,
    ).toBeGreaterThan(0);
    expect(schedule.body.proposals).toEqual([expect.objectContaining({ proposedBy: 'mentee', status: 'pending' })]);

    const commitments = await client.get(`/api/matches/${matchId}/commitments`);
    expect(commitments.status).toBe(200);
    const states = (
      commitments.body as {
        owner: string;
        text: string;
        keptOnTime: boolean | null;
        overdue: boolean;
        completedAt: string | null;
      }[]
    )
      .map((c) => ({
        owner: c.owner,
        kept: c.keptOnTime,
        overdue: c.overdue,
        done: c.completedAt !== null,
        hasText: c.text.length > 0,
      }))
      .sort((a, b) => Number(a.done) - Number(b.done) || Number(a.overdue) - Number(b.overdue));
    expect(states).toEqual([
      { owner: 'mentee', kept: null, overdue: false, done: false, hasText: true },
      { owner: 'mentor', kept: false, overdue: true, done: false, hasText: true },
      { owner: 'mentee', kept: true, overdue: false, done: true, hasText: true },
    ]);
  });

  it('makes the matched people active and leaves one ready mentee to choose a mentor', async () => {
    const summary = await sharedDemo();
    const { list } = await coordinatorView(summary, 'Northside Youth Network');
    const readyMentees = list.rows.filter((r) => r.role === 'mentee' && r.status === 'ready');
    expect(readyMentees).toHaveLength(1);
    const pair = summary.programs[1]?.schedulePair;
    for (const email of [pair?.mentee, pair?.mentor]) {
      expect(list.rows.find((r) => r.email === email)?.status).toBe('active');
    }
  });
});

describe('demo people', () => {
  it('are the same on every run, each with a distinct demo address and one to three experiences', () => {
    const casts = castDemo(demoOrganizations);
    expect(castDemo(demoOrganizations)).toEqual(casts);
    const people = casts.flatMap((c) => [c.admin, c.safeguardingLead, c.coordinator, ...c.mentors, ...c.mentees]);
    expect(people).toHaveLength(126);
    expect(new Set(people.map((p) => p.email)).size).toBe(126);
    for (const p of people) expect(p.email).toMatch(/^[a-z0-9-]+\.[a-z0-9-]+@demo\.trellis\.test$/);
    for (const p of casts.flatMap((c) => [...c.mentors, ...c.mentees])) {
      expect(p.experiences.length).toBeGreaterThanOrEqual(1);
      expect(p.experiences.length).toBeLessThanOrEqual(3);
    }
    expect(new Set(people.map((p) => p.name.split(' ')[1])).size).toBeGreaterThan(40);
  });
});

// Last in the file: it empties the database the tests above share, then loads the demo again.
describe('trellis demo on an instance that already has an instance admin', () => {
  const fresh = testAppPerTest();

  it('leaves instance administration alone', async () => {
    const { admin: ada } = await setUpInstance(fresh());
    const summary = await loadDemo();
    expect(summary.instanceAdmin).toBeNull();
    const demoAdmin = await signInAs(staffMember(summary, 'admin', 'Riverside High School'), summary);
    expect((await demoAdmin.get('/api/me')).body.isInstanceAdmin).toBe(false);
    expect((await ada.get('/api/me')).body.isInstanceAdmin).toBe(true);
  });
});
