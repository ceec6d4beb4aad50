import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { childEnv, cliEntry, type Finished, nodeBinary, repoRoot, runTrellis, tempDir } from './support/trellis.ts';

const dir = tempDir('cli-match');
mkdirSync(dir.path, { recursive: true });
afterAll(() => dir.remove());
// No data folder and no database settings: matching must not need them.
const env = childEnv({});

const scoreForm = {
  settings: { objective: 'max-score' },
  mentors: [
    { id: 'm1', capacity: 2 },
    { id: 'm2', capacity: 1 },
  ],
  mentees: [{ id: 'e1' }, { id: 'e2' }],
  scores: [
    [80, null],
    [75, 60],
  ],
};

/** `trellis match` with `input` on standard input (runTrellis gives its children none). */
function matchFromStdin(input: string): Promise<Finished> {
  return new Promise((resolve) => {
    const child = spawn(nodeBinary, [cliEntry, 'match'], { cwd: repoRoot, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('trellis match', () => {
  it('reads a file and writes the output form to another, exit 0', async () => {
    const input = join(dir.path, 'scores.json');
    const output = join(dir.path, 'result.json');
    writeFileSync(input, JSON.stringify(scoreForm));
    const run = await runTrellis(['match', '--input', input, '--output', output], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(output, 'utf8'))).toEqual({
      assignments: [
        { mentee: 'e1', mentor: 'm1', score: 80, reasons: [] },
        { mentee: 'e2', mentor: 'm1', score: 75, reasons: [] },
      ],
      unmatched: [],
      objective: { matched: 2, totalScore: 155 },
      optimal: true,
    });
  }, 60_000);

  it('reads standard input and writes standard output, the same bytes as from a file', async () => {
    const input = join(dir.path, 'again.json');
    writeFileSync(input, JSON.stringify(scoreForm));
    const [fromFile, fromStdin] = await Promise.all([
      runTrellis(['match', '--input', input], env),
      matchFromStdin(JSON.stringify(scoreForm)),
    ]);
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    expect(JSON.parse(fromStdin.stdout).objective).toEqual({ matched: 2, totalScore: 155 });
  }, 60_000);

  it('exits 2 with the offending field on stderr for invalid input', async () => {
    const [bad, notJson, missing] = await Promise.all([
      matchFromStdin(
        JSON.stringify({
          ...scoreForm,
          scores: [
            [80, null],
            [75, 101],
          ],
        }),
      ),
      matchFromStdin('{ "mentors": '),
      runTrellis(['match', '--input', join(dir.path, 'nope.json')], env),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('scores[1][1]: must be a whole number from 0 to 100 or null, got 101');
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toContain('is not JSON');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot read');
  }, 60_000);
});
