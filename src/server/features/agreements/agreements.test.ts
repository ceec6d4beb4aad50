import { describe, expect, it } from 'vitest';
import {
  applyAs,
  createProgram,
  moveThrough,
  passRequiredTraining,
  personNamed,
  programWithPeople,
  setApplicationsOpen,
} from '../../../../test/support/factories.ts';
import { testAppPerTest } from '../../../../test/support/test-app.ts';

const t = testAppPerTest();

const newText = (words: string) =>
  `# Our agreement\n\n${words} What we say stays between us, except a worry about anyone's safety or well-being.`;

async function menteeApplicant() {
  const people = await programWithPeople(t());
  await setApplicationsOpen(people.coordinator.client, people.program.id);
  const mentee = await applyAs(people.mentee.client, people.program.id, 'mentee');
  return { ...people, menteeId: mentee.id };
}

describe('the confidentiality agreement', () => {
  it('starts every program with version 1 in English and Spanish, with the safety exception in both', async () => {
    const { program, mentee } = await programWithPeople(t());
    const en = await mentee.client.get(`/api/programs/${program.id}/agreement?language=en`);
    expect(en.status).toBe(200);
    expect(en.body).toMatchObject({ version: 1, language: 'en', languages: ['en', 'es'] });
    expect(en.body.body).toContain('safeguarding lead');
    expect(en.body.body).toContain('guardian can see the meeting schedule');
    const es = await mentee.client.get(`/api/programs/${program.id}/agreement?language=es`);
    expect(es.body).toMatchObject({ version: 1, language: 'es' });
    expect(es.body.body).toContain('persona responsable de protección');
  });

  it('serves a new version in the languages it was published in, falling back to English', async () => {
    const { program, coordinator, mentee } = await programWithPeople(t());
    const published = await coordinator.client.post(`/api/programs/${program.id}/agreement/versions`, {
      texts: { en: newText('Version two.') },
    });
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ version: 2, languages: ['en'] });
    const es = await mentee.client.get(`/api/programs/${program.id}/agreement?language=es`);
    expect(es.body).toMatchObject({ version: 2, language: 'en', languages: ['en'] });
    expect(es.body.body).toContain('Version two.');
  });

  it('records an acknowledgement as a consent on that version and asks again after a new one', async () => {
    const { admin, orgId, program, coordinator, mentee, menteeId } = await menteeApplicant();
    const url = `/api/participants/${menteeId}/agreement-acknowledgements`;
    const given = await mentee.client.post(url, { version: 1, language: 'es' });
    expect(given.status).toBe(201);
    expect(given.body).toMatchObject({ version: 1, language: 'es', withdrawnAt: null });
    const twice = await mentee.client.post(url, { version: 1, language: 'es' });
    expect(twice.status).toBe(200);
    expect(twice.body.id).toBe(given.body.id);
    expect((await coordinator.client.get(url)).body).toMatchObject({ currentVersion: 1, hasAcknowledgedCurrent: true });

    await coordinator.client.post(`/api/programs/${program.id}/agreement/versions`, {
      texts: { en: newText('Two.'), es: newText('Dos.') },
    });
    const asked = await mentee.client.get(url);
    expect(asked.body).toMatchObject({ currentVersion: 2, hasAcknowledgedCurrent: false });
    const stale = await mentee.client.post(url, { version: 1, language: 'en' });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'AGREEMENT_VERSION_OUTDATED', details: { currentVersion: 2 } });

    expect((await mentee.client.post(url, { version: 2, language: 'en' })).status).toBe(201);
    const status = await mentee.client.get(url);
    expect(status.body.hasAcknowledgedCurrent).toBe(true);
    expect(status.body.acknowledgements.map((a: { version: number }) => a.version)).toEqual([2, 1]);

    const audit = await admin.get(`/api/organizations/${orgId}/audit-events?limit=200`);
    const actions = audit.body.map((e: { action: string }) => e.action);
    expect(actions.filter((a: string) => a === 'agreement.acknowledged')).toHaveLength(2);
    expect(actions).toContain('agreement.version_published');
  });

  it('refuses a language the current version was not published in', async () => {
    const { program, coordinator, mentee, menteeId } = await menteeApplicant();
    await coordinator.client.post(`/api/programs/${program.id}/agreement/versions`, { texts: { es: newText('Dos.') } });
    const res = await mentee.client.post(`/api/participants/${menteeId}/agreement-acknowledgements`, {
      version: 2,
      language: 'en',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toMatchObject({ field: 'language', languages: ['es'] });
  });

  it('lets only program staff publish, only the participant acknowledge, and keeps another program out', async () => {
    const { admin, orgId, program, coordinator, mentee, menteeId } = await menteeApplicant();
    const other = await createProgram(admin, orgId, { slug: 'other', name: 'Other program' });
    const outsider = await personNamed(t(), admin, orgId, {
      role: 'coordinator',
      programId: other.id,
      email: 'otto@hill.example',
      name: 'Otto Outsider',
    });
    const publish = { texts: { en: newText('Mine.') } };
    const versions = `/api/programs/${program.id}/agreement/versions`;
    expect((await mentee.client.post(versions, publish)).status).toBe(403);
    expect((await outsider.client.post(versions, publish)).status).toBe(403);
    expect((await outsider.client.get(`/api/programs/${program.id}/agreement`)).status).toBe(403);

    const acks = `/api/participants/${menteeId}/agreement-acknowledgements`;
    expect((await coordinator.client.post(acks, { version: 1, language: 'en' })).status).toBe(404);
    expect((await outsider.client.get(acks)).status).toBe(404);
    expect((await admin.get(acks)).status).toBe(200);
  });

  it('holds a participant back from ready until they acknowledge the current version', async () => {
    const { program, coordinator, mentee, menteeId } = await menteeApplicant();
    await moveThrough(coordinator.client, menteeId, ['training']);
    await passRequiredTraining(coordinator.client, mentee.client, program.id, menteeId);
    const acks = `/api/participants/${menteeId}/agreement-acknowledgements`;
    await mentee.client.post(acks, { version: 1, language: 'en' });
    await coordinator.client.post(`/api/programs/${program.id}/agreement/versions`, { texts: { en: newText('Two.') } });

    const early = await coordinator.client.post(`/api/participants/${menteeId}/transitions`, { to: 'ready' });
    expect(early.status).toBe(409);
    expect(early.body.error.details).toEqual({ unmet: ['agreement'] });
    await mentee.client.post(acks, { version: 2, language: 'en' });
    const ready = await coordinator.client.post(`/api/participants/${menteeId}/transitions`, { to: 'ready' });
    expect(ready.status).toBe(200);
  });
});
