import type { TestClient } from '../support/test-client.ts';

/** Username accounts (young people without email) of programs A1 and A2, and unredeemed codes. */
export interface UsernameWorld {
  ownUsernameAccount: string;
  siblingUsernameAccount: string;
  /** One fresh username and setup code per actor, so each redemption in the matrix has its own. */
  setupCodes: { username: string; code: string }[];
}

async function create(staff: TestClient, programId: string, username: string) {
  const res = await staff.post(`/api/programs/${programId}/username-accounts`, {
    username,
    name: `Young ${username}`,
    role: 'mentee',
    locale: 'en',
  });
  if (res.status !== 201) throw new Error(`username account: ${res.status} ${res.text}`);
  return res.body as { userId: string; username: string; setupCode: { code: string } };
}

/** Created by the organization's admin through the API, as a coordinator would. */
export async function buildUsernameAccounts(
  staff: TestClient,
  place: { programId: string; siblingProgramId: string },
  actorCount: number,
): Promise<UsernameWorld> {
  const own = await create(staff, place.programId, 'young-own');
  const sibling = await create(staff, place.siblingProgramId, 'young-sibling');
  const setupCodes: UsernameWorld['setupCodes'] = [];
  for (let n = 1; n <= actorCount; n++) {
    const made = await create(staff, place.programId, `young-redeemer-${n}`);
    setupCodes.push({ username: made.username, code: made.setupCode.code });
  }
  return { ownUsernameAccount: own.userId, siblingUsernameAccount: sibling.userId, setupCodes };
}
