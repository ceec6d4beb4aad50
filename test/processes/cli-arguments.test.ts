import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { childEnv, repoRoot, runTrellis, sharedSecrets, tempDir } from './support/trellis.ts';

// Nothing here may reach a database: bad input stops the CLI before it opens one.
const dir = tempDir('cli-arguments');
const cliEnv = childEnv({ TRELLIS_DATA_DIR: join(dir.path, 'data'), ...sharedSecrets() });
const trellis = (...args: string[]) => runTrellis(args, cliEnv);

afterAll(() => dir.remove());

describe('trellis arguments', () => {
  it('answers --help on every command with its usage and exit code 0', async () => {
    // The commands are read from the help itself, so a command added later is covered too.
    const subcommands = (help: string) =>
      (help.split('Commands:')[1] ?? '')
        .split('\n')
        .map((line) => line.match(/^ {2}([a-z-]+)/)?.[1])
        .filter((name): name is string => Boolean(name) && name !== 'help');
    const top = await trellis('--help');
    expect(top.code).toBe(0);
    const commands = subcommands(top.stdout);
    expect(commands).toEqual(expect.arrayContaining(['serve', 'migrate', 'create-org', 'audit', 'backup', 'restore']));
    const helps = await Promise.all(
      commands.map(async (command) => ({ command, ...(await trellis(command, '--help')) })),
    );
    const nested = helps.flatMap(({ command, stdout }) => subcommands(stdout).map((sub) => `${command} ${sub}`));
    expect(nested).toEqual(expect.arrayContaining(['audit verify', 'audit head']));
    const nestedHelps = await Promise.all(
      nested.map(async (command) => ({ command, ...(await trellis(...command.split(' '), '--help')) })),
    );
    for (const { command, code, stdout } of [...helps, ...nestedHelps]) {
      expect(code, command).toBe(0);
      expect(stdout).toContain(`Usage: trellis ${command} [options]`);
    }
  });

  it('runs from the package bin under the system Node, which re-executes on the pinned Node 24 when older', () => {
    const systemNode = ['/usr/bin/node', '/usr/local/bin/node'].find(existsSync) ?? process.execPath;
    const out = execFileSync(systemNode, [join(repoRoot, 'bin', 'trellis.js'), 'create-org', '--help'], {
      env: cliEnv,
      encoding: 'utf8',
    });
    expect(out).toContain('Usage: trellis create-org');
  });

  it('exits 2 with a message on stderr for bad arguments, creating nothing on disk', async () => {
    const cases: [string[], RegExp][] = [
      [['frobnicate'], /unknown command 'frobnicate'/],
      [[], /Usage: trellis/],
      [['create-org', '--name', 'Hill', '--time-zone', 'UTC'], /required option '--kind <kind>' not specified/],
      [
        ['create-org', '--name', 'Hill', '--kind', 'castle', '--time-zone', 'UTC'],
        /'castle' is invalid.*school, community/,
      ],
      [['create-admin', '--org', 'Hill'], /required option '--email <email>'/],
      [['backup'], /missing required argument 'file'/],
    ];
    const results = await Promise.all(cases.map(([args]) => trellis(...args)));
    results.forEach((result, i) => {
      expect(result.code, cases[i]?.[0].join(' ')).toBe(2);
      expect(result.stderr).toMatch(cases[i]?.[1] as RegExp);
    });
    expect(existsSync(dir.path)).toBe(false);
  });

  it('exits 2 naming the setting when the environment holds a bad value', async () => {
    const badPort = await runTrellis(['serve'], { ...cliEnv, PORT: 'abc' });
    expect(badPort.code).toBe(2);
    expect(badPort.stderr).toMatch(/PORT: /);
    const badSmtp = await runTrellis(['migrate'], { ...cliEnv, SMTP_URL: 'mail.example' });
    expect(badSmtp.code).toBe(2);
    expect(badSmtp.stderr).toMatch(/SMTP_URL: must start with smtp:\/\//);
    expect(existsSync(dir.path)).toBe(false);
  });
});
