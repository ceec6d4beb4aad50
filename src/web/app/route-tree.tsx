import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { isMonth } from '../features/consistency/lib/month-range.ts';
import { type MatchStatus, matchStatuses } from '../features/matching/api/types.ts';
import { setupStatusQueryOptions } from '../features/setup/api/get-setup-status.ts';
import { safeNextPath } from '../lib/next-path.ts';
import { meQueryOptions } from '../lib/session/get-me.ts';
import { AppShellLayout } from './app-shell.tsx';
import { redirectToSetupIfNeeded, requireReadyAccount, requireSignedIn } from './guards.ts';
import { NotFoundPage } from './not-found-page.tsx';
import { PublicLayout } from './public-layout.tsx';
import { RootLayout } from './root-layout.tsx';

// The typed map of every path. Pages live in features; this file only says where they hang.
// Each page loads on first visit, so signing in does not wait for charts and calendars.

const optionalString = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : undefined);
const positiveInteger = (value: unknown) => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
};

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
});

const publicLayout = createRoute({ getParentRoute: () => rootRoute, id: '_public', component: PublicLayout });

const setupRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/setup',
  beforeLoad: async ({ context }) => {
    const status = await context.queryClient.fetchQuery(setupStatusQueryOptions);
    if (!status.needsSetup) throw redirect({ to: '/' });
  },
  component: lazyRouteComponent(() => import('../features/setup/routes/setup-page.tsx'), 'SetupPage'),
});

const signInRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/sign-in',
  validateSearch: (search: Record<string, unknown>): { next?: string } => ({ next: optionalString(search.next) }),
  beforeLoad: async ({ context, search }) => {
    await redirectToSetupIfNeeded(context.queryClient);
    const me = await context.queryClient.fetchQuery(meQueryOptions);
    if (me) throw redirect({ href: safeNextPath(search.next) });
  },
  component: lazyRouteComponent(() => import('../features/auth/routes/sign-in-page.tsx'), 'SignInPage'),
});

const forgotPasswordRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/forgot-password',
  component: lazyRouteComponent(() => import('../features/auth/routes/forgot-password-page.tsx'), 'ForgotPasswordPage'),
});

const tokenSearch = (search: Record<string, unknown>): { token?: string } => ({ token: optionalString(search.token) });

const resetPasswordRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/reset-password',
  validateSearch: tokenSearch,
  component: lazyRouteComponent(() => import('../features/auth/routes/reset-password-page.tsx'), 'ResetPasswordPage'),
});

const verifyEmailRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/verify-email',
  validateSearch: tokenSearch,
  component: lazyRouteComponent(() => import('../features/auth/routes/verify-email-page.tsx'), 'VerifyEmailPage'),
});

const invitationRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/invitations/$token',
  component: lazyRouteComponent(() => import('../features/invitations/routes/invitation-page.tsx'), 'InvitationPage'),
});

const guardianRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/guardian/$token',
  validateSearch: (search: Record<string, unknown>): { language?: 'en' | 'es' } => ({
    language: search.language === 'es' || search.language === 'en' ? search.language : undefined,
  }),
  component: lazyRouteComponent(() => import('../features/guardians/routes/guardian-page.tsx'), 'GuardianPage'),
});

const setUpAccountRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/set-up-account',
  component: lazyRouteComponent(
    () => import('../features/accounts-for-young-people/routes/set-up-account-page.tsx'),
    'SetUpAccountPage',
  ),
});

const twoFactorRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: '/two-factor',
  beforeLoad: ({ context, location }) => requireSignedIn(context.queryClient, location.href),
  component: lazyRouteComponent(() => import('../features/auth/routes/two-factor-page.tsx'), 'TwoFactorPage'),
});

const appLayout = createRoute({
  getParentRoute: () => rootRoute,
  id: '_app',
  beforeLoad: ({ context, location }) => requireReadyAccount(context.queryClient, location.href),
  component: AppShellLayout,
});

const auditSearch = (search: Record<string, unknown>): { before?: number } => ({
  before: positiveInteger(search.before),
});

const homeRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/',
  component: lazyRouteComponent(() => import('../features/organizations/routes/home-page.tsx'), 'HomePage'),
});
const organizationRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/orgs/$orgId',
  component: lazyRouteComponent(
    () => import('../features/organizations/routes/organization-page.tsx'),
    'OrganizationPage',
  ),
});
const organizationAuditRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/orgs/$orgId/audit',
  validateSearch: auditSearch,
  component: lazyRouteComponent(
    () => import('../features/audit/routes/organization-audit-page.tsx'),
    'OrganizationAuditPage',
  ),
});
const organizationOutboxRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/orgs/$orgId/outbox',
  component: lazyRouteComponent(
    () => import('../features/outbox/routes/organization-outbox-page.tsx'),
    'OrganizationOutboxPage',
  ),
});
const programRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/programs/$programId',
  component: lazyRouteComponent(() => import('../features/organizations/routes/program-page.tsx'), 'ProgramPage'),
});
const participantsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/programs/$programId/participants',
  component: lazyRouteComponent(
    () => import('../features/participants/routes/participants-page.tsx'),
    'ParticipantsPage',
  ),
});
const importParticipantsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/programs/$programId/import',
  component: lazyRouteComponent(
    () => import('../features/participants/routes/import-participants-page.tsx'),
    'ImportParticipantsPage',
  ),
});
const programAgreementRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/programs/$programId/agreement',
  component: lazyRouteComponent(
    () => import('../features/agreements/routes/agreement-editor-page.tsx'),
    'AgreementEditorPage',
  ),
});
const trainingModulesRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/programs/$programId/training-modules',
  component: lazyRouteComponent(
    () => import('../features/training/routes/training-modules-page.tsx'),
    'TrainingModulesPage',
  ),
});
const newTrainingModuleRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/programs/$programId/training-modules/new',
  component: lazyRouteComponent(
    () => import('../features/training/routes/new-training-module-page.tsx'),
    'NewTrainingModulePage',
  ),
});
const editTrainingModuleRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/programs/$programId/training-modules/$moduleId',
  component: lazyRouteComponent(
    () => import('../features/training/routes/edit-training-module-page.tsx'),
    'EditTrainingModulePage',
  ),
});
const usernameAccountsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/programs/$programId/username-accounts',
  component: lazyRouteComponent(
    () => import('../features/accounts-for-young-people/routes/username-accounts-page.tsx'),
    'UsernameAccountsPage',
  ),
});
const matchingRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/programs/$programId/matching',
  validateSearch: (search: Record<string, unknown>): { run?: string } => ({ run: optionalString(search.run) }),
  component: lazyRouteComponent(() => import('../features/matching/routes/matching-page.tsx'), 'MatchingPage'),
});
const matchesRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/programs/$programId/matches',
  validateSearch: (search: Record<string, unknown>): { status?: MatchStatus } => ({
    status: matchStatuses.find((status) => status === search.status),
  }),
  component: lazyRouteComponent(() => import('../features/matching/routes/matches-page.tsx'), 'MatchesPage'),
});
const matchRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/matches/$matchId',
  component: lazyRouteComponent(() => import('../features/matching/routes/match-page.tsx'), 'MatchPage'),
});
const matchScheduleRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/matches/$matchId/schedule',
  component: lazyRouteComponent(() => import('../features/meetings/routes/schedule-page.tsx'), 'SchedulePage'),
});
const chooseMentorRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/participants/$participantId/choose-mentor',
  component: lazyRouteComponent(() => import('../features/matching/routes/choose-mentor-page.tsx'), 'ChooseMentorPage'),
});
const applyRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/programs/$programId/apply',
  component: lazyRouteComponent(() => import('../features/participants/routes/apply-page.tsx'), 'ApplyPage'),
});
const participantRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/participants/$participantId',
  component: lazyRouteComponent(
    () => import('../features/participants/routes/participant-page.tsx'),
    'ParticipantPage',
  ),
});
const trainingRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/participants/$participantId/training',
  component: lazyRouteComponent(() => import('../features/training/routes/training-page.tsx'), 'TrainingPage'),
});
const trainingModuleRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/participants/$participantId/training/$moduleId',
  component: lazyRouteComponent(
    () => import('../features/training/routes/training-module-page.tsx'),
    'TrainingModulePage',
  ),
});
const agreementRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/participants/$participantId/agreement',
  component: lazyRouteComponent(() => import('../features/agreements/routes/agreement-page.tsx'), 'AgreementPage'),
});
const accountRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/account',
  component: lazyRouteComponent(() => import('../features/account/routes/account-page.tsx'), 'AccountPage'),
});
const consistencyRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/programs/$programId/consistency',
  component: lazyRouteComponent(() => import('../features/consistency/routes/consistency-page.tsx'), 'ConsistencyPage'),
});
const programCalendarRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/programs/$programId/calendar',
  validateSearch: (search: Record<string, unknown>): { month?: string } => ({
    month: isMonth(search.month) ? search.month : undefined,
  }),
  component: lazyRouteComponent(
    () => import('../features/consistency/routes/program-calendar-page.tsx'),
    'ProgramCalendarPage',
  ),
});
const notificationsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/notifications',
  component: lazyRouteComponent(
    () => import('../features/notifications/routes/notifications-page.tsx'),
    'NotificationsPage',
  ),
});
const remindersRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/account/reminders',
  component: lazyRouteComponent(() => import('../features/notifications/routes/reminders-page.tsx'), 'RemindersPage'),
});
const instanceAuditRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/instance/audit',
  validateSearch: auditSearch,
  component: lazyRouteComponent(() => import('../features/audit/routes/instance-audit-page.tsx'), 'InstanceAuditPage'),
});
const instanceOutboxRoute = createRoute({
  getParentRoute: () => appLayout,
  path: '/instance/outbox',
  component: lazyRouteComponent(
    () => import('../features/outbox/routes/instance-outbox-page.tsx'),
    'InstanceOutboxPage',
  ),
});

export const routeTree = rootRoute.addChildren([
  publicLayout.addChildren([
    setupRoute,
    signInRoute,
    forgotPasswordRoute,
    resetPasswordRoute,
    verifyEmailRoute,
    invitationRoute,
    guardianRoute,
    setUpAccountRoute,
    twoFactorRoute,
  ]),
  appLayout.addChildren([
    homeRoute,
    organizationRoute,
    organizationAuditRoute,
    organizationOutboxRoute,
    programRoute,
    participantsRoute,
    importParticipantsRoute,
    programAgreementRoute,
    trainingModulesRoute,
    newTrainingModuleRoute,
    editTrainingModuleRoute,
    usernameAccountsRoute,
    matchingRoute,
    matchesRoute,
    matchRoute,
    matchScheduleRoute,
    chooseMentorRoute,
    applyRoute,
    participantRoute,
    trainingRoute,
    trainingModuleRoute,
    agreementRoute,
    accountRoute,
    consistencyRoute,
    programCalendarRoute,
    notificationsRoute,
    remindersRoute,
    instanceAuditRoute,
    instanceOutboxRoute,
  ]),
]);

/** Pages behind sign-in (and two-factor, for staff) hang under this layout. */
export const appLayoutId = appLayout.id;
