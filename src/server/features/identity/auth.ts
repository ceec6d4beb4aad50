import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { openAPI, twoFactor, username } from 'better-auth/plugins';
import type { Ctx } from '../../context.ts';
import { newId } from '../../lib/ids.ts';
import { sendMail } from '../mail/send-mail.ts';
import { isUndeliverableEmail } from './placeholder-email.ts';
import * as tables from './tables.ts';

/** The header our HTTP bridge sets from Fastify's idea of the client address (never the client's). */
export const CLIENT_IP_HEADER = 'x-trellis-client-ip';

type MailCtx = Pick<Ctx, 'config' | 'jobs' | 'database'>;

/**
 * better-auth, configured for this house: no public sign-up (accounts come from setup and
 * invitations), UUIDv7 ids, rate limits stored in the database so every process shares them,
 * TOTP two-factor with recovery codes, and its mail through our outbox.
 */
export function createAuth(ctx: MailCtx, secret: string) {
  const mail = async (to: string, template: 'resetPassword' | 'verifyEmail', url: string, locale: string) => {
    // A username-only account's placeholder address: answer as for an unknown email (no
    // enumeration), send nothing. Their coordinator issues a new setup code instead.
    if (isUndeliverableEmail(to)) return;
    await ctx.database.db.transaction((tx) =>
      sendMail(tx, ctx, { organizationId: null, to, locale, template, vars: { url } }),
    );
  };
  return betterAuth({
    appName: 'Trellis',
    baseURL: ctx.config.baseUrl,
    basePath: '/api/auth',
    secret,
    trustedOrigins: [ctx.config.baseUrl],
    database: drizzleAdapter(ctx.database.db, {
      provider: 'pg',
      schema: {
        user: tables.user,
        session: tables.session,
        account: tables.account,
        verification: tables.verification,
        twoFactor: tables.twoFactor,
        rateLimit: tables.rateLimit,
      },
    }),
    advanced: {
      database: { generateId: () => newId() },
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      useSecureCookies: ctx.config.baseUrl.startsWith('https://'),
      // better-auth skips its origin and callback-URL checks when NODE_ENV is "test"; say so
      // explicitly, so tests exercise the same checks production runs (our csrf.ts relies on them).
      disableOriginCheck: false,
      disableCSRFCheck: false,
    },
    user: { additionalFields: { locale: { type: 'string', defaultValue: 'en', input: false } } },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      sendResetPassword: async ({ user, token }) => {
        const url = `${ctx.config.baseUrl}/reset-password?token=${encodeURIComponent(token)}`;
        await mail(user.email, 'resetPassword', url, (user as { locale?: string }).locale ?? 'en');
      },
    },
    emailVerification: {
      sendOnSignUp: false,
      autoSignInAfterVerification: false,
      sendVerificationEmail: async ({ user, token }) => {
        const url = `${ctx.config.baseUrl}/verify-email?token=${encodeURIComponent(token)}`;
        await mail(user.email, 'verifyEmail', url, (user as { locale?: string }).locale ?? 'en');
      },
    },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 100,
      customRules: {
        '/sign-in/email': { window: 60, max: 5 },
        '/sign-in/username': { window: 60, max: 5 },
        '/two-factor/verify-totp': { window: 60, max: 5 },
        '/two-factor/verify-backup-code': { window: 60, max: 5 },
        '/request-password-reset': { window: 60, max: 3 },
        '/send-verification-email': { window: 60, max: 3 },
      },
    },
    plugins: [
      twoFactor({ issuer: 'Trellis', backupCodeOptions: { storeBackupCodes: 'encrypted' } }),
      // Young participants may sign in with a username (accounts from setup codes); the rules
      // match create-username-account.ts, so every account it makes can sign in here.
      username({
        minUsernameLength: 3,
        maxUsernameLength: 32,
        usernameValidator: (name) => /^[a-z0-9._-]+$/.test(name),
        validationOrder: { username: 'post-normalization' },
      }),
      openAPI({ disableDefaultReference: true }),
    ],
    // The username plugin's availability check would tell anyone which usernames exist.
    disabledPaths: ['/is-username-available'],
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;
