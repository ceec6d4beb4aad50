import type { FastifyInstance, InjectOptions } from 'fastify';
import type { TestApp } from '../support/test-app.ts';
import { TestClient } from '../support/test-client.ts';

/**
 * The app as reached from one machine. Every person in the matrix comes from an address of their
 * own, as in life: the per-address rate limits (better-auth's three two-factor attempts per ten
 * seconds, our invitation-link limit) then apply per person, not to the whole test at once.
 */
export function fromAddress(app: FastifyInstance, remoteAddress: string): FastifyInstance {
  const inject = (options: InjectOptions) => app.inject({ ...options, remoteAddress });
  return { inject } as unknown as FastifyInstance;
}

let nextMachine = 1;

/** A TestApp whose clients (made by the factories) all come from one fresh address. */
export function onNewMachine(t: TestApp): TestApp & { address: string } {
  const address = `10.77.${Math.floor(nextMachine / 250)}.${(nextMachine % 250) + 1}`;
  nextMachine += 1;
  return { ...t, app: fromAddress(t.app, address), address };
}

/** A client on the same machine and in the same browser (same cookies), whose answers do not touch them. */
export function sameBrowserCopy(t: TestApp, address: string, client: TestClient): TestClient {
  const copy = new TestClient(fromAddress(t.app, address));
  for (const [name, value] of client.cookies) copy.cookies.set(name, value);
  return copy;
}
