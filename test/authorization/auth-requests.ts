import { PASSWORD } from '../support/factories.ts';
import type { Build } from './requests.ts';
import type { ActorName, World } from './world.ts';

const ownEmail = (w: World, actor: ActorName) => w.actors[actor].email || 'nobody@hill.example';
const unique = (actor: ActorName) => actor.toLowerCase();

/** better-auth's routes: the actor's own credentials, or a stranger's guess, as each variant says. */
export const authBuilders: Record<string, Build> = {
  'GET /api/auth/ok': () => ({ url: '/api/auth/ok' }),
  'GET /api/auth/error': () => ({ url: '/api/auth/error?error=test' }),
  'GET /api/auth/get-session': () => ({ url: '/api/auth/get-session' }),
  'POST /api/auth/get-session': () => ({ url: '/api/auth/get-session', body: {} }),
  'GET /api/auth/list-sessions': () => ({ url: '/api/auth/list-sessions' }),
  'GET /api/auth/list-accounts': () => ({ url: '/api/auth/list-accounts' }),
  // The other organization's admin's account, asked for by someone else.
  'GET /api/auth/account-info': (w) => ({ url: `/api/auth/account-info?accountId=${w.other.accountId}` }),
  'POST /api/auth/sign-up/email': (_w, _scope, actor) => ({
    url: '/api/auth/sign-up/email',
    body: { name: 'Walk In', email: `walk-in-${unique(actor)}@example.com`, password: PASSWORD },
  }),
  'POST /api/auth/sign-in/email': (w, _s, actor) => ({
    url: '/api/auth/sign-in/email',
    body: { email: ownEmail(w, actor), password: 'not the password at all' },
  }),
  'POST /api/auth/sign-in/username': () => ({
    url: '/api/auth/sign-in/username',
    body: { username: 'young-own', password: 'not the password at all' },
  }),
  'POST /api/auth/sign-in/social': () => ({
    url: '/api/auth/sign-in/social',
    body: { provider: 'google', callbackURL: '/' },
  }),
  'GET /api/auth/callback/:id': () => ({ url: '/api/auth/callback/google?code=x&state=y' }),
  'POST /api/auth/callback/:id': () => ({ url: '/api/auth/callback/google', body: { code: 'x', state: 'y' } }),
  'POST /api/auth/link-social': () => ({ url: '/api/auth/link-social', body: { provider: 'google' } }),
  'POST /api/auth/unlink-account': (w) => ({
    url: '/api/auth/unlink-account',
    body: { accountId: w.other.accountId },
  }),
  'POST /api/auth/refresh-token': (w) => ({
    url: '/api/auth/refresh-token',
    body: { accountId: w.other.accountId, userId: w.other.admin.userId },
  }),
  'POST /api/auth/get-access-token': (w) => ({
    url: '/api/auth/get-access-token',
    body: { accountId: w.other.accountId, userId: w.other.admin.userId },
  }),
  'POST /api/auth/verify-password': () => ({ url: '/api/auth/verify-password', body: { password: PASSWORD } }),
  'GET /api/auth/verify-email': () => ({ url: '/api/auth/verify-email?token=not-a-token' }),
  'POST /api/auth/send-verification-email': (w, _s, actor) => ({
    url: '/api/auth/send-verification-email',
    body: { email: ownEmail(w, actor) },
  }),
  'POST /api/auth/request-password-reset': (w, _s, actor) => ({
    url: '/api/auth/request-password-reset',
    body: { email: ownEmail(w, actor), redirectTo: '/reset-password' },
  }),
  'GET /api/auth/reset-password/:token': (_w, _s, _a, variant) => ({
    url:
      variant === 'a foreign callback'
        ? '/api/auth/reset-password/not-a-token?callbackURL=https://evil.example/steal'
        : '/api/auth/reset-password/not-a-token?callbackURL=/reset-password',
  }),
  'POST /api/auth/reset-password': () => ({
    url: '/api/auth/reset-password',
    body: { newPassword: 'another long password', token: 'not-a-token' },
  }),
  'POST /api/auth/change-email': (_w, _scope, actor) => ({
    url: '/api/auth/change-email',
    body: { newEmail: `moved-${unique(actor)}@elsewhere.example` },
  }),
  'POST /api/auth/change-password': () => ({
    url: '/api/auth/change-password',
    body: { currentPassword: PASSWORD, newPassword: PASSWORD },
  }),
  'POST /api/auth/update-session': () => ({ url: '/api/auth/update-session', body: {} }),
  'POST /api/auth/update-user': (_w, _s, actor, variant) => ({
    url: '/api/auth/update-user',
    body:
      variant === 'two-factor off'
        ? { twoFactorEnabled: false }
        : variant === 'email verified'
          ? { emailVerified: true }
          : variant === 'language'
            ? { locale: 'es' }
            : { name: `Renamed ${actor}` },
  }),
  'POST /api/auth/delete-user': () => ({ url: '/api/auth/delete-user', body: { password: PASSWORD } }),
  'GET /api/auth/delete-user/callback': () => ({ url: '/api/auth/delete-user/callback?token=not-a-token' }),
  'POST /api/auth/revoke-session': (w) => ({ url: '/api/auth/revoke-session', body: { token: w.other.sessionToken } }),
  'POST /api/auth/revoke-other-sessions': () => ({ url: '/api/auth/revoke-other-sessions', body: {} }),
  'POST /api/auth/revoke-sessions': () => ({ url: '/api/auth/revoke-sessions', body: {} }),
  'POST /api/auth/sign-out': () => ({ url: '/api/auth/sign-out', body: {} }),
  'POST /api/auth/two-factor/enable': () => ({ url: '/api/auth/two-factor/enable', body: { password: PASSWORD } }),
  'POST /api/auth/two-factor/disable': () => ({ url: '/api/auth/two-factor/disable', body: { password: PASSWORD } }),
  'POST /api/auth/two-factor/get-totp-uri': () => ({
    url: '/api/auth/two-factor/get-totp-uri',
    body: { password: PASSWORD },
  }),
  'POST /api/auth/two-factor/verify-totp': () => ({
    url: '/api/auth/two-factor/verify-totp',
    body: { code: '000000' },
  }),
  'POST /api/auth/two-factor/send-otp': () => ({ url: '/api/auth/two-factor/send-otp', body: {} }),
  'POST /api/auth/two-factor/verify-otp': () => ({
    url: '/api/auth/two-factor/verify-otp',
    body: { code: '000000' },
  }),
  'POST /api/auth/two-factor/verify-backup-code': () => ({
    url: '/api/auth/two-factor/verify-backup-code',
    body: { code: 'abcde-fghij' },
  }),
  'POST /api/auth/two-factor/generate-backup-codes': () => ({
    url: '/api/auth/two-factor/generate-backup-codes',
    body: { password: PASSWORD },
  }),
};
