import type { Command } from 'commander';
import type { DemoSummary } from '../operations/demo.ts';
import { configFrom, dataOption } from '../options.ts';
import { runDatabaseOperation } from '../run-operation.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const ROLE_NAMES = { admin: 'Admin', safeguarding_lead: 'Safeguarding lead', coordinator: 'Coordinator' } as const;

/** What a person needs to try every role: where, the one password, and each staff TOTP secret. */
export function formatDemoSummary(s: DemoSummary): string {
  const lines = [`Loaded the Trellis demo. Open ${s.url} and sign in with any account below.`, ''];
  lines.push(`Password of every demo account: ${s.password}`, '');
  for (const p of s.programs) {
    const shared = p.sharedExperiences.map(
      (e) => `${e.label} (${plural(e.mentors, 'mentor')}, ${plural(e.mentees, 'mentee')})`,
    );
    lines.push(`${p.organization} (${p.timeZone}): program ${p.slug}, "${p.name}"`);
    lines.push(`  ${p.mentors} mentors, ${p.mentees} mentees; most common shared experiences: ${shared.join(', ')}`);
    const statuses = Object.entries(p.statuses).map(([status, n]) => `${n} ${status.replace('_', ' ')}`);
    lines.push(`  by status: ${statuses.join(', ')}`);
    lines.push(
      `  ${plural(p.privateExperiences, 'participant')} keep their experiences from staff; the others show them`,
    );
    lines.push(`  a mentor: ${p.exampleMentor}`, `  a mentee: ${p.exampleMentee}`);
    if (p.schedulePair) {
      const matches = `${p.activeMatches} active ${p.activeMatches === 1 ? 'match' : 'matches'}`;
      lines.push(
        `  ${matches}, meeting weekly for about six weeks: held meetings, a no-show, a late cancellation,`,
        '  a meeting the pair remember differently (for the coordinator to resolve), commitments kept and overdue',
        `  to see a schedule, sign in as the mentee ${p.schedulePair.mentee} or their mentor ${p.schedulePair.mentor}`,
      );
    } else {
      lines.push('  no matches: the program has not run for six weeks yet, or ends within two');
    }
    lines.push(`  a mentor whose background check expires within days: ${p.screeningExpiring}`);
    lines.push(`  guardians who consented (sign in with the password): ${p.guardians.confirmed.join(', ')}`);
    lines.push(
      `  guardians not yet answered (their link is in the organization's outbox): ${p.guardians.awaiting.join(', ')}`,
    );
    lines.push('');
  }
  lines.push("Mentors and mentees sign in with the password alone; every one is on their admin's members page.", '');
  lines.push('Staff must use two-factor: it is already on. Add the secret to an authenticator app (or open the URI),');
  lines.push("then sign in with email, password and the app's 6-digit code. A recovery code works once instead.", '');
  for (const staff of s.staff) {
    const where = staff.program ? `${staff.organization}, ${staff.program}` : staff.organization;
    const instanceAdmin = staff.email === s.instanceAdmin ? ', and instance admin' : '';
    lines.push(`${ROLE_NAMES[staff.role]} of ${where}${instanceAdmin}: ${staff.name} <${staff.email}>`);
    lines.push(`  TOTP secret:   ${staff.totp.secret}`);
    lines.push(`  otpauth URI:   ${staff.totp.uri}`);
    lines.push(`  recovery code: ${staff.totp.backupCodes[0]}`);
  }
  lines.push('');
  lines.push(
    s.instanceAdmin
      ? `This instance had no instance admin, so ${s.instanceAdmin} is one (it can create organizations); the setup page is no longer needed.`
      : 'This instance already has an instance admin; the demo made no other.',
  );
  return `${lines.join('\n')}\n`;
}

export function registerDemoCommands(program: Command): void {
  program
    .command('demo')
    .description(
      'load a realistic demo: a school and a community program, 30 mentors, 90 mentees, their staff and matches',
    )
    .addOption(dataOption())
    .action(async (options) => {
      const summary = (await runDatabaseOperation(configFrom(options), 'demo', {})) as DemoSummary;
      process.stdout.write(formatDemoSummary(summary));
    });
}
