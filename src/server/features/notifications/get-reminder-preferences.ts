import type { Db, Tx } from '../../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import { findHomeTimeZone } from './find-home-time-zone.ts';
import { findReminderSettings, settingsOf } from './find-reminder-settings.ts';

export interface ReminderPreferencesView {
  meetingOffsets: number[];
  byEmail: boolean;
  quietStart: string | null;
  quietEnd: string | null;
  timeZone: string;
  /** False while the person has the defaults. */
  saved: boolean;
}

/** The reader's reminder preferences, or the defaults they have until they save their own. */
export async function getReminderPreferences(db: Db | Tx, actor: Actor): Promise<ReminderPreferencesView> {
  const settings = settingsOf(await findReminderSettings(db, [actor.userId]), actor.userId);
  return {
    meetingOffsets: settings.meetingOffsets,
    byEmail: settings.byEmail,
    quietStart: settings.quiet?.start ?? null,
    quietEnd: settings.quiet?.end ?? null,
    timeZone: settings.timeZone ?? (await findHomeTimeZone(db, actor.userId)),
    saved: settings.saved,
  };
}
