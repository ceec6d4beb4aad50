import { Option } from 'commander';
import { type Config, loadConfig } from '../server/config.ts';

/** Bad arguments or input: the CLI exits with 2. */
export class UsageError extends Error {}

export function configFrom(options: { port?: string; data?: string }): Config {
  return loadConfig({ port: options.port, dataDir: options.data });
}

export const dataOption = () =>
  new Option('--data <dir>', 'data folder of the embedded database (env TRELLIS_DATA_DIR)');
