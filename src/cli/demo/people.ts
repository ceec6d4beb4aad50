import type { Experience } from './experiences.ts';
import { namePools } from './names.ts';
import { DEMO_EMAIL_DOMAIN, type DemoOrganization } from './organizations.ts';

// The demo's people, the same on every run: a seeded generator, so screenshots, docs and bug
// reports about the demo all talk about the same Amara Okafor.

export const DEMO_SEED = 20260901;

export interface DemoPerson {
  name: string;
  email: string;
}

export interface DemoParticipant extends DemoPerson {
  experiences: string[];
}

export interface DemoCast {
  admin: DemoPerson;
  safeguardingLead: DemoPerson;
  coordinator: DemoPerson;
  mentors: DemoParticipant[];
  mentees: DemoParticipant[];
}

export type Random = () => number;

/** mulberry32: small, fast and good enough to shuffle names. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickWeighted<T>(random: Random, items: readonly T[], weight: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let roll = random() * total;
  for (const item of items) {
    roll -= weight(item);
    if (roll < 0) return item;
  }
  return items[items.length - 1] as T;
}

/** A seeded Fisher–Yates shuffle (a copy). */
export function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

// Letters that Unicode does not decompose into a base letter plus an accent.
const FOLD: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae' };

export function emailFor(given: string, family: string): string {
  const part = (s: string) =>
    s
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[ıłøßæ]/g, (c) => FOLD[c] ?? c)
      .replace(/[^a-z0-9-]/g, '');
  return `${part(given)}.${part(family)}@${DEMO_EMAIL_DOMAIN}`;
}

function pickExperiences(random: Random, vocabulary: readonly Experience[]): string[] {
  const howMany = pickWeighted(random, [1, 2, 3], (n) => [4, 4, 2][n - 1] ?? 1);
  const chosen = new Set<string>();
  while (chosen.size < howMany) chosen.add(pickWeighted(random, vocabulary, (e) => e.weight).label);
  return [...chosen];
}

/** Everyone in the demo, one cast per organization, with no name (so no email) used twice. */
export function castDemo(organizations: readonly DemoOrganization[], seed = DEMO_SEED): DemoCast[] {
  const random = seededRandom(seed);
  const usedEmails = new Set<string>();
  return organizations.map((org) => {
    const person = (): DemoPerson => {
      for (;;) {
        const [poolKey] = pickWeighted(random, org.namePools, ([, weight]) => weight);
        // Some families mix: one in seven takes a family name from another of the city's pools.
        const familyPool = random() < 1 / 7 ? pickWeighted(random, org.namePools, ([, w]) => w)[0] : poolKey;
        const given = pick(random, namePools[poolKey].given);
        const family = pick(random, namePools[familyPool].family);
        const email = emailFor(given, family);
        if (usedEmails.has(email)) continue;
        usedEmails.add(email);
        return { name: `${given} ${family}`, email };
      }
    };
    const participant = (): DemoParticipant => ({
      ...person(),
      experiences: pickExperiences(random, org.program.experiences),
    });
    return {
      admin: person(),
      safeguardingLead: person(),
      coordinator: person(),
      mentors: Array.from({ length: org.program.mentors }, participant),
      mentees: Array.from({ length: org.program.mentees }, participant),
    };
  });
}
