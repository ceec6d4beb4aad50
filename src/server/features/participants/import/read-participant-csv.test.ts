import { describe, expect, it } from 'vitest';
import { participantColumns } from './participant-columns.ts';
import { readParticipantCsv } from './read-participant-csv.ts';
import { toCsv } from './to-csv.ts';

const now = new Date('2026-06-15T12:00:00Z');
const read = (text: string) => readParticipantCsv(text, now);

describe('readParticipantCsv', () => {
  it('reads a file exported by Excel: byte-order mark, CRLF, quoted commas and line breaks', () => {
    const text =
      '\uFEFFemail,name,role,interests\r\n' +
      'ana@example.org,"López, Ana",mentor,"chess; ""go""; films"\r\n' +
      'bo@example.org,"Bo\r\nKim",mentee,\r\n';
    const { columns, rows, errors } = read(text);
    expect(errors).toEqual([]);
    expect(columns).toEqual(['email', 'name', 'role', 'interests']);
    expect(rows.map(({ row, name, interests }) => ({ row, name, interests }))).toEqual([
      { row: 2, name: 'López, Ana', interests: ['chess', '"go"', 'films'] },
      { row: 3, name: 'Bo\r\nKim', interests: [] },
    ]);
  });

  it('takes header names in any order, case and spacing', () => {
    const { rows, errors } = read(' ROLE ,Email\nmentee,ana@example.org\n');
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ row: 2, email: 'ana@example.org', role: 'mentee' });
  });

  it('numbers rows as a spreadsheet does, past blank rows and cells spanning lines', () => {
    const text = 'email,name,role\n\na@example.org,"two\nlines",mentor\n,,\nbad,x,mentor\n';
    const { rows, errors } = read(text);
    expect(rows.map((row) => row.row)).toEqual([3]);
    expect(errors).toEqual([{ row: 5, column: 'email', reason: 'is not a valid email address' }]);
  });

  it('refuses unknown, unnamed and repeated columns, naming each, and reads no rows', () => {
    const { rows, errors } = read('email,role,Shoe Size,,EMAIL\nana@example.org,mentor,42,,x@example.org\n');
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      { row: 1, column: 'Shoe Size', reason: `unknown column; expected ${participantColumns.join(', ')}` },
      { row: 1, column: null, reason: 'column 4 has no name; name it or delete the column' },
      { row: 1, column: 'EMAIL', reason: 'appears more than once' },
    ]);
  });

  it('refuses a header without role, or without both email and username', () => {
    expect(read('name\nAna\n').errors).toEqual([
      { row: 1, column: null, reason: 'needs an email or a username column' },
      { row: 1, column: 'role', reason: 'missing column; every participant needs a role (mentor or mentee)' },
    ]);
    expect(read('username,role\nana,mentor\n').errors).toEqual([]);
  });

  it('refuses an empty file', () => {
    expect(read('\uFEFF').errors).toEqual([
      { row: 1, column: null, reason: 'the file is empty; row 1 must name the columns' },
    ]);
  });

  it('refuses a file with an unterminated quote, saying where, and reads no rows', () => {
    const { rows, errors } = read(
      'email,role\nana@example.org,mentor\n"bo@example.org,mentee\ncy@example.org,mentee\n',
    );
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      { row: 3, column: null, reason: 'unterminated quoted field: the quote opened on line 3 is never closed' },
    ]);
  });

  it('refuses a row whose number of cells differs from the header', () => {
    expect(read('email,role\nana@example.org,mentor,extra\nbo@example.org\n').errors).toEqual([
      { row: 2, column: null, reason: 'has 3 cells but the header has 2' },
      { row: 3, column: null, reason: 'has 1 cells but the header has 2' },
    ]);
  });

  it('reports a repeated email or username on the later row, naming the earlier one', () => {
    const text = toCsv([
      ['email', 'username', 'role'],
      ['ana@example.org', 'ana', 'mentor'],
      ['bo@example.org', '', 'mentee'],
      [' ANA@example.org ', 'ana2', 'mentee'],
      ['', 'Ana', 'mentee'],
      ['bo@example.org', 'bok', 'bad-role'],
    ]);
    const { rows, errors } = read(text);
    expect(rows.map((row) => row.row)).toEqual([2, 3]);
    expect(errors).toEqual([
      { row: 4, column: 'email', reason: 'same email as row 2' },
      { row: 5, column: 'username', reason: 'same username as row 2' },
      { row: 6, column: 'role', reason: 'must be "mentor" or "mentee"' },
      { row: 6, column: 'email', reason: 'same email as row 3' },
    ]);
  });

  it('reads 10,000 rows of all fifteen columns and reports exactly the bad ones', () => {
    const records: string[][] = [[...participantColumns]];
    for (let i = 0; i < 10_000; i++) records.push(sampleRow(i));
    records[1001]![participantColumns.indexOf('capacity')] = '11'; // a mentor's
    records[7777]![participantColumns.indexOf('birth_date')] = '2026-02-30';
    const { rows, errors } = read(toCsv(records, { bom: true }));
    expect(errors).toEqual([
      { row: 1002, column: 'capacity', reason: 'must be a whole number from 0 to 10' },
      { row: 7778, column: 'birth_date', reason: 'must be a real date written YYYY-MM-DD' },
    ]);
    expect(rows).toHaveLength(9_998);
    expect(rows.at(-1)).toEqual({
      row: 10_001,
      email: 'person9999@example.org',
      username: 'person9999',
      name: 'Person 9999, "P"\nSecond line',
      role: 'mentee',
      languages: ['en', 'es'],
      experiences: ['moved countries', 'young carer'],
      interests: ['chess', 'music'],
      goals: ['pass maths'],
      strengths: [],
      availability: [
        { day: 'mon', start: '15:00', end: '17:00' },
        { day: 'wed', start: '16:00', end: '18:00' },
      ],
      timeZone: 'Europe/Madrid',
      birthDate: '2011-05-04',
      gender: 'non-binary',
      capacity: null,
      guardianEmail: 'guardian9999@example.org',
    });
  });
});

/** Row i of a large file: mentors and mentees in turn, with quotes and line breaks in the name. */
function sampleRow(i: number): string[] {
  const isMentor = i % 2 === 0;
  return [
    `person${i}@example.org`,
    `person${i}`,
    `Person ${i}, "P"\nSecond line`,
    isMentor ? 'mentor' : 'mentee',
    'en; es',
    'moved countries; young carer',
    'chess; music',
    isMentor ? '' : 'pass maths',
    isMentor ? 'listening' : '',
    'mon 15:00-17:00; wed 16:00-18:00',
    'Europe/Madrid',
    isMentor ? '1990-01-01' : `2011-05-${String((i % 28) + 1).padStart(2, '0')}`,
    'non-binary',
    isMentor ? '2' : '',
    isMentor ? '' : `guardian${i}@example.org`,
  ];
}
