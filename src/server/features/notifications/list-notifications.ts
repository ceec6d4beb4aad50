import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import { findHomeTimeZone } from './find-home-time-zone.ts';
import { renderNotice } from './render-notice.ts';
import { notifications } from './tables.ts';

export const NOTIFICATIONS_SHOWN = 50;

export interface NotificationView {
  id: string;
  kind: string;
  message: string;
  link: string;
  createdAt: string;
  readAt: string | null;
}

/** The reader's latest notices, each as a sentence in their language, and how many are unread. */
export async function listNotifications(
  db: Db,
  actor: Actor,
): Promise<{ unread: number; notifications: NotificationView[] }> {
  const [rows, [unread], timeZone] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, actor.userId))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(NOTIFICATIONS_SHOWN),
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt))),
    findHomeTimeZone(db, actor.userId),
  ]);
  return {
    unread: unread?.n ?? 0,
    notifications: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      message: renderNotice(row.kind, row.data, actor.locale, timeZone),
      link: row.link,
      createdAt: row.createdAt.toISOString(),
      readAt: row.readAt?.toISOString() ?? null,
    })),
  };
}
