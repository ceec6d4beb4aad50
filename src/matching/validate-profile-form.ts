import {
  arrayAt,
  assertUniqueIds,
  idAt,
  type Json,
  numberAt,
  objectAt,
  oneOf,
  onlyKeys,
  optionalStringAt,
  tagsAt,
} from './field-checks.ts';
import { MatchInputError } from './match-input-error.ts';
import { isTimeZone } from './time-zone-offsets.ts';
import type { AvailabilityWindow, MenteeProfile, MentorProfile, ProfileForm, Weekday } from './types.ts';
import { validateProfileSettings } from './validate-settings.ts';
import { minutesOfDay } from './weekly-availability.ts';

const PERSON_KEYS = [
  'id',
  'experiences',
  'showExperiences',
  'interests',
  'languages',
  'timezone',
  'availability',
  'gender',
  'age',
  'excludes',
];
const MENTOR_KEYS = new Set([...PERSON_KEYS, 'capacity', 'strengths']);
const MENTEE_KEYS = new Set([...PERSON_KEYS, 'goals', 'preferences']);
const FORM_KEYS = new Set(['settings', 'mentors', 'mentees']);
const WINDOW_KEYS = new Set(['day', 'start', 'end']);
const PREFERENCE_KEYS = new Set(['mentorGender']);
const DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

export function validateProfileForm(form: Json, now: Date): ProfileForm {
  onlyKeys(form, FORM_KEYS, '');
  const settings = validateProfileSettings(form.settings, now);
  const mentors = arrayAt(form.mentors, 'mentors').map((value, index) => mentorAt(value, `mentors[${index}]`));
  const mentees = arrayAt(form.mentees, 'mentees').map((value, index) => menteeAt(value, `mentees[${index}]`));
  assertUniqueIds(mentors, 'mentors');
  assertUniqueIds(mentees, 'mentees');
  return { form: 'profile', settings, mentors, mentees };
}

function mentorAt(value: unknown, field: string): MentorProfile {
  const mentor = objectAt(value, field);
  onlyKeys(mentor, MENTOR_KEYS, field);
  return {
    ...personAt(mentor, field),
    capacity: numberAt(mentor.capacity, `${field}.capacity`, { min: 0, max: 1_000_000, integer: true }),
    strengths: tagsAt(mentor.strengths, field, 'strengths'),
  };
}

function menteeAt(value: unknown, field: string): MenteeProfile {
  const mentee = objectAt(value, field);
  onlyKeys(mentee, MENTEE_KEYS, field);
  let mentorGender: string | null = null;
  if (mentee.preferences !== undefined) {
    const preferences = objectAt(mentee.preferences, `${field}.preferences`);
    onlyKeys(preferences, PREFERENCE_KEYS, `${field}.preferences`);
    mentorGender = optionalStringAt(preferences.mentorGender, `${field}.preferences.mentorGender`);
  }
  return { ...personAt(mentee, field), goals: tagsAt(mentee.goals, field, 'goals'), preferences: { mentorGender } };
}

function personAt(person: Json, field: string) {
  const experiences = tagsAt(person.experiences, field, 'experiences');
  const availability = windowsAt(person.availability, `${field}.availability`);
  const timezone = optionalStringAt(person.timezone, `${field}.timezone`);
  if (timezone !== null && !isTimeZone(timezone)) {
    throw new MatchInputError(`${field}.timezone`, `unknown time zone "${timezone}" (use an IANA name)`);
  }
  if (availability.length > 0 && timezone === null) {
    throw new MatchInputError(`${field}.timezone`, 'is required when availability is given');
  }
  return {
    id: idAt(person.id, `${field}.id`),
    experiences,
    // Only experiences consented for matching can be named: anything else listed here is ignored.
    showExperiences: onlyThose(tagsAt(person.showExperiences, field, 'showExperiences'), experiences),
    interests: tagsAt(person.interests, field, 'interests'),
    languages: tagsAt(person.languages, field, 'languages'),
    timezone,
    availability,
    gender: optionalStringAt(person.gender, `${field}.gender`),
    age:
      person.age === undefined || person.age === null
        ? null
        : numberAt(person.age, `${field}.age`, { min: 0, max: 150 }),
    excludes: tagsAt(person.excludes, field, 'excludes'),
  };
}

function windowsAt(value: unknown, field: string): AvailabilityWindow[] {
  if (value === undefined) return [];
  return arrayAt(value, field).map((item, index) => {
    const where = `${field}[${index}]`;
    const window = objectAt(item, where);
    onlyKeys(window, WINDOW_KEYS, where);
    oneOf(window.day, `${where}.day`, DAYS);
    if (typeof window.start !== 'string' || !TIME_OF_DAY.test(window.start)) {
      throw new MatchInputError(`${where}.start`, 'must be a time "HH:MM" from 00:00 to 23:59');
    }
    if (typeof window.end !== 'string' || !(window.end === '24:00' || TIME_OF_DAY.test(window.end))) {
      throw new MatchInputError(`${where}.end`, 'must be a time "HH:MM" from 00:01 to 24:00');
    }
    if (minutesOfDay(window.end) <= minutesOfDay(window.start)) {
      throw new MatchInputError(
        `${where}.end`,
        `must be after start (${window.start}); split a window that crosses midnight in two`,
      );
    }
    // Checked in full (these three keys only, `day` one of DAYS): kept as it is rather than copied.
    return window as unknown as AvailabilityWindow;
  });
}

/** `list` without what is not in `allowed` (the same array when nothing is dropped). */
function onlyThose(list: string[], allowed: readonly string[]): string[] {
  return list.every((item) => allowed.includes(item)) ? list : list.filter((item) => allowed.includes(item));
}
