import { z } from 'zod';
import type { ParticipantRole, WeeklySlot } from '../tables.ts';
import {
  availabilityCell,
  birthDateCell,
  capacityCell,
  emailCell,
  emptyCell,
  listCell,
  roleCell,
  textCell,
  timeZoneCell,
  usernameCell,
} from './participant-cells.ts';
import type { ImportError, ParticipantColumn } from './participant-columns.ts';

/** One participant row that passed every check, ready to create or update a participant. */
export interface ValidRow {
  /** The spreadsheet row it came from (header = row 1), for per-row outcomes and progress. */
  row: number;
  email: string | null;
  username: string | null;
  name: string | null;
  role: ParticipantRole;
  languages: string[];
  experiences: string[];
  interests: string[];
  goals: string[];
  strengths: string[];
  availability: WeeklySlot[];
  timeZone: string | null;
  birthDate: string | null;
  gender: string | null;
  capacity: number | null;
  guardianEmail: string | null;
}

/** A row's trimmed cells by column; a column the file lacks reads as an empty cell. */
export type ParticipantCells = Record<ParticipantColumn, string>;

// Which of goals, strengths and capacity a row may fill depends on its role, so there is one
// schema per role (and one for a row whose role is itself wrong, which checks only the form).
// Each cell is checked on its own, so every problem of a row is reported together.
function participantRowSchema(role: ParticipantRole | null, now: Date) {
  return z
    .object({
      email: emailCell,
      username: usernameCell,
      name: textCell(200),
      role: roleCell,
      languages: listCell,
      experiences: listCell,
      interests: listCell,
      goals: role === 'mentor' ? emptyCell('is only for mentees', [] as string[]) : listCell,
      strengths: role === 'mentee' ? emptyCell('is only for mentors', [] as string[]) : listCell,
      availability: availabilityCell,
      timezone: timeZoneCell,
      birth_date: birthDateCell(now),
      gender: textCell(50),
      capacity: role === 'mentee' ? emptyCell('is only for mentors; leave it empty for mentees', null) : capacityCell,
      guardian_email: emailCell,
    } satisfies Record<ParticipantColumn, z.ZodType>)
    .refine((cells) => cells.email !== null || cells.username !== null, {
      message: 'needs an email or a username',
      // Run even when other cells failed: a failed cell is never null, so this fires only when both are empty.
      when: () => true,
    });
}

/**
 * Builds the check for one row. `now` decides which birth dates are in the future. Returns the
 * row, or every problem found in it with the column it is in.
 */
export function participantRowValidator(now: Date): (row: number, cells: ParticipantCells) => ValidRow | ImportError[] {
  const schemas = {
    mentor: participantRowSchema('mentor', now),
    mentee: participantRowSchema('mentee', now),
    unknown: participantRowSchema(null, now),
  };
  return (row, cells) => {
    const role = cells.role.toLowerCase();
    const schema = role === 'mentor' || role === 'mentee' ? schemas[role] : schemas.unknown;
    const result = schema.safeParse(cells);
    if (!result.success) {
      return result.error.issues.map((issue) => ({
        row,
        column: typeof issue.path[0] === 'string' ? issue.path[0] : null,
        reason: issue.message,
      }));
    }
    const { timezone, birth_date, guardian_email, ...rest } = result.data;
    return { row, ...rest, timeZone: timezone, birthDate: birth_date, guardianEmail: guardian_email };
  };
}
