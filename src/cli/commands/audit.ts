import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { ChainHead, VerifyResult } from '../../server/features/audit/verify-audit-chains.ts';
import { configFrom, dataOption, UsageError } from '../options.ts';
import { runDatabaseOperation } from '../run-operation.ts';

/** `audit head` prints one line per chain: `<chain> <seq> <hash>`; `audit verify --heads` reads them back. */
function parseHeads(file: string): ChainHead[] {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.map((line, index) => {
    const [chain, seq, hash] = line.split(/\s+/);
    if (!chain || !seq || !/^\d+$/.test(seq) || !hash || !/^[0-9a-f]{64}$/.test(hash)) {
      throw new UsageError(`${file}:${index + 1}: expected "<chain> <seq> <hash>" as printed by trellis audit head`);
    }
    return { chain, seq: Number(seq), hash };
  });
}

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('check the tamper-evident audit log');

  audit
    .command('verify')
    .description('recompute every hash chain and name the first broken link')
    .option('--heads <file>', 'heads saved earlier by `trellis audit head`, to catch deleted newest events')
    .addOption(dataOption())
    .action(async (options) => {
      const heads = options.heads ? parseHeads(options.heads) : [];
      const result = (await runDatabaseOperation(configFrom(options), 'audit-verify', { heads })) as VerifyResult;
      if (result.ok) {
        process.stdout.write(`Audit log intact: ${result.events} events in ${result.chains} chains.\n`);
        return;
      }
      for (const p of result.problems) {
        process.stdout.write(`BROKEN chain ${p.chain} at event ${p.seq}${p.id ? ` (${p.id})` : ''}: ${p.reason}\n`);
      }
      process.exitCode = 1;
    });

  audit
    .command('head')
    .description('print the newest hash of each chain, to keep outside the database')
    .addOption(dataOption())
    .action(async (options) => {
      const heads = (await runDatabaseOperation(configFrom(options), 'audit-head', {})) as ChainHead[];
      for (const h of heads) process.stdout.write(`${h.chain} ${h.seq} ${h.hash}\n`);
    });
}
