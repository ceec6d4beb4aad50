// Builders for profile-form input: a person with nothing in common with anyone, available all
// Monday afternoon in UTC, speaking English; each test adds what it is about.

type Json = Record<string, unknown>;

export function mentor(id: string, fields: Json = {}): Json {
  return {
    id,
    capacity: 1,
    languages: ['en'],
    timezone: 'UTC',
    availability: [{ day: 'mon', start: '12:00', end: '18:00' }],
    ...fields,
  };
}

export function mentee(id: string, fields: Json = {}): Json {
  return {
    id,
    languages: ['en'],
    timezone: 'UTC',
    availability: [{ day: 'mon', start: '12:00', end: '18:00' }],
    ...fields,
  };
}

/** Settings where only the given weights count (the others are 0) and no constraint bites unless set. */
export function settings(fields: Json = {}): Json {
  const { weights, ...rest } = fields;
  return {
    referenceWeek: '2026-09-07',
    minOverlapMinutes: 0,
    requireSharedLanguage: false,
    ageGap: null,
    objective: 'max-score',
    ...rest,
    weights: { experiences: 0, goals: 0, interests: 0, availability: 0, language: 0, ...(weights as Json) },
  };
}
