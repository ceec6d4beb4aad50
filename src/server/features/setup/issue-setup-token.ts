import { count } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { newId } from '../../lib/ids.ts';
import { hashToken, newToken } from '../../lib/tokens.ts';
import { user } from '../identity/tables.ts';
import { setupTokens } from './tables.ts';

/** At start, while nobody has an account: a fresh one-time token for the setup page (else null). */
export async function issueSetupToken(db: Db): Promise<string | null> {
  if (!(await needsSetup(db))) return null;
  const token = newToken();
  await db.insert(setupTokens).values({ id: newId(), tokenHash: hashToken(token) });
  return token;
}

export async function needsSetup(db: Db): Promise<boolean> {
  const [users] = await db.select({ n: count() }).from(user);
  return (users?.n ?? 0) === 0;
}
