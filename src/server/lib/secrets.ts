import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reads a secret from the key folder, creating it once (mode 0600) when absent. Creation uses an
 * exclusive open so two processes starting together agree on one value.
 */
export function readOrCreateSecret(keyDir: string, name: string, make: () => string): string {
  mkdirSync(keyDir, { recursive: true, mode: 0o700 });
  const path = join(keyDir, name);
  try {
    writeFileSync(path, `${make()}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(path, 'utf8').trim();
}

export function resolveSecrets(config: { keyDir: string; masterKey?: string; authSecret?: string }) {
  return {
    masterKey:
      config.masterKey ?? readOrCreateSecret(config.keyDir, 'master.key', () => randomBytes(32).toString('base64')),
    authSecret:
      config.authSecret ??
      readOrCreateSecret(config.keyDir, 'auth.secret', () => randomBytes(32).toString('base64url')),
  };
}
