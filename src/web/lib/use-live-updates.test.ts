import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refetchOnMatchChange, watchMatchChanges } from './use-live-updates.ts';

/** The browser's EventSource, driven by the test: the server's events are `emit`ted by hand. */
class FakeEventSource extends EventTarget {
  static readonly CLOSED = 2;
  static opened: FakeEventSource[] = [];
  readonly url: string;
  readyState = 1;
  constructor(url: string) {
    super();
    this.url = url;
    FakeEventSource.opened.push(this);
  }
  emit(type: string, data?: unknown) {
    const event = new MessageEvent(type, { data: data === undefined ? undefined : JSON.stringify(data) });
    this.dispatchEvent(event);
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
}

const m1 = '0196a000-0000-7000-8000-000000000001';
const m2 = '0196a000-0000-7000-8000-000000000002';
const settled = () => new Promise<void>((resolve) => queueMicrotask(resolve));

function clientWithQueries(...keys: unknown[][]): QueryClient {
  const client = new QueryClient();
  for (const key of keys) client.setQueryData(key, 'fresh');
  return client;
}
const invalidated = (client: QueryClient) =>
  client
    .getQueryCache()
    .getAll()
    .filter((q) => q.state.isInvalidated)
    .map((q) => q.queryKey);

describe('watchMatchChanges (useLiveUpdates without React)', () => {
  const real = globalThis.EventSource;
  beforeEach(() => {
    FakeEventSource.opened = [];
    globalThis.EventSource = FakeEventSource as unknown as typeof EventSource;
  });
  afterEach(() => {
    globalThis.EventSource = real;
  });

  it("refetches every query holding the watched match's id and the registered keys, not other matches", async () => {
    const client = clientWithQueries(['matches', m1], ['matches', m1, 'schedule'], ['matches', m2], ['me', 'matches']);
    const unregister = refetchOnMatchChange(() => [['me', 'matches']]);
    const stopA = watchMatchChanges(client, m1);
    const stopB = watchMatchChanges(client, m1);
    expect(FakeEventSource.opened.map((s) => s.url)).toEqual(['/api/live']);
    const [source] = FakeEventSource.opened;

    source?.emit('match-changed', { matchId: m2, what: 'declined' });
    expect(invalidated(client)).toEqual([]);
    source?.emit('match-changed', { matchId: m1, what: 'declined' });
    expect(invalidated(client)).toEqual([
      ['matches', m1],
      ['matches', m1, 'schedule'],
      ['me', 'matches'],
    ]);

    stopA();
    await settled();
    expect(source?.readyState).toBe(1); // another watcher still uses it
    stopB();
    unregister();
    await settled();
    expect(source?.readyState).toBe(FakeEventSource.CLOSED);
  });

  it('watching every match refetches for any change, and everything after a reconnect', async () => {
    const client = clientWithQueries(['matches', m1], ['matches', m2], ['programs', 'p', 'matches']);
    const stop = watchMatchChanges(client);
    const [source] = FakeEventSource.opened;
    source?.emit('open');
    source?.emit('match-changed', { matchId: m2, what: 'closed' });
    expect(invalidated(client)).toEqual([['matches', m2]]);
    source?.emit('error');
    source?.emit('open');
    expect(invalidated(client)).toHaveLength(3);
    stop();
    await settled();
  });
});
