import { describe, expect, it } from 'vitest';
import { programWithPeople } from '../../../../../test/support/factories.ts';
import { testAppPerTest } from '../../../../../test/support/test-app.ts';

const t = testAppPerTest();
const HEADER = 'email,role,languages,experiences,birth_date,guardian_email';

async function setUp() {
  const people = await programWithPeople(t());
  const staff = people.coordinator.client;
  const base = `/api/programs/${people.program.id}`;
  const participants = async () =>
    (await staff.get(`${base}/participants`)).body.rows as { status: string; role: string }[];
  const run = (csv: string, validOnly = false) => staff.post(`${base}/imports`, { csv, validOnly });
  return { ...people, staff, base, participants, run };
}

describe('participants CSV import', () => {
  it('writes nothing from a file with errors, and the valid rows only when asked', async () => {
    const { run, participants } = await setUp();
    const csv = `${HEADER}\nmilo@hill.example,mentee,en,,2000-01-01,\nnot-an-email,mentee,en,,,\n`;
    const refused = await run(csv);
    expect(refused.body).toMatchObject({ written: false, counts: { created: 0, rejected: 1 } });
    expect(refused.body.errors).toEqual([{ row: 3, column: 'email', reason: expect.any(String) }]);
    expect(await participants()).toHaveLength(0);
    const valid = await run(csv, true);
    expect(valid.body).toMatchObject({ written: true, counts: { created: 1, rejected: 1 } });
    expect(await participants()).toHaveLength(1);
  });

  it('is idempotent: the same file again changes nothing, a changed column updates', async () => {
    const { run } = await setUp();
    const csv = `${HEADER}\nmilo@hill.example,mentee,en,Foster care,2000-01-01,\nnew@hill.example,mentor,en,,,\n`;
    expect((await run(csv)).body.counts).toEqual({ created: 1, updated: 0, unchanged: 0, invited: 1, rejected: 0 });
    expect((await run(csv)).body.counts).toEqual({ created: 0, updated: 0, unchanged: 2, invited: 0, rejected: 0 });
    const changed = csv.replace('mentee,en,', 'mentee,en;es,');
    expect((await run(changed)).body.counts).toMatchObject({ updated: 1, unchanged: 1 });
  });

  it('reports an experience label outside the vocabulary against the experiences column', async () => {
    const { run } = await setUp();
    const result = await run(`${HEADER}\nmilo@hill.example,mentee,en,foster CARE;Space travel,2000-01-01,\n`);
    expect(result.body.errors).toEqual([
      { row: 2, column: 'experiences', reason: expect.stringContaining('"Space travel" is not in') },
    ]);
  });

  it('holds a minor with a guardian email in awaiting guardian', async () => {
    const { run, participants } = await setUp();
    const result = await run(`${HEADER}\nmilo@hill.example,mentee,en,,2016-05-01,parent@hill.example\n`);
    expect(result.body.counts).toMatchObject({ created: 1 });
    expect(await participants()).toMatchObject([{ status: 'awaiting_guardian' }]);
  });

  it('reads a UTF-8 file with BOM and CRLF line ends, in the preview', async () => {
    const { staff, base } = await setUp();
    const csv = `\uFEFF${HEADER}\r\nmilo@hill.example,mentee,en,,2000-01-01,\r\n`;
    const preview = await staff.post(`${base}/imports/preview`, { csv });
    expect(preview.body).toMatchObject({ validRows: 1, rejected: 0, rows: [{ row: 2, action: 'create' }] });
  });

  it('refuses a body over 5 MB with 413', async () => {
    const { staff, base } = await setUp();
    const result = await staff.post(`${base}/imports/preview`, { csv: 'x'.repeat(5 * 1024 * 1024 + 1) });
    expect(result.status).toBe(413);
  });

  it('lets only program staff import', async () => {
    const { mentor, base } = await setUp();
    const result = await mentor.client.post(`${base}/imports`, { csv: HEADER });
    expect(result.status).toBe(403);
  });
});
