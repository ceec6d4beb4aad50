import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

/**
 * Live updates: pages refetch when someone else changes a match they show.
 *
 *   // A page about one match (its schedule, commitments, …):
 *   useLiveUpdates(matchId);
 *   // A page listing matches (any match the person may see):
 *   useLiveUpdates();
 *   // Keys that do not hold the match's id, registered once (module scope or an effect):
 *   refetchOnMatchChange(() => [['me', 'matches'], ['me', 'notifications']]);
 *
 * On a change the server reports (`GET /api/live`, server-sent events), every query whose key
 * holds the match's id is invalidated (['matches', id], ['matches', id, 'schedule'], …), plus the
 * registered keys. One EventSource serves the whole tab however many pages use the hook; it
 * reconnects by itself, and after a reconnect (or a server `resync`) what may have been missed is
 * fetched again. The event carries no content: what the person may see is fetched as usual.
 */
export function useLiveUpdates(matchId?: string): void {
  const queryClient = useQueryClient();
  useEffect(() => watchMatchChanges(queryClient, matchId), [queryClient, matchId]);
}

export interface MatchChange {
  matchId: string;
  /** What happened ('declined', 'rescheduled', …): pages may ignore it. */
  what: string;
}

type KeysFor = (change: MatchChange) => QueryKey[];
const registeredKeys = new Set<KeysFor>();

/** Also refetch these keys when a match changes; returns how to stop. */
export function refetchOnMatchChange(keysFor: KeysFor): () => void {
  registeredKeys.add(keysFor);
  return () => registeredKeys.delete(keysFor);
}

const EVERY_MATCH = '*';
/** How many mounted watchers want each match (EVERY_MATCH: any). */
const watchers = new Map<string, number>();
let source: EventSource | null = null;
let client: QueryClient | null = null;

function refetch(queryClient: QueryClient, change: MatchChange): void {
  void queryClient.invalidateQueries({ predicate: (query) => query.queryKey.includes(change.matchId) });
  for (const keysFor of registeredKeys) {
    for (const queryKey of keysFor(change)) void queryClient.invalidateQueries({ queryKey });
  }
}

/** Changes may have been missed (a reconnect): fetch again whatever is watched. */
function refetchWatched(): void {
  if (!client) return;
  if (watchers.has(EVERY_MATCH)) void client.invalidateQueries();
  else for (const matchId of watchers.keys()) refetch(client, { matchId, what: 'resync' });
}

function openSource(): EventSource {
  const opened = new EventSource('/api/live');
  let hasBeenOpen = false;
  opened.addEventListener('open', () => {
    if (hasBeenOpen) refetchWatched();
    hasBeenOpen = true;
  });
  opened.addEventListener('match-changed', (event) => {
    const change = JSON.parse((event as MessageEvent<string>).data) as MatchChange;
    if (client && (watchers.has(EVERY_MATCH) || watchers.has(change.matchId))) refetch(client, change);
  });
  opened.addEventListener('resync', refetchWatched);
  opened.addEventListener('error', () => {
    // CLOSED means the browser gave up (signed out: 401; too many tabs: 429). The next page that
    // watches opens a new one.
    if (opened.readyState === EventSource.CLOSED && source === opened) source = null;
  });
  return opened;
}

/** The hook without React: counts the watcher, opens the tab's stream if needed; returns how to stop. */
export function watchMatchChanges(queryClient: QueryClient, matchId?: string): () => void {
  const key = matchId ?? EVERY_MATCH;
  watchers.set(key, (watchers.get(key) ?? 0) + 1);
  client = queryClient;
  source ??= openSource();
  let isWatching = true;
  return () => {
    if (!isWatching) return;
    isWatching = false;
    const left = (watchers.get(key) ?? 1) - 1;
    if (left > 0) watchers.set(key, left);
    else watchers.delete(key);
    // Checked after the current render: React's StrictMode (and a page handing over to the next)
    // unmounts and mounts again at once, and the stream should survive that.
    queueMicrotask(() => {
      if (watchers.size > 0) return;
      source?.close();
      source = null;
    });
  };
}
