import { describe, expect, it, vi } from 'vitest';
import { PASSWORD, setUpInstance } from '../support/factories.ts';
import { testAppPerTest } from '../support/test-app.ts';
import { TestClient } from '../support/test-client.ts';

const t = testAppPerTest();

/** The same cookies, sent by a page of another site (the browser adds its Origin). */
function fromAnotherSite(victim: TestClient): TestClient {
  const forged = new TestClient(t().app, { origin: 'https://evil.example' });
  for (const [name, value] of victim.cookies) forged.cookies.set(name, value);
  return forged;
}

/** better-auth reports each refusal on console.error: collect them instead of failing the test. */
function collectAuthErrors(): string[] {
  const logged: string[] = [];
  vi.mocked(console.error).mockImplementation((...args: unknown[]) => void logged.push(args.join(' ')));
  return logged;
}

// better-auth turns its own origin check off when NODE_ENV is "test" unless told otherwise; these
// prove the check our CSRF hook leaves to it (for /api/auth/*) runs here as it does in production.
describe("better-auth's routes from another site", () => {
  it('refuses a signed-in request from another site to turn two-factor off', async () => {
    const { admin } = await setUpInstance(t());
    const logged = collectAuthErrors();
    const res = await fromAnotherSite(admin).post('/api/auth/two-factor/disable', { password: PASSWORD });
    expect(res.status).toBe(403);
    expect((await admin.get('/api/me')).body.twoFactorEnabled).toBe(true);
    expect(logged).toEqual([expect.stringContaining('Invalid origin: https://evil.example')]);
  });

  it('refuses to send a password-reset link towards another site', async () => {
    const { email } = await setUpInstance(t());
    const logged = collectAuthErrors();
    const res = await new TestClient(t().app).post('/api/auth/request-password-reset', {
      email,
      redirectTo: 'https://evil.example/reset',
    });
    expect(res.status).toBe(403);
    expect(logged).toEqual([expect.stringContaining('Invalid redirectURL: https://evil.example/reset')]);
  });
});
