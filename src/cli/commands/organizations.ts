import { type Command, Option } from 'commander';
import { organizationKinds } from '../../server/features/organizations/organization-kinds.ts';
import { configFrom, dataOption } from '../options.ts';
import { runDatabaseOperation } from '../run-operation.ts';

export function registerOrganizationCommands(program: Command): void {
  program
    .command('create-org')
    .description('create an organization (a school or a community organization)')
    .requiredOption('--name <name>', 'its name')
    // Checked here, not only by the operation, so a bad value never opens (or creates) a database.
    .addOption(new Option('--kind <kind>', 'school or community').choices(organizationKinds).makeOptionMandatory())
    .requiredOption('--time-zone <zone>', 'IANA time zone, e.g. Europe/London')
    .addOption(dataOption())
    .action(async (options) => {
      const result = (await runDatabaseOperation(configFrom(options), 'create-org', {
        name: options.name,
        kind: options.kind,
        timeZone: options.timeZone,
      })) as { id: string; name: string };
      process.stdout.write(`Created organization "${result.name}" with id ${result.id}\n`);
    });

  program
    .command('create-admin')
    .description('invite an administrator into an organization (prints the invitation link)')
    .requiredOption('--org <id-or-name>', 'the organization')
    .requiredOption('--email <email>', 'their email address')
    .addOption(new Option('--locale <locale>', 'language of the email').choices(['en', 'es']).default('en'))
    .addOption(dataOption())
    .action(async (options) => {
      const result = (await runDatabaseOperation(configFrom(options), 'create-admin', {
        organization: options.org,
        email: options.email,
        locale: options.locale,
      })) as { organization: string; email: string; url: string; expiresAt: string };
      process.stdout.write(
        `Invited ${result.email} as admin of "${result.organization}". The link works once, until ${result.expiresAt}:\n${result.url}\n`,
      );
    });
}
