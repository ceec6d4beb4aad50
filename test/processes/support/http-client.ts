import { TOTP } from 'otpauth';

export interface HttpResponse<T = any> {
  status: number;
  body: T;
  text: string;
}

/**
 * A browser over real HTTP: keeps its cookies whichever process it talks to (as behind a load
 * balancer), and sends the configured base URL as Origin, as the web app's pages do.
 */
export class HttpClient {
  readonly cookies = new Map<string, string>();
  private readonly origin: string;
  constructor(origin: string) {
    this.origin = origin;
  }

  async request<T = any>(method: string, url: string, payload?: unknown): Promise<HttpResponse<T>> {
    const headers: Record<string, string> = { origin: this.origin };
    if (payload !== undefined) headers['content-type'] = 'application/json';
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(url, {
      method,
      headers,
      body: payload === undefined ? undefined : JSON.stringify(payload),
      signal: AbortSignal.timeout(20_000),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = cookie.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=(0|-)/i.test(a));
      if (value === '' || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = text;
    }
    return { status: response.status, body: body as T, text };
  }

  get<T = any>(url: string) {
    return this.request<T>('GET', url);
  }
  post<T = any>(url: string, payload: unknown = {}) {
    return this.request<T>('POST', url, payload);
  }
}

export const PASSWORD = 'a long process-test password';

/** The code an authenticator app shows for an otpauth:// URI right now. */
export function totpCode(uri: string): string {
  const secret = new URL(uri).searchParams.get('secret') ?? '';
  return new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' }).generate();
}

/** First run through the front door of `server`: the printed token, then the setup form (signs in). */
export async function setUpThrough(
  client: HttpClient,
  server: string,
  token: string,
  email = 'ada@hill.example',
): Promise<{ orgId: string; email: string }> {
  const res = await client.post(`${server}/api/setup`, {
    token,
    organization: { name: 'Hill School', kind: 'school', timeZone: 'Europe/London' },
    admin: { name: 'Ada Admin', email, password: PASSWORD },
  });
  if (res.status !== 201) throw new Error(`setup: ${res.status} ${res.text}`);
  return { orgId: res.body.organizationId as string, email };
}

/** TOTP enrolment through better-auth's endpoints; returns the otpauth URI (the test's authenticator). */
export async function enrolTwoFactor(client: HttpClient, server: string): Promise<string> {
  const enabled = await client.post(`${server}/api/auth/two-factor/enable`, { password: PASSWORD });
  if (enabled.status !== 200) throw new Error(`enable 2FA: ${enabled.status} ${enabled.text}`);
  const uri = enabled.body.totpURI as string;
  const verified = await client.post(`${server}/api/auth/two-factor/verify-totp`, { code: totpCode(uri) });
  if (verified.status !== 200) throw new Error(`verify 2FA: ${verified.status} ${verified.text}`);
  return uri;
}

/** Email and password, then (when two-factor is on) the authenticator's code. */
export async function signIn(client: HttpClient, server: string, email: string, otpauth: string | null) {
  const res = await client.post(`${server}/api/auth/sign-in/email`, { email, password: PASSWORD });
  if (res.status !== 200) throw new Error(`sign in: ${res.status} ${res.text}`);
  if (!res.body?.twoFactorRedirect) return;
  if (!otpauth) throw new Error('sign in asked for a TOTP code but no authenticator was given');
  const verified = await client.post(`${server}/api/auth/two-factor/verify-totp`, { code: totpCode(otpauth) });
  if (verified.status !== 200) throw new Error(`verify TOTP: ${verified.status} ${verified.text}`);
}
