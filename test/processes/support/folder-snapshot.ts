import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every entry under a folder with its kind, size and modification time (to the nanosecond), plus
 * the given sibling files' contents: two equal snapshots mean nothing there was touched.
 */
export function snapshot(folder: string, siblings: string[] = []): Record<string, string> {
  const entries: Record<string, string> = {};
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stat = lstatSync(path, { bigint: true });
      const kind = stat.isDirectory() ? 'dir' : stat.isSocket() ? 'socket' : 'file';
      entries[`${prefix}${name}`] = `${kind} ${stat.size} ${stat.mtimeNs} ${(stat.mode & 0o777n).toString(8)}`;
      if (stat.isDirectory()) walk(path, `${prefix}${name}/`);
    }
  };
  if (existsSync(folder)) walk(folder, '');
  for (const sibling of siblings) {
    entries[`(beside) ${sibling}`] = existsSync(sibling)
      ? lstatSync(sibling).isSocket()
        ? 'socket'
        : readFileSync(sibling, 'utf8')
      : 'absent';
  }
  return entries;
}
