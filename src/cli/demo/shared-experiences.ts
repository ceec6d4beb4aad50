import type { DemoParticipant } from './people.ts';

export interface SharedExperience {
  label: string;
  mentors: number;
  mentees: number;
}

/**
 * Experiences held by at least one mentor and one mentee of a program (the ground a match can
 * stand on), most common first.
 */
export function sharedExperiences(mentors: DemoParticipant[], mentees: DemoParticipant[], top = 3): SharedExperience[] {
  const count = (people: DemoParticipant[]) => {
    const counts = new Map<string, number>();
    for (const p of people) for (const e of p.experiences) counts.set(e, (counts.get(e) ?? 0) + 1);
    return counts;
  };
  const byMentors = count(mentors);
  const byMentees = count(mentees);
  return [...byMentors]
    .flatMap(([label, m]) => {
      const n = byMentees.get(label);
      return n ? [{ label, mentors: m, mentees: n }] : [];
    })
    .sort((a, b) => b.mentors + b.mentees - (a.mentors + a.mentees) || a.label.localeCompare(b.label))
    .slice(0, top);
}
