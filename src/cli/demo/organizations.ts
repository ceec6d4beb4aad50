import type { ProgramInput } from '../../server/features/organizations/create-program.ts';
import { communityExperiences, type Experience, schoolExperiences } from './experiences.ts';
import type { NamePoolKey } from './names.ts';

export const DEMO_EMAIL_DOMAIN = 'demo.trellis.test';
export const DEMO_SLUGS = ['demo-school', 'demo-community'] as const;

export interface DemoOrganization {
  name: string;
  kind: 'school' | 'community';
  timeZone: string;
  /** Which name pools its people come from, and how often. */
  namePools: readonly (readonly [NamePoolKey, number])[];
  program: Omit<ProgramInput, 'startsOn' | 'endsOn'> & {
    slug: (typeof DEMO_SLUGS)[number];
    dates(today: Date): { startsOn: string; endsOn: string };
    mentors: number;
    mentees: number;
    /** Below this age a guardian consents (mentees of the school are 11 to 14). */
    guardianConsentAge: number;
    experiences: readonly Experience[];
  };
}

const day = (year: number, month: number, date: number) =>
  new Date(Date.UTC(year, month, date)).toISOString().slice(0, 10);

export const demoOrganizations: readonly DemoOrganization[] = [
  {
    name: 'Riverside High School',
    kind: 'school',
    timeZone: 'Europe/London',
    namePools: [
      ['english', 6],
      ['celtic', 2],
      ['southAsian', 5],
      ['westAfrican', 3],
      ['caribbean', 3],
      ['somali', 2],
      ['centralEuropean', 3],
      ['chinese', 1],
      ['vietnamese', 1],
      ['arabic', 2],
      ['turkish', 2],
      ['latino', 1],
    ],
    program: {
      name: 'Riverside Peer Mentoring',
      slug: 'demo-school',
      description: 'Sixth-formers mentor students in years 7 to 9 through their first years at Riverside.',
      cadenceFrequency: 'weekly',
      cadenceMinutes: 45,
      // The school year that is running now (or starts this September).
      dates(today) {
        const year = today.getUTCMonth() >= 7 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
        return { startsOn: day(year, 8, 1), endsOn: day(year + 1, 6, 15) };
      },
      mentors: 15,
      mentees: 45,
      guardianConsentAge: 13,
      experiences: schoolExperiences,
    },
  },
  {
    name: 'Northside Youth Network',
    kind: 'community',
    timeZone: 'America/New_York',
    namePools: [
      ['africanAmerican', 6],
      ['latino', 6],
      ['american', 4],
      ['haitian', 2],
      ['westAfrican', 2],
      ['caribbean', 2],
      ['chinese', 2],
      ['korean', 1],
      ['filipino', 2],
      ['southAsian', 2],
      ['jewish', 1],
      ['arabic', 1],
    ],
    program: {
      name: 'Northside Mentoring Circle',
      slug: 'demo-community',
      description: 'Volunteers from the neighborhood mentor young people aged 14 to 19 for a year.',
      cadenceFrequency: 'fortnightly',
      cadenceMinutes: 60,
      // A year from the start of the month before last, so its matches have weeks behind them.
      dates(today) {
        const [year, month] = [today.getUTCFullYear(), today.getUTCMonth() - 2];
        return { startsOn: day(year, month, 1), endsOn: day(year + 1, month, 0) };
      },
      mentors: 15,
      mentees: 45,
      guardianConsentAge: 16,
      experiences: communityExperiences,
    },
  },
];
