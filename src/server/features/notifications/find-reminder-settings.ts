import { inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import type { QuietHours } from './quiet-hours.ts';
import { reminderPreferences } from './tables.ts';

/** Minutes before a meeting a person is reminded unless they choose otherwise: a day, and an hour. */
export const defaultMeetingOffsets = [1440, 60];
/**
 * No email at night unless the person asks for it: many participants are young, and a reminder
 * that lands at 23:00 teaches people to ignore reminders. Turned off by saving no quiet hours.
 */
export const defaultQuietHours: QuietHours = { start: '21:00', end: '08:00' };

export interface ReminderSettings {
  meetingOffsets: number[];
  byEmail: boolean;
  quiet: QuietHours | null;
  /** The zone quiet hours are kept in; null (no saved preferences) means the person's own zone. */
  timeZone: string | null;
  saved: boolean;
}

const defaults: ReminderSettings = {
  meetingOffsets: defaultMeetingOffsets,
  byEmail: true,
  quiet: defaultQuietHours,
  timeZone: null,
  saved: false,
};

/** Each person's reminder settings, the defaults for anyone who saved none. */
export async function findReminderSettings(db: Db | Tx, userIds: string[]): Promise<Map<string, ReminderSettings>> {
  const unique = [...new Set(userIds)];
  const rows =
    unique.length === 0
      ? []
      : await db.select().from(reminderPreferences).where(inArray(reminderPreferences.userId, unique));
  const found = new Map<string, ReminderSettings>();
  for (const id of unique) found.set(id, defaults);
  for (const row of rows) {
    found.set(row.userId, {
      meetingOffsets: row.meetingOffsets,
      byEmail: row.byEmail,
      quiet: row.quietStart && row.quietEnd ? { start: row.quietStart, end: row.quietEnd } : null,
      timeZone: row.timeZone,
      saved: true,
    });
  }
  return found;
}

export function settingsOf(settings: Map<string, ReminderSettings>, userId: string): ReminderSettings {
  return settings.get(userId) ?? defaults;
}
