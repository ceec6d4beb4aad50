import { describe, expect, it } from 'vitest';
import { applyAs, programWithPeople, setApplicationsOpen } from '../../../../test/support/factories.ts';
import { testAppPerTest } from '../../../../test/support/test-app.ts';

const t = testAppPerTest();
const OWN_WORDS = 'I moved here from Lagos at nine and looked after my little brother after school.';

async function applied() {
  const people = await programWithPeople(t());
  await setApplicationsOpen(people.coordinator.client, people.program.id);
  const mentee = await applyAs(people.mentee.client, people.program.id, 'mentee', { birthDate: '2000-01-01' });
  const mentor = await applyAs(people.mentor.client, people.program.id, 'mentor', { birthDate: '1990-05-05' });
  return { ...people, menteeId: mentee.id, mentorId: mentor.id };
}

describe('participant profiles', () => {
  it('lets the person update their profile, with availability sorted in their own time zone', async () => {
    const { mentee, menteeId } = await applied();
    const res = await mentee.client.patch(`/api/participants/${menteeId}/profile`, {
      languages: ['en', 'yo'],
      goals: ['choose my GCSEs'],
      timeZone: 'Africa/Lagos',
      gender: 'male',
      preferences: { mentorGender: 'male' },
      availability: [
        { day: 'thu', start: '16:00', end: '17:00' },
        { day: 'mon', start: '09:00', end: '10:00' },
      ],
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      languages: ['en', 'yo'],
      goals: ['choose my GCSEs'],
      timeZone: 'Africa/Lagos',
      preferences: { mentorGender: 'male' },
      availability: [
        { day: 'mon', start: '09:00', end: '10:00' },
        { day: 'thu', start: '16:00', end: '17:00' },
      ],
    });
  });

  it('refuses overlapping availability and fields of the other role', async () => {
    const { mentee, menteeId } = await applied();
    const overlap = await mentee.client.patch(`/api/participants/${menteeId}/profile`, {
      availability: [
        { day: 'mon', start: '15:00', end: '17:00' },
        { day: 'mon', start: '16:00', end: '18:00' },
      ],
    });
    expect(overlap.status).toBe(400);
    expect(overlap.body.error.message).toMatch(/overlaps/);
    const capacity = await mentee.client.patch(`/api/participants/${menteeId}/profile`, { capacity: 3 });
    expect(capacity.status).toBe(400);
  });

  it('seals "in my own words": the person reads it back, the database and staff never see it', async () => {
    const { mentee, coordinator, menteeId } = await applied();
    const saved = await mentee.client.patch(`/api/participants/${menteeId}/profile`, { ownWords: OWN_WORDS });
    expect(saved.body.ownWords).toBe(OWN_WORDS);
    expect((await mentee.client.get(`/api/participants/${menteeId}/profile`)).body.ownWords).toBe(OWN_WORDS);

    const { rows } = await t().database.query<{ text: string }>(
      'select row_to_json(p)::text as text from participants p where id = $1',
      [menteeId],
    );
    expect(rows[0]?.text).not.toContain('Lagos');
    expect(rows[0]?.text).toMatch(/"own_words":"v1\./);

    const staff = await coordinator.client.get(`/api/participants/${menteeId}/profile`);
    expect(staff.status).toBe(200);
    expect(staff.body).not.toHaveProperty('ownWords');
    expect(staff.text).not.toContain('Lagos');
  });

  it('lets only the person change their profile; staff read it, another participant gets 404', async () => {
    const { mentor, coordinator, menteeId, mentorId } = await applied();
    const byStaff = await coordinator.client.patch(`/api/participants/${menteeId}/profile`, { interests: ['chess'] });
    expect(byStaff.status).toBe(404);
    expect((await mentor.client.get(`/api/participants/${menteeId}/profile`)).status).toBe(404);
    const own = await mentor.client.patch(`/api/participants/${mentorId}/profile`, {
      strengths: ['listening'],
      capacity: 3,
    });
    expect(own.body).toMatchObject({ strengths: ['listening'], capacity: 3 });
  });
});
