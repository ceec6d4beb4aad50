import { matchingProgram } from '../../support/matching-world.ts';
import type { TestApp } from '../../support/test-app.ts';
import type { TestClient } from '../../support/test-client.ts';

/**
 * Two proposed matches of one program, made through the front door: Ana mentors Cal (football),
 * Ben mentors Dee (chess). Each pair is an outsider to the other's match.
 */
export async function twoProposedMatches(t: TestApp) {
  const w = await matchingProgram(t);
  const ana = await w.readyPerson('mentor', 'Ana Mentor');
  const ben = await w.readyPerson('mentor', 'Ben Mentor', { application: { interests: ['chess'] } });
  const cal = await w.readyPerson('mentee', 'Cal Mentee');
  const dee = await w.readyPerson('mentee', 'Dee Mentee', { application: { interests: ['chess'] } });
  const run = await w.coordinator.client.post(`/api/programs/${w.program.id}/matching-runs`, {});
  if (run.status !== 201) throw new Error(`run: ${run.status} ${run.text}`);
  const approved = await w.coordinator.client.post(`/api/matching-runs/${run.body.id}/approval`);
  if (approved.status !== 200) throw new Error(`approval: ${approved.status} ${approved.text}`);
  const onlyMatchOf = async (client: TestClient) => {
    const mine = await client.get('/api/me/matches');
    if (mine.status !== 200 || mine.body.length !== 1) throw new Error(`my matches: ${mine.status} ${mine.text}`);
    return mine.body[0].id as string;
  };
  return {
    ...w,
    ana,
    ben,
    cal,
    dee,
    anaAndCal: await onlyMatchOf(cal.client),
    benAndDee: await onlyMatchOf(dee.client),
  };
}
