// The server's list, so the template and the column guide cannot drift from what the import
// accepts (a constant and a type only: nothing of the server reaches the bundle but this array).
import {
  type ParticipantColumn as ImportColumn,
  participantColumns as importColumns,
} from '../../../../server/features/participants/import/participant-columns.ts';

export { type ImportColumn, importColumns };

// Two example people: an adult mentor with an email, and a young mentee with a username and a
// guardian. Their values pass the import's checks on a new program, so a coordinator can see the
// format work before replacing them with their own rows.
const exampleRows: Record<ImportColumn, string>[] = [
  {
    email: 'maria.lopez@example.org',
    username: '',
    name: 'María López',
    role: 'mentor',
    languages: 'Spanish; English',
    experiences: 'First-generation student; Moved countries',
    interests: 'football; music',
    goals: '',
    strengths: 'listening; study skills',
    availability: 'mon 15:00-17:00; wed 16:00-18:00',
    timezone: 'Europe/Madrid',
    birth_date: '1995-03-14',
    gender: 'female',
    capacity: '2',
    guardian_email: '',
  },
  {
    email: '',
    username: 'sam.k',
    name: 'Sam K',
    role: 'mentee',
    languages: 'English',
    experiences: '',
    interests: 'drawing',
    goals: 'reading aloud; confidence',
    strengths: '',
    availability: 'tue 16:00-17:00',
    timezone: 'Europe/London',
    birth_date: '2013-05-01',
    gender: '',
    capacity: '',
    guardian_email: 'parent.of.sam@example.org',
  },
];

const quoted = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** The template a coordinator downloads: the header and the two example rows. */
export function importTemplateCsv(): string {
  const lines = [
    importColumns.join(','),
    ...exampleRows.map((row) => importColumns.map((c) => quoted(row[c])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** A link target that downloads the template without asking the server. */
export const importTemplateHref = () => `data:text/csv;charset=utf-8,${encodeURIComponent(importTemplateCsv())}`;
