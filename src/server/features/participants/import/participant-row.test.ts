import { describe, expect, it } from 'vitest';
import { readParticipantCsv } from './read-participant-csv.ts';
import { toCsv } from './to-csv.ts';

const now = new Date('2026-06-15T12:00:00Z');
const mentor = { email: 'ana@example.org', role: 'mentor' };
const mentee = { username: 'bo.k', role: 'mentee' };

/** Imports rows given as column → cell; the header is every column used, so the first row is row 2. */
function importRows(...rows: Record<string, string>[]) {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return readParticipantCsv(toCsv([columns, ...rows.map((row) => columns.map((column) => row[column] ?? ''))]), now);
}

/** The problems of a single row, which is row 2. */
const errorsOf = (row: Record<string, string>) => importRows(row).errors;

describe('participant row checks', () => {
  it('reads a complete mentor row into typed values', () => {
    const { rows, errors } = importRows({
      email: ' Ana@Example.ORG ',
      username: 'Ana.Lopez',
      name: 'Ana López',
      role: 'Mentor',
      languages: 'en; es;',
      experiences: 'first-generation student; moved countries',
      interests: 'chess',
      goals: '',
      strengths: 'listening',
      availability: 'wed 16:00-18:00; mon 15:00-17:00',
      timezone: 'america/new_york',
      birth_date: '1990-02-28',
      gender: 'woman',
      capacity: '2',
      guardian_email: '',
    });
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        row: 2,
        email: 'ana@example.org',
        username: 'ana.lopez',
        name: 'Ana López',
        role: 'mentor',
        languages: ['en', 'es'],
        experiences: ['first-generation student', 'moved countries'],
        interests: ['chess'],
        goals: [],
        strengths: ['listening'],
        availability: [
          { day: 'mon', start: '15:00', end: '17:00' },
          { day: 'wed', start: '16:00', end: '18:00' },
        ],
        timeZone: 'America/New_York',
        birthDate: '1990-02-28',
        gender: 'woman',
        capacity: 2,
        guardianEmail: null,
      },
    ]);
  });

  it('reads a mentee with a username, goals and a guardian', () => {
    const { rows, errors } = importRows({ ...mentee, goals: 'pass maths', guardian_email: 'Mum@Example.org' });
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({
      username: 'bo.k',
      email: null,
      goals: ['pass maths'],
      guardianEmail: 'mum@example.org',
    });
  });

  it.each([
    ['email', 'not-an-email', 'is not a valid email address'],
    ['email', 'ana@localhost', 'is not a valid email address'],
    ['guardian_email', 'mum at example.org', 'is not a valid email address'],
    ['username', 'bo', 'must be 3 to 32 characters of a-z, 0-9, ".", "_" or "-"'],
    ['username', 'a'.repeat(33), 'must be 3 to 32 characters of a-z, 0-9, ".", "_" or "-"'],
    ['username', 'bo k', 'must be 3 to 32 characters of a-z, 0-9, ".", "_" or "-"'],
    ['username', 'bö.k', 'must be 3 to 32 characters of a-z, 0-9, ".", "_" or "-"'],
    ['name', 'x'.repeat(201), 'is longer than 200 characters'],
    ['gender', 'x'.repeat(51), 'is longer than 50 characters'],
    ['role', 'coach', 'must be "mentor" or "mentee"'],
    ['role', '', 'must be "mentor" or "mentee"'],
    ['languages', `en; ${'x'.repeat(101)}`, 'has an item longer than 100 characters'],
    ['timezone', 'Mars/Olympus_Mons', 'is not an IANA time zone such as "Europe/London"'],
    ['timezone', 'EST', 'is not an IANA time zone such as "Europe/London"'],
    ['birth_date', '2026-02-30', 'must be a real date written YYYY-MM-DD'],
    ['birth_date', '2023-02-29', 'must be a real date written YYYY-MM-DD'],
    ['birth_date', '15/03/2010', 'must be a real date written YYYY-MM-DD'],
    ['birth_date', '2010-3-15', 'must be a real date written YYYY-MM-DD'],
    ['birth_date', '2026-06-17', 'is in the future'],
    ['birth_date', '1899-12-31', 'is before 1900'],
    ['capacity', '11', 'must be a whole number from 0 to 10'],
    ['capacity', '-1', 'must be a whole number from 0 to 10'],
    ['capacity', '2.5', 'must be a whole number from 0 to 10'],
    ['capacity', 'three', 'must be a whole number from 0 to 10'],
    ['goals', 'get into college', 'is only for mentees'],
    ['availability', 'mon 17:00-15:00', '"mon 17:00-15:00" ends before it starts'],
  ])('refuses a mentor whose %s is %j', (column, value, reason) => {
    expect(errorsOf({ ...mentor, [column]: value })).toEqual([{ row: 2, column, reason }]);
  });

  it.each([
    ['strengths', 'patience', 'is only for mentors'],
    ['capacity', '2', 'is only for mentors; leave it empty for mentees'],
  ])('refuses a mentee whose %s is %j', (column, value, reason) => {
    expect(errorsOf({ ...mentee, [column]: value })).toEqual([{ row: 2, column, reason }]);
  });

  it('accepts the edges: capacity 0 and 10, a birth date that is already today east of the server', () => {
    expect(errorsOf({ ...mentor, capacity: '0' })).toEqual([]);
    expect(errorsOf({ ...mentor, capacity: '10' })).toEqual([]);
    expect(errorsOf({ ...mentor, birth_date: '2026-06-16' })).toEqual([]);
  });

  it('needs an email or a username on every row', () => {
    expect(errorsOf({ email: '', username: '', role: 'mentee' })).toEqual([
      { row: 2, column: null, reason: 'needs an email or a username' },
    ]);
  });

  it('reports every problem of a row together, not just the first', () => {
    expect(
      errorsOf({
        email: '',
        username: '',
        role: 'mentee',
        strengths: 'patience',
        availability: 'mon 9-10; tue 10:00-12:00; tue 11:00-13:00',
        timezone: 'Nowhere/Land',
        birth_date: '2026-02-30',
        capacity: '3',
      }),
    ).toEqual([
      { row: 2, column: 'strengths', reason: 'is only for mentors' },
      { row: 2, column: 'availability', reason: '"mon 9-10" is not a day and time range like "mon 15:00-17:00"' },
      { row: 2, column: 'availability', reason: '"tue 11:00-13:00" overlaps "tue 10:00-12:00"' },
      { row: 2, column: 'timezone', reason: 'is not an IANA time zone such as "Europe/London"' },
      { row: 2, column: 'birth_date', reason: 'must be a real date written YYYY-MM-DD' },
      { row: 2, column: 'capacity', reason: 'is only for mentors; leave it empty for mentees' },
      { row: 2, column: null, reason: 'needs an email or a username' },
    ]);
  });

  it('checks the form of goals, strengths and capacity when the role itself is wrong', () => {
    expect(errorsOf({ email: 'x@example.org', role: 'helper', goals: 'a', strengths: 'b', capacity: '99' })).toEqual([
      { row: 2, column: 'role', reason: 'must be "mentor" or "mentee"' },
      { row: 2, column: 'capacity', reason: 'must be a whole number from 0 to 10' },
    ]);
  });
});
