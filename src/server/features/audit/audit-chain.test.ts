import { asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { accept, createProgram, invite, setUpInstance } from '../../../../test/support/factories.ts';
import { testAppPerTest } from '../../../../test/support/test-app.ts';
import { TestClient } from '../../../../test/support/test-client.ts';
import { runOperation } from '../../../cli/operations/registry.ts';
import { GENESIS_HASH, hashAuditEvent } from './audit-hash.ts';
import { auditEvents } from './tables.ts';
import { type ChainHead, type VerifyResult, verifyAuditChains } from './verify-audit-chains.ts';

const t = testAppPerTest();

const MENTOR = { name: 'Mina Okafor', email: 'mina.okafor@hill.example' };

/** Events of every kind, made through the API: setup, a program, an invitation, a failed sign-in, a denial. */
async function eventfulInstance() {
  const { admin, orgId, email: adminEmail } = await setUpInstance(t());
  const program = await createProgram(admin, orgId);
  const { token } = await invite(admin, orgId, { email: MENTOR.email, role: 'mentor', programId: program.id });
  const mentor = await accept(t(), token, MENTOR.name);
  const failed = await new TestClient(t().app).post('/api/auth/sign-in/email', {
    email: MENTOR.email,
    password: 'certainly not her password',
  });
  expect(failed.status).toBe(401);
  const denied = await mentor.get(`/api/organizations/${orgId}/members`);
  expect(denied.status).toBe(403);
  return { admin, orgId, adminEmail, mentor };
}

const query = (text: string, values: unknown[] = []) => t().database.query<Record<string, unknown>>(text, values);

async function orgChain(orgId: string) {
  const { rows } = await query('select seq, action from audit_events where chain = $1 order by seq', [orgId]);
  return rows.map((r) => ({ seq: Number(r.seq), action: String(r.action) }));
}

const verifyOperation = async (heads: ChainHead[] = []) =>
  (await runOperation(t().ctx, 'audit-verify', { heads })) as VerifyResult;

describe('the audit chain', () => {
  it('names the chain and seq of an event whose details were changed in the database', async () => {
    const { orgId } = await eventfulInstance();
    expect((await verifyAuditChains(t().database.db)).ok).toBe(true);
    const invited = (await orgChain(orgId)).find((e) => e.action === 'invitation.created');
    if (!invited) throw new Error('no invitation event');

    await query(`update audit_events set details = '{"role":"admin","programId":null}' where chain = $1 and seq = $2`, [
      orgId,
      invited.seq,
    ]);

    for (const result of [await verifyAuditChains(t().database.db), await verifyOperation()]) {
      expect(result.ok).toBe(false);
      expect(result.problems).toEqual([
        expect.objectContaining({ chain: orgId, seq: invited.seq, reason: expect.stringMatching(/content/) }),
      ]);
    }
  });

  it('reports a deleted event in the middle of a chain as missing', async () => {
    const { orgId } = await eventfulInstance();
    const events = await orgChain(orgId);
    const middle = events[Math.floor(events.length / 2)];
    if (!middle || events.length < 3) throw new Error('too few events to delete a middle one');

    await query('delete from audit_events where chain = $1 and seq = $2', [orgId, middle.seq]);

    const result = await verifyOperation();
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      expect.objectContaining({ chain: orgId, reason: expect.stringContaining(`event ${middle.seq} is missing`) }),
    ]);
  });

  it('catches the newest events being deleted only when compared with a head saved earlier', async () => {
    const { orgId } = await eventfulInstance();
    const heads = (await runOperation(t().ctx, 'audit-head', {})) as ChainHead[];
    const savedHead = heads.find((h) => h.chain === orgId);
    expect(savedHead?.seq).toBe((await orgChain(orgId)).length);

    await query('delete from audit_events where chain = $1 and seq > $2', [orgId, (savedHead?.seq ?? 0) - 2]);

    expect((await verifyOperation()).ok).toBe(true);
    const compared = await verifyOperation(heads);
    expect(compared.ok).toBe(false);
    expect(compared.problems).toEqual([
      expect.objectContaining({ chain: orgId, seq: savedHead?.seq, reason: expect.stringMatching(/newest events/) }),
    ]);
  });

  it('catches a chain rewritten with recomputed hashes only when compared with a head saved earlier', async () => {
    const { orgId } = await eventfulInstance();
    const heads = (await runOperation(t().ctx, 'audit-head', {})) as ChainHead[];
    const savedHead = heads.find((h) => h.chain === orgId);

    // Someone with write access changes one event and recomputes every hash from there on: the
    // hashes are unkeyed, so the chain alone looks whole again. Only the head kept outside can tell.
    const rows = await t()
      .database.db.select()
      .from(auditEvents)
      .where(eq(auditEvents.chain, orgId))
      .orderBy(asc(auditEvents.seq));
    let prevHash = GENESIS_HASH;
    for (const row of rows) {
      const details = row.action === 'invitation.created' ? { ...row.details, role: 'admin' } : row.details;
      const hash = hashAuditEvent({ ...row, details, prevHash });
      await query('update audit_events set details = $1, prev_hash = $2, hash = $3 where id = $4', [
        JSON.stringify(details),
        prevHash,
        hash,
        row.id,
      ]);
      prevHash = hash;
    }

    expect((await verifyOperation()).ok).toBe(true);
    const compared = await verifyOperation(heads);
    expect(compared.problems).toEqual([
      expect.objectContaining({ chain: orgId, seq: savedHead?.seq, reason: expect.stringMatching(/saved head/) }),
    ]);
  });

  it('writes pseudonyms into events, never the names, emails or account ids of the people', async () => {
    const { admin, mentor, adminEmail } = await eventfulInstance();
    const ids = [(await admin.get('/api/me')).body.id, (await mentor.get('/api/me')).body.id] as string[];
    const { rows } = await query('select row_to_json(e)::text as text from audit_events e');
    const everything = rows.map((r) => String(r.text)).join('\n');
    expect(rows.length).toBeGreaterThan(10);
    for (const secret of ['Ada Admin', adminEmail, MENTOR.name, MENTOR.email, ...ids]) {
      expect(everything.toLowerCase()).not.toContain(secret.toLowerCase());
    }
    const actors = await query('select distinct actor from audit_events');
    for (const { actor } of actors.rows) expect(String(actor)).toMatch(/^(p_[A-Za-z0-9_-]{22}|anonymous|operator)$/);
  });

  it('records a failed sign-in as failed and a refused request as denied', async () => {
    const { admin, orgId } = await eventfulInstance();
    const instance = (await admin.get('/api/instance/audit-events')).body as { action: string; outcome: string }[];
    expect(instance).toContainEqual(
      expect.objectContaining({ action: 'auth.sign_in', outcome: 'failed', targetType: 'email' }),
    );
    const organization = (await admin.get(`/api/organizations/${orgId}/audit-events`)).body;
    expect(organization).toContainEqual(
      expect.objectContaining({ action: 'permission.denied', outcome: 'denied', actorName: MENTOR.name }),
    );
  });

  it("shows the admin their own name for their pseudonym on the organization's audit log", async () => {
    const { admin, orgId } = await eventfulInstance();
    const res = await admin.get(`/api/organizations/${orgId}/audit-events`);
    expect(res.status).toBe(200);
    const created = (res.body as { action: string; actor: string; actorName: string | null }[]).find(
      (e) => e.action === 'program.created',
    );
    expect(created).toMatchObject({ actorName: 'Ada Admin', actor: expect.stringMatching(/^p_/) });
  });
});
