import { TOTP } from 'otpauth';
import type { BrowserContext, Page } from 'playwright-core';

// What a person does in the browser, step by step, as the pages ask for it.

/** The code an authenticator app would show now for this otpauth:// URI. */
export function totpCode(uri: string): string {
  const secret = new URL(uri).searchParams.get('secret');
  if (!secret) throw new Error(`no secret in ${uri}`);
  return new TOTP({ secret }).generate();
}

const failedLoads = new WeakMap<Page, string[]>();

/**
 * Remembers the page's failed loads of its own code and styles, to explain a blank page (for
 * instance when dist/web was rebuilt under a running server).
 */
export function watchLoads(page: Page): void {
  const failed: string[] = [];
  failedLoads.set(page, failed);
  page.on('response', (response) => {
    if (response.status() >= 400 && !new URL(response.url()).pathname.startsWith('/api/')) {
      failed.push(`${response.status()} ${response.url()}`);
    }
  });
}

/** The old page stays on screen until the new page's code loaded: wait for the new h1. */
export async function waitForHeading(page: Page, name: string): Promise<void> {
  try {
    await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  } catch (error) {
    const shown = await page.locator('h1, [role=alert]').allInnerTexts();
    const failed = failedLoads.get(page) ?? [];
    const message = `expected the heading "${name}" at ${page.url()}; the page shows ${JSON.stringify(shown)}`;
    throw new Error(failed.length ? `${message}; failed loads: ${failed.join(', ')}` : message, { cause: error });
  }
}

/** Waits until no spinner is left, so what is checked is the page people read. */
export async function waitForContent(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('.mantine-Loader-root').length === 0);
}

/**
 * The three enrolment steps on /two-factor, reading the secret from the page; returns the URI.
 * `atStep` runs once each step is on screen (to check it) before the step is answered.
 */
export async function enrolTwoFactor(
  page: Page,
  password: string,
  atStep: (step: 'password' | 'secret' | 'code') => Promise<void> = async () => {},
): Promise<string> {
  await waitForHeading(page, 'Set up two-factor authentication');
  await page.getByLabel('Password', { exact: true }).waitFor();
  await atStep('password');
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Continue' }).click();
  const uri = (await page.getByTestId('otpauth-uri').textContent())?.trim() ?? '';
  await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
  await atStep('secret');
  await page.getByLabel('I have saved these recovery codes').check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('6-digit code').waitFor();
  await atStep('code');
  await page.getByLabel('6-digit code').fill(totpCode(uri));
  await page.getByRole('button', { name: 'Turn on two-factor' }).click();
  return uri;
}

/** Sign in on /sign-in; with a URI, also answers the code step. */
export async function signIn(page: Page, email: string, password: string, uri?: string): Promise<void> {
  await waitForHeading(page, 'Sign in');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (!uri) return;
  await waitForHeading(page, 'Enter your code');
  await page.getByLabel('6-digit code').fill(totpCode(uri));
  await page.getByRole('button', { name: 'Verify' }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await waitForHeading(page, 'Sign in');
}

/**
 * The JSON API with this browser context's cookies (the same session the pages use), sending
 * the Origin header a page would send. Throws with the body when the answer is not 2xx.
 */
export function apiOf(context: BrowserContext, baseUrl: string) {
  return async <T>(method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown): Promise<T> => {
    const response = await context.request.fetch(`${baseUrl}${path}`, {
      method,
      headers: { Origin: baseUrl },
      ...(data === undefined ? {} : { data }),
    });
    if (!response.ok()) throw new Error(`${method} ${path} → ${response.status()}: ${await response.text()}`);
    return (await response.json()) as T;
  };
}
