// Shape of src/server/features/meetings/calendar-routes.ts (GET|POST|DELETE /api/me/calendar-feed).

export interface CalendarFeed {
  /** Only in the answer that makes the feed: the server keeps a hash of its token, not the token. */
  url: string | null;
  /** Null when the person has no feed. */
  createdAt: string | null;
  lastFetchedAt: string | null;
}
