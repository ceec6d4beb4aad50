// Shapes of src/server/features/notifications/notification-routes.ts.

export interface Notice {
  id: string;
  kind: string;
  /** Already a sentence in the reader's language. */
  message: string;
  /** A path inside Trellis, e.g. /matches/…/schedule. */
  link: string;
  createdAt: string;
  readAt: string | null;
}

export interface NoticeList {
  unread: number;
  notifications: Notice[];
}

export interface ReminderPreferences {
  /** Minutes before each meeting. */
  meetingOffsets: number[];
  byEmail: boolean;
  /** "21:00", or null for no quiet hours. */
  quietStart: string | null;
  quietEnd: string | null;
  timeZone: string;
  /** False while the person has the defaults. */
  saved: boolean;
}

export type ReminderPreferencesInput = Omit<ReminderPreferences, 'saved'>;
