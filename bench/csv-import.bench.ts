// Times the pure CSV layer of the participants import on 10,000 rows × 15 columns.
// Run: node bench/csv-import.bench.ts   (prints rows/s; nothing here is asserted)

import { parseCsv } from '../src/server/features/participants/import/parse-csv.ts';
import { participantColumns } from '../src/server/features/participants/import/participant-columns.ts';
import { readParticipantCsv } from '../src/server/features/participants/import/read-participant-csv.ts';
import { toCsv } from '../src/server/features/participants/import/to-csv.ts';

const ROWS = 10_000;
const RUNS = 7;

/** Mentors and mentees in turn, every column filled the way a coordinator's spreadsheet would be. */
function sampleRow(i: number): string[] {
  const isMentor = i % 2 === 0;
  return [
    `person${i}@example.org`,
    `person${i}`,
    `Person ${i}, "Nickname"`,
    isMentor ? 'mentor' : 'mentee',
    'en; es',
    'first-generation student; moved countries',
    'chess; music; football',
    isMentor ? '' : 'pass maths; make friends',
    isMentor ? 'listening; patience' : '',
    'mon 15:00-17:00; wed 16:00-18:00; sat 10:00-12:00',
    i % 3 === 0 ? 'Europe/Madrid' : 'America/New_York',
    isMentor ? '1990-01-01' : `2011-05-${String((i % 28) + 1).padStart(2, '0')}`,
    'non-binary',
    isMentor ? '2' : '',
    isMentor ? '' : `guardian${i}@example.org`,
  ];
}

const text = toCsv([[...participantColumns], ...Array.from({ length: ROWS }, (_, i) => sampleRow(i))], { bom: true });
const now = new Date();

function time(name: string, work: () => void): void {
  const ms: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    work();
    ms.push(performance.now() - start);
  }
  const median = [...ms].sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
  const rate = (milliseconds: number) => Math.round((ROWS / milliseconds) * 1000).toLocaleString('en');
  console.log(
    `${name.padEnd(20)} first run ${ms[0]!.toFixed(0).padStart(5)} ms (${rate(ms[0]!)} rows/s), ` +
      `median ${median.toFixed(0).padStart(5)} ms (${rate(median)} rows/s)`,
  );
}

console.log(
  `${ROWS.toLocaleString('en')} rows × ${participantColumns.length} columns, ${(text.length / 1e6).toFixed(1)} MB`,
);
time('parse', () => parseCsv(text));
time('parse + validate', () => {
  const { rows, errors } = readParticipantCsv(text, now);
  if (rows.length !== ROWS || errors.length > 0) throw new Error(`expected ${ROWS} valid rows: ${errors[0]?.reason}`);
});
