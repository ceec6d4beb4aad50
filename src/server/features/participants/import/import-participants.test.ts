import { describe, expect, it } from 'vitest';
import { PASSWORD, programWithPeople } from '../../../../../test/support/factories.ts';
import { testAppPerTest } from '../../../../../test/support/test-app.ts';
import { TestClient } from '../../../../../test/support/test-client.ts';
import { verifyAuditChains } from '../../audit/verify-audit-chains.ts';
import { createUsersWithPasswordHash } from '../../identity/create-users-with-password-hash.ts';
import { checkParticipantImport } from './import-participants.ts';
import { writeImportBatch } from './write-import-batch.ts';

const t = testAppPerTest();
const HEADER = 'email,role,languages,experiences,birth_date,guardian_email';

async function setUp() {
  const people = await programWithPeople(t());
  const staff = people.coordinator.client;
  const base = `/api/programs/${people.program.id}`;
  const participants = async () =>
    (await staff.get(`${base}/participants`)).body.rows as { status: string; role: string }[];
  const run = (csv: string, validOnly = false) => staff.post(`${base}/imports`, { csv, validOnly });
  return { ...people, staff, base, participants, run };
}

const setUpWithApp = async () => ({ ...(await setUp()), t: t() });

describe('participants CSV import', () => {
  it('writes nothing from a file with errors, and the valid rows only when asked', async () => {
    const { run, participants } = await setUp();
    const csv = `${HEADER}\nmilo@hill.example,mentee,en,,2000-01-01,\nnot-an-email,mentee,en,,,\n`;
    const refused = await run(csv);
    expect(refused.body).toMatchObject({ written: false, counts: { created: 0, rejected: 1 } });
    expect(refused.body.errors).toEqual([{ row: 3, column: 'email', reason: expect.any(String) }]);
    expect(await participants()).toHaveLength(0);
    const valid = await run(csv, true);
    expect(valid.body).toMatchObject({ written: true, counts: { created: 1, rejected: 1 } });
    expect(await participants()).toHaveLength(1);
  });

  it('is idempotent: the same file again changes nothing, a changed column updates', async () => {
    const { run } = await setUp();
    const header = `${HEADER},availability,timezone`;
    const csv = `${header}\nmilo@hill.example,mentee,en,Foster care,2000-01-01,,mon 15:00-17:00; wed 16:00-18:30,Europe/Madrid\nnew@hill.example,mentor,en,,,,,\n`;
    expect((await run(csv)).body).toMatchObject({
      counts: { created: 2, updated: 0, unchanged: 0, rejected: 0 },
      invited: 1,
    });
    expect((await run(csv)).body).toMatchObject({
      counts: { created: 0, updated: 0, unchanged: 2, rejected: 0 },
      invited: 0,
    });
    const changed = csv.replace('mentee,en,', 'mentee,en;es,');
    expect((await run(changed)).body.counts).toMatchObject({ updated: 1, unchanged: 1 });
  });

  it('reports an experience label outside the vocabulary against the experiences column', async () => {
    const { run } = await setUp();
    const result = await run(`${HEADER}\nmilo@hill.example,mentee,en,foster CARE;Space travel,2000-01-01,\n`);
    expect(result.body.errors).toEqual([
      { row: 2, column: 'experiences', reason: expect.stringContaining('"Space travel" is not in') },
    ]);
  });

  it('holds a minor with a guardian email in awaiting guardian', async () => {
    const { run, participants } = await setUp();
    const result = await run(`${HEADER}\nmilo@hill.example,mentee,en,,2016-05-01,parent@hill.example\n`);
    expect(result.body.counts).toMatchObject({ created: 1 });
    expect(await participants()).toMatchObject([{ status: 'awaiting_guardian' }]);
  });

  it('reads a UTF-8 file with BOM and CRLF line ends, in the preview', async () => {
    const { staff, base } = await setUp();
    const csv = `\uFEFF${HEADER}\r\nmilo@hill.example,mentee,en,,2000-01-01,\r\n`;
    const preview = await staff.post(`${base}/imports/preview`, { csv });
    expect(preview.body).toMatchObject({
      validRows: 1,
      rejected: 0,
      actions: { create: 1, update: 0, unchanged: 0 },
      rows: [{ row: 2, action: 'create', newAccount: false }],
    });
  });

  it('makes an account for someone new and emails them a link that sets their password', async () => {
    const { t: app, run, participants, admin, orgId } = await setUpWithApp();
    const result = await run(`${HEADER}\nnoa@hill.example,mentor,en;ar,,1999-03-04,\n`);
    expect(result.body).toMatchObject({ counts: { created: 1 }, invited: 1 });
    expect(await participants()).toMatchObject([{ role: 'mentor', status: 'applied', languages: ['en', 'ar'] }]);
    const outbox = (await admin.get(`/api/organizations/${orgId}/outbox`)).body as { to: string; text: string }[];
    const token = outbox.find((m) => m.to === 'noa@hill.example')?.text.match(/\/invitations\/([\w-]+)/)?.[1];
    if (!token) throw new Error('no invitation link in the outbox');
    const noa = new TestClient(app.app);
    expect((await noa.get(`/api/invitations/${token}`)).body).toMatchObject({ hasAccount: false });
    const accepted = await noa.post(`/api/invitations/${token}/accept`, {
      account: { name: 'Noa Haddad', password: PASSWORD },
    });
    expect(accepted.status).toBe(200);
    const signedIn = new TestClient(app.app);
    const signIn = await signedIn.post('/api/auth/sign-in/email', { email: 'noa@hill.example', password: PASSWORD });
    expect(signIn.status).toBe(200);
    const mine = (await signedIn.get('/api/me/participations')).body as { role: string; status: string }[];
    expect(mine).toMatchObject([{ role: 'mentor', status: 'applied' }]);
  });

  it('records each new person in one audit event: who made the account, with which role and invitation', async () => {
    const { t: app, run, admin, orgId, program } = await setUpWithApp();
    const csv =
      'email,username,name,role,birth_date\nnoa@hill.example,,Noa H,mentor,1999-03-04\n,kai.w,Kai W,mentee,2008-02-02\n';
    expect((await run(csv)).body).toMatchObject({ counts: { created: 2 }, invited: 1 });
    type Event = {
      action: string;
      actorName: string | null;
      target: string | null;
      targetName: string | null;
      details: object;
    };
    const events = (await admin.get(`/api/organizations/${orgId}/audit-events?limit=200`)).body as Event[];
    const imported = events.filter((e) => e.action === 'account.imported');
    const invitations = (await admin.get(`/api/organizations/${orgId}/invitations`)).body as {
      id: string;
      email: string;
    }[];
    const noaInvitation = invitations.find((i) => i.email === 'noa@hill.example');
    expect(imported).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actorName: 'Cora Coordinator',
          targetName: 'Noa H',
          details: { programId: program.id, role: 'mentor', username: false, invitationId: noaInvitation?.id },
        }),
        expect.objectContaining({
          actorName: 'Cora Coordinator',
          targetName: 'Kai W',
          details: { programId: program.id, role: 'mentee', username: true, invitationId: null },
        }),
      ]),
    );
    expect(imported).toHaveLength(2);
    // The one event says it all: no separate grant or invitation events for the people it made.
    const made = (e: Event) => e.targetName === 'Noa H' || e.targetName === 'Kai W' || e.target === noaInvitation?.id;
    expect(events.filter((e) => made(e) && e.action !== 'account.imported')).toEqual([]);
    expect((await verifyAuditChains(app.database.db)).ok).toBe(true);
  });

  it('refuses a batch when someone made one of its accounts after the plan, and writes none of it', async () => {
    const { t: app, program, orgId, participants } = await setUpWithApp();
    const target = { id: program.id, organizationId: orgId, timeZone: 'Europe/London' };
    const csv = `${HEADER}\nfirst@hill.example,mentee,en,,2000-01-01,\nlate@hill.example,mentor,en,,1990-01-01,\n`;
    const { plans, errors } = await checkParticipantImport(app.ctx, target, csv);
    expect(errors).toEqual([]);
    const { db } = app.database;
    await db.transaction((tx) =>
      createUsersWithPasswordHash(tx, [{ name: 'Late', email: 'late@hill.example', emailVerified: true }], 'x'),
    );
    const written = db.transaction((tx) => writeImportBatch(tx, app.ctx, 'operator', target, plans));
    await expect(written).rejects.toMatchObject({ code: 'IMPORT_CONFLICT' });
    expect(await participants()).toEqual([]);
  });

  it('makes a username account for a young person without email; a setup code lets them in', async () => {
    const { t: app, run, staff, base, participants } = await setUpWithApp();
    const csv = 'username,name,role,birth_date\nkai.w,Kai W,mentee,2008-02-02\n';
    expect((await run(csv)).body).toMatchObject({ counts: { created: 1 }, invited: 0 });
    const [kai] = (await participants()) as unknown as { userId: string; username: string | null }[];
    expect(kai).toMatchObject({ username: 'kai.w' });
    const issued = await staff.post(`${base}/username-accounts/${kai?.userId}/setup-codes`, {});
    expect(issued.status).toBe(201);
    const young = new TestClient(app.app);
    const redeemed = await young.post('/api/setup-codes/redeem', {
      username: 'kai.w',
      code: issued.body.code,
      password: PASSWORD,
    });
    expect(redeemed.status).toBe(200);
    expect((await run(csv)).body.counts).toMatchObject({ created: 0, unchanged: 1 });
  });

  it("refuses a username that is someone else's, naming the row and column", async () => {
    const { run } = await setUp();
    await run('username,role,birth_date\nkai.w,mentee,2008-02-02\n');
    const clash = await run('email,username,role\nother@hill.example,kai.w,mentor\n');
    expect(clash.body.errors).toEqual([
      { row: 2, column: 'username', reason: 'this username belongs to another account' },
    ]);
  });

  it('streams progress as batches commit, then the summary, when asked for NDJSON', async () => {
    const { staff, base } = await setUp();
    const rows = Array.from({ length: 501 }, (_, i) => `p${i}@hill.example,mentee,en,,2000-01-01,`);
    const res = await staff.post(
      `${base}/imports`,
      { csv: [HEADER, ...rows].join('\n') },
      {
        accept: 'application/x-ndjson',
      },
    );
    expect(res.headers['content-type']).toContain('application/x-ndjson');
    const events = res.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(events).toEqual([
      { type: 'progress', done: 0, total: 501 },
      { type: 'progress', done: 500, total: 501 },
      { type: 'progress', done: 501, total: 501 },
      expect.objectContaining({ type: 'summary', written: true, counts: expect.objectContaining({ created: 501 }) }),
    ]);
  });

  it('refuses a body over 5 MB with 413', async () => {
    const { staff, base } = await setUp();
    const result = await staff.post(`${base}/imports/preview`, { csv: 'x'.repeat(5 * 1024 * 1024 + 1) });
    expect(result.status).toBe(413);
  });

  it('lets only program staff import', async () => {
    const { mentor, base } = await setUp();
    const result = await mentor.client.post(`${base}/imports`, { csv: HEADER });
    expect(result.status).toBe(403);
  });
});
