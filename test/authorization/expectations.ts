/**
 * Who may do what, written by hand from ARCHITECTURE.md's roles table and the issue, NOT derived
 * from the policy code: when the two disagree, this file says what we believe and the test fails.
 *
 * Columns: nobody signed in, the instance admin (who also runs the own organization, as the first
 * person through setup does), an organization admin, the coordinator of program A1, the
 * safeguarding lead, a mentor and a mentee of program A1.
 *
 * Scopes: "public" and "self" need no ids; "own" is the actors' organization (and program A1),
 * "sibling" another program of it (A2), "other" another organization, and "mixed" the own
 * organization in the path with an id of the other organization after it (the classic hole).
 *
 * Rows run in this order, so the ones that end something (sign-out, revoking sessions) come last.
 */
export type Scope = 'public' | 'self' | 'own' | 'sibling' | 'other' | 'mixed';
type Statuses = readonly [
  anonymous: number,
  instanceAdmin: number,
  admin: number,
  coordinator: number,
  safeguardingLead: number,
  mentor: number,
  mentee: number,
];

export interface Expectation {
  route: string;
  scope: Scope;
  statuses: Statuses;
  /** What the request asks for, when the same route and scope can be asked two ways. */
  variant?: string;
}

const row = (route: string, scope: Scope, statuses: Statuses, variant?: string): Expectation => ({
  route,
  scope,
  statuses,
  ...(variant ? { variant } : {}),
});

/** Trellis's own routes, then better-auth's sign-out (which ends every actor's session). */
// biome-ignore format: a table reads best aligned
export const routeExpectations: Expectation[] = [
  //                                                                   anon inst admin coord sglead mentor mentee
  row('GET /healthz',                                        'public', [200, 200, 200, 200, 200, 200, 200]),
  row('GET /readyz',                                         'public', [200, 200, 200, 200, 200, 200, 200]),
  row('GET /api/openapi.json',                               'public', [200, 200, 200, 200, 200, 200, 200]),
  row('GET /api/docs',                                       'public', [200, 200, 200, 200, 200, 200, 200]),
  row('GET /api/docs/',                                      'public', [200, 200, 200, 200, 200, 200, 200]),
  row('GET /api/docs/static/index.html',                     'public', [302, 302, 302, 302, 302, 302, 302]),
  row('GET /api/docs/static/swagger-initializer.js',         'public', [200, 200, 200, 200, 200, 200, 200]),
  row('GET /api/docs/static/*',                              'public', [200, 200, 200, 200, 200, 200, 200]),
  row('GET /api/docs/json',                                  'public', [200, 200, 200, 200, 200, 200, 200]),
  row('GET /api/docs/yaml',                                  'public', [200, 200, 200, 200, 200, 200, 200]),
  // Only once the web app is built (npm run build:web); the matrix asks for it when it exists.
  row('GET /{web app file}',                                 'public', [200, 200, 200, 200, 200, 200, 200]),
  row('GET /api/setup',                                      'public', [200, 200, 200, 200, 200, 200, 200]),
  // Set up already: nobody, signed in or not, can claim the instance a second time.
  row('POST /api/setup',                                     'public', [409, 409, 409, 409, 409, 409, 409]),
  row('GET /api/me',                                         'self',   [401, 200, 200, 200, 200, 200, 200]),
  row('PATCH /api/me',                                       'self',   [401, 200, 200, 200, 200, 200, 200]),
  row('GET /api/organizations',                              'self',   [401, 200, 200, 200, 200, 200, 200]),
  row('POST /api/organizations',                             'public', [401, 201, 403, 403, 403, 403, 403]),
  row('GET /api/organizations/:orgId',                       'own',    [401, 200, 200, 200, 200, 200, 200]),
  row('GET /api/organizations/:orgId',                       'other',  [401, 200, 403, 403, 403, 403, 403]),
  row('GET /api/organizations/:orgId/programs',              'own',    [401, 200, 200, 200, 200, 200, 200]),
  // The instance admin sees organizations, "nothing inside a program".
  row('GET /api/organizations/:orgId/programs',              'other',  [401, 403, 403, 403, 403, 403, 403]),
  row('POST /api/organizations/:orgId/programs',             'own',    [401, 201, 201, 403, 403, 403, 403]),
  row('POST /api/organizations/:orgId/programs',             'other',  [401, 403, 403, 403, 403, 403, 403]),
  row('GET /api/programs/:programId',                        'own',    [401, 200, 200, 200, 200, 200, 200]),
  row('GET /api/programs/:programId',                        'sibling',[401, 200, 200, 403, 200, 403, 403]),
  // Another organization's program answers as if it did not exist.
  row('GET /api/programs/:programId',                        'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('PATCH /api/programs/:programId',                      'own',    [401, 200, 200, 403, 403, 403, 403]),
  row('PATCH /api/programs/:programId',                      'sibling',[401, 200, 200, 403, 403, 403, 403]),
  row('PATCH /api/programs/:programId',                      'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('GET /api/organizations/:orgId/members',               'own',    [401, 200, 200, 403, 403, 403, 403]),
  row('GET /api/organizations/:orgId/members',               'other',  [401, 403, 403, 403, 403, 403, 403]),
  // Instance admins appoint an organization's admins, so they see who they are, everywhere.
  row('GET /api/organizations/:orgId/admins',                'own',    [401, 200, 200, 403, 403, 403, 403]),
  row('GET /api/organizations/:orgId/admins',                'other',  [401, 200, 403, 403, 403, 403, 403]),
  row('GET /api/organizations/:orgId/invitations',           'own',    [401, 200, 200, 403, 403, 403, 403]),
  row('GET /api/organizations/:orgId/invitations',           'other',  [401, 403, 403, 403, 403, 403, 403]),
  // Admins invite anyone; a coordinator only mentors and mentees into their own program.
  row('POST /api/organizations/:orgId/invitations',          'own',    [401, 201, 201, 201, 403, 403, 403], 'a mentor'),
  row('POST /api/organizations/:orgId/invitations',          'own',    [401, 201, 201, 403, 403, 403, 403], 'an admin'),
  row('POST /api/organizations/:orgId/invitations',          'sibling',[401, 201, 201, 403, 403, 403, 403], 'a mentor'),
  row('POST /api/organizations/:orgId/invitations',          'other',  [401, 403, 403, 403, 403, 403, 403], 'a mentor'),
  // The instance admin appoints any organization's admins, and nothing else inside it.
  row('POST /api/organizations/:orgId/invitations',          'other',  [401, 201, 403, 403, 403, 403, 403], 'an admin'),
  row('POST /api/organizations/:orgId/invitations',          'mixed',  [401, 404, 404, 403, 403, 403, 403], 'a mentor'),
  row('DELETE /api/organizations/:orgId/invitations/:invitationId', 'own',   [401, 204, 204, 403, 403, 403, 403]),
  row('DELETE /api/organizations/:orgId/invitations/:invitationId', 'other', [401, 403, 403, 403, 403, 403, 403]),
  row('DELETE /api/organizations/:orgId/invitations/:invitationId', 'mixed', [401, 404, 404, 403, 403, 403, 403]),
  row('DELETE /api/organizations/:orgId/roles/:assignmentId',       'own',   [401, 204, 204, 403, 403, 403, 403]),
  row('DELETE /api/organizations/:orgId/roles/:assignmentId',       'other', [401, 403, 403, 403, 403, 403, 403]),
  row('DELETE /api/organizations/:orgId/roles/:assignmentId',       'mixed', [401, 404, 404, 403, 403, 403, 403]),
  // The link is the key: whoever holds it sees what it offers, and a new address can take it...
  row('GET /api/invitations/:token',                         'public', [200, 200, 200, 200, 200, 200, 200]),
  row('POST /api/invitations/:token/accept',                 'public', [200, 200, 200, 200, 200, 200, 200], 'a new address'),
  // ...but a link for someone's existing account only works signed in as that person.
  row('POST /api/invitations/:token/accept',                 'public', [401, 403, 403, 403, 403, 403, 403], "someone else's account"),
  row('GET /api/organizations/:orgId/audit-events',          'own',    [401, 200, 200, 403, 403, 403, 403]),
  row('GET /api/organizations/:orgId/audit-events',          'other',  [401, 403, 403, 403, 403, 403, 403]),
  row('GET /api/instance/audit-events',                      'public', [401, 200, 403, 403, 403, 403, 403]),
  row('GET /api/organizations/:orgId/outbox',                'own',    [401, 200, 200, 403, 403, 403, 403]),
  row('GET /api/organizations/:orgId/outbox',                'other',  [401, 403, 403, 403, 403, 403, 403]),
  row('GET /api/instance/outbox',                            'public', [401, 200, 403, 403, 403, 403, 403]),
  // Participants (issue 3). Program settings: members read them, program staff change them.
  row('GET /api/programs/:programId/participation',          'own',    [401, 200, 200, 200, 200, 200, 200]),
  row('GET /api/programs/:programId/participation',          'sibling',[401, 200, 200, 403, 200, 403, 403]),
  row('GET /api/programs/:programId/participation',          'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('PATCH /api/programs/:programId/participation',        'own',    [401, 200, 200, 200, 403, 403, 403]),
  row('PATCH /api/programs/:programId/participation',        'sibling',[401, 200, 200, 403, 403, 403, 403]),
  row('PATCH /api/programs/:programId/participation',        'other',  [401, 404, 404, 404, 404, 404, 404]),
  // Only the holder of the program role applies; the mentor and mentee of A1 have (the world's
  // participants), so they pass the role check and meet the duplicate check instead.
  row('POST /api/programs/:programId/applications',          'own',    [401, 403, 403, 403, 403, 409, 409]),
  row('POST /api/programs/:programId/applications',          'sibling',[401, 403, 403, 403, 403, 403, 403]),
  row('POST /api/programs/:programId/applications',          'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/programs/:programId/participants',          'own',    [401, 201, 201, 201, 403, 403, 403]),
  row('POST /api/programs/:programId/participants',          'sibling',[401, 201, 201, 403, 403, 403, 403]),
  row('POST /api/programs/:programId/participants',          'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('GET /api/programs/:programId/participants',           'own',    [401, 200, 200, 200, 403, 403, 403]),
  row('GET /api/programs/:programId/participants',           'sibling',[401, 200, 200, 403, 403, 403, 403]),
  row('GET /api/programs/:programId/participants',           'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('GET /api/programs/:programId/participants.csv',       'own',    [401, 200, 200, 200, 403, 403, 403]),
  row('GET /api/programs/:programId/participants.csv',       'sibling',[401, 200, 200, 403, 403, 403, 403]),
  row('GET /api/programs/:programId/participants.csv',       'other',  [401, 404, 404, 404, 404, 404, 404]),
  // The CSV import (a header-only file: the answer says what would be, or was, written: nothing).
  row('POST /api/programs/:programId/imports/preview',        'own',    [401, 200, 200, 200, 403, 403, 403]),
  row('POST /api/programs/:programId/imports/preview',        'sibling',[401, 200, 200, 403, 403, 403, 403]),
  row('POST /api/programs/:programId/imports/preview',        'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/programs/:programId/imports',                'own',    [401, 200, 200, 200, 403, 403, 403]),
  row('POST /api/programs/:programId/imports',                'sibling',[401, 200, 200, 403, 403, 403, 403]),
  row('POST /api/programs/:programId/imports',                'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('GET /api/me/participations',                          'self',   [401, 200, 200, 200, 200, 200, 200]),
  // Matching (issue 4), before the rows below pause A1's mentee and publish agreement version 2.
  // Program staff run it: settings, candidates, runs, approval, the program's matches, closure;
  // the safeguarding lead, mentors and mentees do not. A run or match they may not reach does not exist.
  row('GET /api/programs/:programId/matching-settings',      'own',    [401, 200, 200, 200, 403, 403, 403]),
  row('GET /api/programs/:programId/matching-settings',      'sibling',[401, 200, 200, 403, 403, 403, 403]),
  row('GET /api/programs/:programId/matching-settings',      'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('PUT /api/programs/:programId/matching-settings',      'own',    [401, 200, 200, 200, 403, 403, 403]),
  row('PUT /api/programs/:programId/matching-settings',      'sibling',[401, 200, 200, 403, 403, 403, 403]),
  row('PUT /api/programs/:programId/matching-settings',      'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('GET /api/programs/:programId/matching-candidates',    'own',    [401, 200, 200, 200, 403, 403, 403]),
  row('GET /api/programs/:programId/matching-candidates',    'sibling',[401, 200, 200, 403, 403, 403, 403]),
  row('GET /api/programs/:programId/matching-candidates',    'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('GET /api/programs/:programId/matching-runs',          'own',    [401, 200, 200, 200, 403, 403, 403]),
  row('GET /api/programs/:programId/matching-runs',          'sibling',[401, 200, 200, 403, 403, 403, 403]),
  row('GET /api/programs/:programId/matching-runs',          'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/programs/:programId/matching-runs',         'own',    [401, 201, 201, 201, 403, 403, 403]),
  row('POST /api/programs/:programId/matching-runs',         'sibling',[401, 201, 201, 403, 403, 403, 403]),
  row('POST /api/programs/:programId/matching-runs',         'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('GET /api/matching-runs/:runId',                       'own',    [401, 200, 200, 200, 404, 404, 404]),
  row('GET /api/matching-runs/:runId',                       'sibling',[401, 200, 200, 404, 404, 404, 404]),
  row('GET /api/matching-runs/:runId',                       'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/matching-runs/:runId/approval',             'own',    [401, 200, 200, 200, 404, 404, 404]),
  row('POST /api/matching-runs/:runId/approval',             'sibling',[401, 200, 200, 404, 404, 404, 404]),
  row('POST /api/matching-runs/:runId/approval',             'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('GET /api/programs/:programId/matches',                'own',    [401, 200, 200, 200, 403, 403, 403]),
  row('GET /api/programs/:programId/matches',                'sibling',[401, 200, 200, 403, 403, 403, 403]),
  row('GET /api/programs/:programId/matches',                'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('GET /api/me/matches',                                 'self',   [401, 200, 200, 200, 200, 200, 200]),
  // A match (A1's is the mentor's and the mentee's with each other): the pair and program staff see
  // it; staff close it, the pair accept or decline it; to anyone else it does not exist.
  row('GET /api/matches/:matchId',                           'own',    [401, 200, 200, 200, 404, 200, 200]),
  row('GET /api/matches/:matchId',                           'sibling',[401, 200, 200, 404, 404, 404, 404]),
  row('GET /api/matches/:matchId',                           'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/matches/:matchId/closure',                  'own',    [401, 200, 200, 200, 404, 404, 404]),
  row('POST /api/matches/:matchId/closure',                  'sibling',[401, 200, 200, 404, 404, 404, 404]),
  row('POST /api/matches/:matchId/closure',                  'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/matches/:matchId/acceptance',               'own',    [401, 404, 404, 404, 404, 200, 200]),
  row('POST /api/matches/:matchId/acceptance',               'sibling',[401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/matches/:matchId/acceptance',               'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/matches/:matchId/decline',                  'own',    [401, 404, 404, 404, 404, 200, 200]),
  row('POST /api/matches/:matchId/decline',                  'sibling',[401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/matches/:matchId/decline',                  'other',  [401, 404, 404, 404, 404, 404, 404]),
  // Mentee choice, for the mentee themself (ready again once she declined her match).
  row('GET /api/participants/:participantId/mentor-suggestions', 'own',    [401, 404, 404, 404, 404, 404, 200]),
  row('GET /api/participants/:participantId/mentor-suggestions', 'sibling',[401, 404, 404, 404, 404, 404, 404]),
  row('GET /api/participants/:participantId/mentor-suggestions', 'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/participants/:participantId/mentor-requests',   'own',    [401, 404, 404, 404, 404, 404, 201]),
  row('POST /api/participants/:participantId/mentor-requests',   'sibling',[401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/participants/:participantId/mentor-requests',   'other',  [401, 404, 404, 404, 404, 404, 404]),
  // Meetings and commitments (issue 5), asked once the matching rows are done and the schedules built
  // (meeting-world.ts): in A1 the mentor and the mentee each ask about their own active match,
  // everyone else about the mentee's. The pair read and change their schedule; program staff read
  // it and settle disputed meetings, but a change of the pair's is not theirs (404, as for the
  // safeguarding lead and anyone else, to whom the match does not exist).
  row('GET /api/matches/:matchId/schedule',                  'own',    [401, 200, 200, 200, 404, 200, 200]),
  row('GET /api/matches/:matchId/schedule',                  'own',    [401, 200, 200, 200, 404, 404, 404], 'a match of A1 they are not in'),
  row('GET /api/matches/:matchId/schedule',                  'sibling',[401, 200, 200, 404, 404, 404, 404]),
  row('GET /api/matches/:matchId/schedule',                  'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('GET /api/matches/:matchId/time-suggestions',          'own',    [401, 404, 404, 404, 404, 200, 200]),
  row('GET /api/matches/:matchId/time-suggestions',          'sibling',[401, 404, 404, 404, 404, 404, 404]),
  row('GET /api/matches/:matchId/time-suggestions',          'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('GET /api/matches/:matchId/consistency',               'own',    [401, 200, 200, 200, 404, 200, 200]),
  row('GET /api/matches/:matchId/consistency',               'sibling',[401, 200, 200, 404, 404, 404, 404]),
  row('GET /api/matches/:matchId/consistency',               'other',  [401, 404, 404, 404, 404, 404, 404]),
  // Ending the world's rhythms first: agreeing a new one replaces the current one.
  row('POST /api/series/:seriesId/end',                      'own',    [401, 404, 404, 404, 404, 204, 204]),
  row('POST /api/series/:seriesId/end',                      'sibling',[401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/series/:seriesId/end',                      'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/matches/:matchId/series',                   'own',    [401, 404, 404, 404, 404, 201, 201]),
  row('POST /api/matches/:matchId/series',                   'sibling',[401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/matches/:matchId/series',                   'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/matches/:matchId/meetings',                 'own',    [401, 404, 404, 404, 404, 201, 201]),
  row('POST /api/matches/:matchId/meetings',                 'own',    [401, 404, 404, 404, 404, 404, 404], 'a match of A1 they are not in'),
  row('POST /api/matches/:matchId/meetings',                 'sibling',[401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/matches/:matchId/meetings',                 'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/meetings/:meetingId/reschedule',            'own',    [401, 404, 404, 404, 404, 200, 200]),
  row('POST /api/meetings/:meetingId/reschedule',            'sibling',[401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/meetings/:meetingId/reschedule',            'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/meetings/:meetingId/cancellation',          'own',    [401, 404, 404, 404, 404, 200, 200]),
  row('POST /api/meetings/:meetingId/cancellation',          'sibling',[401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/meetings/:meetingId/cancellation',          'other',  [401, 404, 404, 404, 404, 404, 404]),
  // One meeting as a file for the pair's own calendars.
  row('GET /api/meetings/:meetingId/ics',                    'own',    [401, 404, 404, 404, 404, 200, 200]),
  row('GET /api/meetings/:meetingId/ics',                    'sibling',[401, 404, 404, 404, 404, 404, 404]),
  row('GET /api/meetings/:meetingId/ics',                    'other',  [401, 404, 404, 404, 404, 404, 404]),
  // Proposals: one of the pair proposes, the other accepts or declines, the proposer withdraws.
  row('POST /api/matches/:matchId/proposals',                'own',    [401, 404, 404, 404, 404, 201, 201]),
  row('POST /api/matches/:matchId/proposals',                'sibling',[401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/matches/:matchId/proposals',                'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/proposals/:proposalId/acceptance',          'own',    [401, 404, 404, 404, 404, 200, 200]),
  row('POST /api/proposals/:proposalId/acceptance',          'sibling',[401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/proposals/:proposalId/acceptance',          'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/proposals/:proposalId/decline',             'own',    [401, 404, 404, 404, 404, 200, 200]),
  row('POST /api/proposals/:proposalId/decline',             'sibling',[401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/proposals/:proposalId/decline',             'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/proposals/:proposalId/withdrawal',          'own',    [401, 404, 404, 404, 404, 200, 200]),
  row('POST /api/proposals/:proposalId/withdrawal',          'sibling',[401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/proposals/:proposalId/withdrawal',          'other',  [401, 404, 404, 404, 404, 404, 404]),
  // Attendance is the pair's to say (a meeting that has started); a dispute is staff's to settle.
  row('POST /api/meetings/:meetingId/attendance',            'own',    [401, 404, 404, 404, 404, 200, 200]),
  row('POST /api/meetings/:meetingId/attendance',            'sibling',[401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/meetings/:meetingId/attendance',            'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/meetings/:meetingId/resolution',            'own',    [401, 200, 200, 200, 404, 404, 404]),
  row('POST /api/meetings/:meetingId/resolution',            'sibling',[401, 200, 200, 404, 404, 404, 404]),
  row('POST /api/meetings/:meetingId/resolution',            'other',  [401, 404, 404, 404, 404, 404, 404]),
  // Commitments: the pair read them with their words, staff without; one of the pair writes one
  // down; only its owner marks it done (the other of the pair: 403); only its writer takes it back.
  row('GET /api/matches/:matchId/commitments',               'own',    [401, 200, 200, 200, 404, 200, 200]),
  row('GET /api/matches/:matchId/commitments',               'own',    [401, 200, 200, 200, 404, 404, 404], 'a match of A1 they are not in'),
  row('GET /api/matches/:matchId/commitments',               'sibling',[401, 200, 200, 404, 404, 404, 404]),
  row('GET /api/matches/:matchId/commitments',               'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/matches/:matchId/commitments',              'own',    [401, 404, 404, 404, 404, 201, 201]),
  row('POST /api/matches/:matchId/commitments',              'sibling',[401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/matches/:matchId/commitments',              'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/commitments/:commitmentId/completion',      'own',    [401, 404, 404, 404, 404, 403, 403], "the other's"),
  row('POST /api/commitments/:commitmentId/completion',      'own',    [401, 404, 404, 404, 404, 200, 200], 'their own'),
  row('POST /api/commitments/:commitmentId/completion',      'sibling',[401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/commitments/:commitmentId/completion',      'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('DELETE /api/commitments/:commitmentId',               'own',    [401, 404, 404, 404, 404, 403, 403], 'written by the other'),
  row('DELETE /api/commitments/:commitmentId',               'own',    [401, 404, 404, 404, 404, 204, 204], 'written by them'),
  row('DELETE /api/commitments/:commitmentId',               'sibling',[401, 404, 404, 404, 404, 404, 404]),
  row('DELETE /api/commitments/:commitmentId',               'other',  [401, 404, 404, 404, 404, 404, 404]),
  // Figures for program staff (the program's consistency and calendar) and a mentor's reliability
  // (A1's participant is the world's mentor: he and program staff see it).
  row('GET /api/programs/:programId/consistency',            'own',    [401, 200, 200, 200, 403, 403, 403]),
  row('GET /api/programs/:programId/consistency',            'sibling',[401, 200, 200, 403, 403, 403, 403]),
  row('GET /api/programs/:programId/consistency',            'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('GET /api/programs/:programId/meetings',               'own',    [401, 200, 200, 200, 403, 403, 403]),
  row('GET /api/programs/:programId/meetings',               'sibling',[401, 200, 200, 403, 403, 403, 403]),
  row('GET /api/programs/:programId/meetings',               'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('GET /api/participants/:participantId/reliability',    'own',    [401, 200, 200, 200, 404, 200, 404]),
  row('GET /api/participants/:participantId/reliability',    'sibling',[401, 200, 200, 404, 404, 404, 404]),
  row('GET /api/participants/:participantId/reliability',    'other',  [401, 404, 404, 404, 404, 404, 404]),
  // Calendar feeds: the secret address is the credential; each person makes and revokes their own.
  row('GET /calendar/:token.ics',                            'public', [200, 200, 200, 200, 200, 200, 200], 'a valid token'),
  row('GET /calendar/:token.ics',                            'public', [404, 404, 404, 404, 404, 404, 404], 'a made-up token'),
  row('GET /api/me/calendar-feed',                           'self',   [401, 200, 200, 200, 200, 200, 200]),
  row('POST /api/me/calendar-feed',                          'self',   [401, 201, 201, 201, 201, 201, 201]),
  row('DELETE /api/me/calendar-feed',                        'self',   [401, 204, 204, 204, 204, 204, 204]),
  // Notices and reminder preferences: the signed-in person's own; live updates for whoever is signed in.
  row('GET /api/me/reminder-preferences',                    'self',   [401, 200, 200, 200, 200, 200, 200]),
  row('PUT /api/me/reminder-preferences',                    'self',   [401, 200, 200, 200, 200, 200, 200]),
  row('GET /api/me/notifications',                           'self',   [401, 200, 200, 200, 200, 200, 200]),
  row('POST /api/me/notifications/read',                     'self',   [401, 200, 200, 200, 200, 200, 200]),
  row('GET /api/live',                                       'self',   [401, 200, 200, 200, 200, 200, 200]),
  // One participant (A1's is the mentee's own): the person themself or program staff; to anyone
  // else, a coordinator of another program included, it does not exist.
  row('GET /api/participants/:participantId',                'own',    [401, 200, 200, 200, 404, 404, 200]),
  row('GET /api/participants/:participantId',                'sibling',[401, 200, 200, 404, 404, 404, 404]),
  row('GET /api/participants/:participantId',                'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('GET /api/participants/:participantId/timeline',       'own',    [401, 200, 200, 200, 404, 404, 200]),
  row('GET /api/participants/:participantId/timeline',       'sibling',[401, 200, 200, 404, 404, 404, 404]),
  row('GET /api/participants/:participantId/timeline',       'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/participants/:participantId/transitions',   'own',    [401, 200, 200, 200, 404, 404, 404]),
  row('POST /api/participants/:participantId/transitions',   'sibling',[401, 200, 200, 404, 404, 404, 404]),
  row('POST /api/participants/:participantId/transitions',   'other',  [401, 404, 404, 404, 404, 404, 404]),
  // Training: program members (and applicants) read the modules, staff write them, and only the
  // participant themself answers a quiz.
  row('GET /api/programs/:programId/training-modules',       'own',    [401, 200, 200, 200, 200, 200, 200]),
  row('GET /api/programs/:programId/training-modules',       'sibling',[401, 200, 200, 403, 200, 403, 403]),
  row('GET /api/programs/:programId/training-modules',       'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/programs/:programId/training-modules',      'own',    [401, 201, 201, 201, 403, 403, 403]),
  row('POST /api/programs/:programId/training-modules',      'sibling',[401, 201, 201, 403, 403, 403, 403]),
  row('POST /api/programs/:programId/training-modules',      'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('GET /api/training-modules/:moduleId',                 'own',    [401, 200, 200, 200, 200, 200, 200]),
  row('GET /api/training-modules/:moduleId',                 'sibling',[401, 200, 200, 403, 200, 403, 403]),
  row('GET /api/training-modules/:moduleId',                 'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('PATCH /api/training-modules/:moduleId',               'own',    [401, 200, 200, 200, 403, 403, 403]),
  row('PATCH /api/training-modules/:moduleId',               'sibling',[401, 200, 200, 403, 403, 403, 403]),
  row('PATCH /api/training-modules/:moduleId',               'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/participants/:participantId/training/:moduleId/attempts', 'own',     [401, 404, 404, 404, 404, 404, 201]),
  row('POST /api/participants/:participantId/training/:moduleId/attempts', 'sibling', [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/participants/:participantId/training/:moduleId/attempts', 'other',   [401, 404, 404, 404, 404, 404, 404]),
  row('GET /api/participants/:participantId/training',       'own',    [401, 200, 200, 200, 404, 404, 200]),
  row('GET /api/participants/:participantId/training',       'sibling',[401, 200, 200, 404, 404, 404, 404]),
  row('GET /api/participants/:participantId/training',       'other',  [401, 404, 404, 404, 404, 404, 404]),
  // The confidentiality agreement: members read it, the participant acknowledges it (before the
  // version rows below publish version 2), staff publish new versions.
  row('GET /api/programs/:programId/agreement',              'own',    [401, 200, 200, 200, 200, 200, 200]),
  row('GET /api/programs/:programId/agreement',              'sibling',[401, 200, 200, 403, 200, 403, 403]),
  row('GET /api/programs/:programId/agreement',              'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/participants/:participantId/agreement-acknowledgements', 'own',     [401, 404, 404, 404, 404, 404, 201]),
  row('POST /api/participants/:participantId/agreement-acknowledgements', 'sibling', [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/participants/:participantId/agreement-acknowledgements', 'other',   [401, 404, 404, 404, 404, 404, 404]),
  row('GET /api/participants/:participantId/agreement-acknowledgements',  'own',     [401, 200, 200, 200, 404, 404, 200]),
  row('GET /api/participants/:participantId/agreement-acknowledgements',  'sibling', [401, 200, 200, 404, 404, 404, 404]),
  row('GET /api/participants/:participantId/agreement-acknowledgements',  'other',   [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/programs/:programId/agreement/versions',    'own',    [401, 201, 201, 201, 403, 403, 403]),
  row('POST /api/programs/:programId/agreement/versions',    'sibling',[401, 201, 201, 403, 403, 403, 403]),
  row('POST /api/programs/:programId/agreement/versions',    'other',  [401, 404, 404, 404, 404, 404, 404]),
  // Screening (A1's is the mentor's own): program staff only, not even the mentor screened.
  row('POST /api/participants/:participantId/screening-checks', 'own',    [401, 201, 201, 201, 404, 404, 404]),
  row('POST /api/participants/:participantId/screening-checks', 'sibling',[401, 201, 201, 404, 404, 404, 404]),
  row('POST /api/participants/:participantId/screening-checks', 'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('GET /api/participants/:participantId/screening-checks',  'own',    [401, 200, 200, 200, 404, 404, 404]),
  row('GET /api/participants/:participantId/screening-checks',  'sibling',[401, 200, 200, 404, 404, 404, 404]),
  row('GET /api/participants/:participantId/screening-checks',  'other',  [401, 404, 404, 404, 404, 404, 404]),
  // Guardians (of minors): the emailed link is the credential, for anyone holding it; a guardian
  // withdraws only their own consent; program staff send a fresh link to a participant's guardian.
  row('GET /api/guardian-links/:token',                      'public', [200, 200, 200, 200, 200, 200, 200]),
  row('POST /api/guardian-links/:token/consent',             'public', [201, 201, 201, 201, 201, 201, 201], 'a new address'),
  row('GET /api/me/children',                                'self',   [401, 200, 200, 200, 200, 200, 200]),
  row('POST /api/guardianships/:guardianshipId/withdraw',    'own',    [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/participants/:participantId/guardian-links', 'own',    [401, 201, 201, 201, 404, 404, 404]),
  row('POST /api/participants/:participantId/guardian-links', 'sibling',[401, 201, 201, 404, 404, 404, 404]),
  row('POST /api/participants/:participantId/guardian-links', 'other',  [401, 404, 404, 404, 404, 404, 404]),
  // Profiles and lived experiences (A1's is the mentee's own). Members read the vocabulary, staff
  // edit it; the person alone changes their profile and experiences; staff read them (never "in
  // my own words", experiences only as consented); anyone else meets a participant that does not exist.
  row('GET /api/programs/:programId/experiences',            'own',    [401, 200, 200, 200, 200, 200, 200]),
  row('GET /api/programs/:programId/experiences',            'sibling',[401, 200, 200, 403, 200, 403, 403]),
  row('GET /api/programs/:programId/experiences',            'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/programs/:programId/experiences',           'own',    [401, 201, 201, 201, 403, 403, 403]),
  row('POST /api/programs/:programId/experiences',           'sibling',[401, 201, 201, 403, 403, 403, 403]),
  row('POST /api/programs/:programId/experiences',           'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('PATCH /api/programs/:programId/experiences/:experienceId', 'own',    [401, 200, 200, 200, 403, 403, 403]),
  row('PATCH /api/programs/:programId/experiences/:experienceId', 'sibling',[401, 200, 200, 403, 403, 403, 403]),
  row('PATCH /api/programs/:programId/experiences/:experienceId', 'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('GET /api/participants/:participantId/profile',        'own',    [401, 200, 200, 200, 404, 404, 200]),
  row('GET /api/participants/:participantId/profile',        'sibling',[401, 200, 200, 404, 404, 404, 404]),
  row('GET /api/participants/:participantId/profile',        'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('PATCH /api/participants/:participantId/profile',      'own',    [401, 404, 404, 404, 404, 404, 200]),
  row('PATCH /api/participants/:participantId/profile',      'sibling',[401, 404, 404, 404, 404, 404, 404]),
  row('PATCH /api/participants/:participantId/profile',      'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('GET /api/participants/:participantId/experiences',    'own',    [401, 200, 200, 200, 404, 404, 200]),
  row('GET /api/participants/:participantId/experiences',    'sibling',[401, 200, 200, 404, 404, 404, 404]),
  row('GET /api/participants/:participantId/experiences',    'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/participants/:participantId/experiences',   'own',    [401, 404, 404, 404, 404, 404, 201]),
  row('POST /api/participants/:participantId/experiences',   'sibling',[401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/participants/:participantId/experiences',   'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/participants/:participantId/experiences/:participantExperienceId/consents',   'own',     [401, 404, 404, 404, 404, 404, 201]),
  row('POST /api/participants/:participantId/experiences/:participantExperienceId/consents',   'sibling', [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/participants/:participantId/experiences/:participantExperienceId/consents',   'other',   [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/participants/:participantId/experiences/:participantExperienceId/withdrawal', 'own',     [401, 404, 404, 404, 404, 404, 200]),
  row('POST /api/participants/:participantId/experiences/:participantExperienceId/withdrawal', 'sibling', [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/participants/:participantId/experiences/:participantExperienceId/withdrawal', 'other',   [401, 404, 404, 404, 404, 404, 404]),
  row('DELETE /api/participants/:participantId/experiences/:participantExperienceId',          'own',     [401, 404, 404, 404, 404, 404, 204]),
  row('DELETE /api/participants/:participantId/experiences/:participantExperienceId',          'sibling', [401, 404, 404, 404, 404, 404, 404]),
  row('DELETE /api/participants/:participantId/experiences/:participantExperienceId',          'other',   [401, 404, 404, 404, 404, 404, 404]),
  // Accounts without email: program staff create them and reissue codes; the holder of a code sets the password.
  row('GET /api/programs/:programId/username-accounts',      'own',    [401, 200, 200, 200, 403, 403, 403]),
  row('GET /api/programs/:programId/username-accounts',      'sibling',[401, 200, 200, 403, 403, 403, 403]),
  row('GET /api/programs/:programId/username-accounts',      'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/programs/:programId/username-accounts',     'own',    [401, 201, 201, 201, 403, 403, 403]),
  row('POST /api/programs/:programId/username-accounts',     'sibling',[401, 201, 201, 403, 403, 403, 403]),
  row('POST /api/programs/:programId/username-accounts',     'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/programs/:programId/username-accounts/:userId/setup-codes', 'own',    [401, 201, 201, 201, 403, 403, 403]),
  row('POST /api/programs/:programId/username-accounts/:userId/setup-codes', 'sibling',[401, 201, 201, 403, 403, 403, 403]),
  row('POST /api/programs/:programId/username-accounts/:userId/setup-codes', 'other',  [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/setup-codes/redeem',                        'public', [400, 400, 400, 400, 400, 400, 400], 'a made-up code'),
  row('POST /api/setup-codes/redeem',                        'public', [200, 200, 200, 200, 200, 200, 200], 'a valid code'),
  row('POST /api/auth/sign-out',                             'self',   [200, 200, 200, 200, 200, 200, 200]),
];

/**
 * better-auth's routes (all in its OpenAPI document, so all here). Read-only first; the ones that
 * change the account after; revoking every session last. Disabled features must stay disabled:
 * sign-up (accounts come from setup and invitations only), changing email, deleting the account.
 */
// biome-ignore format: a table reads best aligned
export const accountExpectations: Expectation[] = [
  //                                                                   anon inst admin coord sglead mentor mentee
  row('GET /api/auth/ok',                                    'public', [200, 200, 200, 200, 200, 200, 200]),
  row('GET /api/auth/error',                                 'public', [200, 200, 200, 200, 200, 200, 200]),
  row('GET /api/auth/get-session',                           'self',   [200, 200, 200, 200, 200, 200, 200]),
  row('POST /api/auth/get-session',                          'self',   [405, 405, 405, 405, 405, 405, 405]),
  row('GET /api/auth/list-sessions',                         'self',   [401, 200, 200, 200, 200, 200, 200]),
  row('GET /api/auth/list-accounts',                         'self',   [401, 200, 200, 200, 200, 200, 200]),
  // Another organization's admin's login account, asked about, unlinked or used by someone else.
  row('GET /api/auth/account-info',                          'other',  [401, 400, 400, 400, 400, 400, 400]),
  row('POST /api/auth/sign-up/email',                        'public', [400, 400, 400, 400, 400, 400, 400]),
  row('POST /api/auth/sign-in/email',                        'self',   [401, 401, 401, 401, 401, 401, 401], 'a wrong password'),
  row('POST /api/auth/sign-in/username',                     'self',   [401, 401, 401, 401, 401, 401, 401], 'a wrong password'),
  row('POST /api/auth/sign-in/social',                       'public', [404, 404, 404, 404, 404, 404, 404]),
  row('GET /api/auth/callback/:id',                          'public', [302, 302, 302, 302, 302, 302, 302]),
  row('POST /api/auth/callback/:id',                         'public', [302, 302, 302, 302, 302, 302, 302]),
  row('GET /api/auth/verify-email',                          'public', [401, 401, 401, 401, 401, 401, 401], 'a made-up token'),
  row('GET /api/auth/reset-password/:token',                 'public', [302, 302, 302, 302, 302, 302, 302], 'our own page'),
  row('GET /api/auth/reset-password/:token',                 'public', [403, 403, 403, 403, 403, 403, 403], 'a foreign callback'),
  row('POST /api/auth/reset-password',                       'public', [400, 400, 400, 400, 400, 400, 400], 'a made-up token'),
  row('GET /api/auth/delete-user/callback',                  'self',   [404, 404, 404, 404, 404, 404, 404]),
  row('POST /api/auth/update-user',                          'self',   [401, 400, 400, 400, 400, 400, 400], 'two-factor off'),
  row('POST /api/auth/update-user',                          'self',   [401, 400, 400, 400, 400, 400, 400], 'email verified'),
  row('POST /api/auth/update-user',                          'self',   [401, 400, 400, 400, 400, 400, 400], 'language'),
  row('POST /api/auth/update-user',                          'self',   [401, 200, 200, 200, 200, 200, 200], 'name'),
  // No session fields of ours can be changed.
  row('POST /api/auth/update-session',                       'self',   [401, 400, 400, 400, 400, 400, 400]),
  row('POST /api/auth/verify-password',                      'self',   [401, 200, 200, 200, 200, 200, 200]),
  // The instance admin came through setup (address not yet verified); invited people proved theirs.
  row('POST /api/auth/send-verification-email',              'self',   [200, 200, 400, 400, 400, 400, 400]),
  row('POST /api/auth/request-password-reset',               'self',   [200, 200, 200, 200, 200, 200, 200]),
  row('POST /api/auth/change-email',                         'self',   [401, 400, 400, 400, 400, 400, 400]),
  row('POST /api/auth/change-password',                      'self',   [401, 200, 200, 200, 200, 200, 200]),
  row('POST /api/auth/two-factor/get-totp-uri',              'self',   [401, 200, 200, 200, 200, 400, 400]),
  row('POST /api/auth/two-factor/verify-totp',               'self',   [401, 401, 401, 401, 401, 400, 400], 'a wrong code'),
  // Codes by email or SMS are not configured (TOTP only).
  row('POST /api/auth/two-factor/send-otp',                  'self',   [400, 400, 400, 400, 400, 400, 400]),
  row('POST /api/auth/two-factor/verify-otp',                'self',   [401, 400, 400, 400, 400, 400, 400], 'a wrong code'),
  row('POST /api/auth/two-factor/verify-backup-code',        'self',   [401, 401, 401, 401, 401, 400, 400], 'a wrong code'),
  row('POST /api/auth/two-factor/generate-backup-codes',     'self',   [401, 200, 200, 200, 200, 400, 400]),
  row('POST /api/auth/two-factor/enable',                    'self',   [401, 400, 400, 400, 400, 200, 200]),
  row('POST /api/auth/two-factor/disable',                   'self',   [401, 200, 200, 200, 200, 200, 200]),
  row('POST /api/auth/link-social',                          'self',   [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/auth/unlink-account',                       'other',  [401, 400, 400, 400, 400, 400, 400]),
  row('POST /api/auth/refresh-token',                        'other',  [401, 400, 400, 400, 400, 400, 400]),
  row('POST /api/auth/get-access-token',                     'other',  [401, 400, 400, 400, 400, 400, 400]),
  // With another organization's admin's session token: answered, but that session must survive.
  row('POST /api/auth/revoke-session',                       'other',  [401, 200, 200, 200, 200, 200, 200]),
  row('POST /api/auth/revoke-other-sessions',                'self',   [401, 200, 200, 200, 200, 200, 200]),
  row('POST /api/auth/delete-user',                          'self',   [401, 404, 404, 404, 404, 404, 404]),
  row('POST /api/auth/revoke-sessions',                      'self',   [401, 200, 200, 200, 200, 200, 200]),
];
