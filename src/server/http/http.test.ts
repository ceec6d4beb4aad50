import { describe, expect, it } from 'vitest';
import { setUpInstance } from '../../../test/support/factories.ts';
import { testAppPerTest } from '../../../test/support/test-app.ts';
import { TestClient } from '../../../test/support/test-client.ts';

const t = testAppPerTest();

describe('the HTTP boundary', () => {
  it('refuses a cookie-authenticated change that comes from another site', async () => {
    const { admin, orgId } = await setUpInstance(t());
    const forged = new TestClient(t().app, { origin: 'https://evil.example' });
    for (const [k, v] of admin.cookies) forged.cookies.set(k, v);
    const res = await forged.post(`/api/organizations/${orgId}/programs`, {});
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('CSRF_REJECTED');
    const noOrigin = new TestClient(t().app, { origin: null });
    for (const [k, v] of admin.cookies) noOrigin.cookies.set(k, v);
    expect((await noOrigin.post(`/api/organizations/${orgId}/programs`, {})).status).toBe(403);
  });

  it('answers bad input with 400, a stable code and the field, and unknown ids with 404', async () => {
    const { admin, orgId } = await setUpInstance(t());
    const bad = await admin.post(`/api/organizations/${orgId}/invitations`, { email: 'not-an-email', role: 'mentor' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
    expect(bad.body.error.details.issues[0].field).toBe('body.email');
    const notUuid = await admin.get('/api/programs/123');
    expect(notUuid.status).toBe(400);
    expect(notUuid.body.error.message).toContain('programId');
    const missing = await admin.get('/api/programs/01900000-0000-7000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('PROGRAM_NOT_FOUND');
    const nowhere = await admin.get('/api/nothing-here');
    expect(nowhere.status).toBe(404);
    expect(nowhere.body.error.code).toBe('NOT_FOUND');
  });

  it('sends security headers and a request id with every response, and never a stack trace', async () => {
    const res = await t().app.inject({
      method: 'POST',
      url: '/api/setup',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' },
      payload: '{"broken json',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('BAD_REQUEST');
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBeDefined();
  });

  it('publishes one OpenAPI 3.1 document with our routes and better-auth routes', async () => {
    const res = await new TestClient(t().app).get('/api/openapi.json');
    expect(res.body.openapi).toBe('3.1.0');
    const paths = Object.keys(res.body.paths);
    expect(paths).toEqual(
      expect.arrayContaining(['/api/organizations/{orgId}/programs', '/api/auth/sign-in/email', '/api/setup']),
    );
    const docs = await new TestClient(t().app).get('/api/docs/');
    expect(docs.status).toBe(200);
    const shown = await new TestClient(t().app).get('/api/docs/json');
    expect(Object.keys(shown.body.paths)).toEqual(paths);
  });

  it('reports liveness and readiness', async () => {
    const client = new TestClient(t().app);
    expect((await client.get('/healthz')).body).toEqual({ status: 'ok' });
    expect((await client.get('/readyz')).body).toEqual({ status: 'ready' });
  });
});
