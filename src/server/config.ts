import { resolve } from 'node:path';
import { z } from 'zod';

/** Flags beat environment, environment beats defaults. Parsed once at start. */
export const configSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  host: z.string().min(1).default('0.0.0.0'),
  dataDir: z.string().min(1).default('./data'),
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  baseUrl: z.url().optional(),
  smtpUrl: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  masterKey: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be 32 bytes in base64 (44 characters)')
    .optional(),
  authSecret: z.string().min(32, 'must be at least 32 characters').optional(),
});

export type ConfigInput = z.input<typeof configSchema>;
export type Config = z.output<typeof configSchema> & {
  baseUrl: string;
  /** Absolute data folder; used only when databaseUrl is not set. */
  dataDir: string;
  /** Folder beside the data folder holding generated secrets (never inside it, never backed up). */
  keyDir: string;
};

export class ConfigError extends Error {}

const fromEnvironment: Record<keyof ConfigInput, string> = {
  port: 'PORT',
  host: 'HOST',
  dataDir: 'TRELLIS_DATA_DIR',
  databaseUrl: 'DATABASE_URL',
  baseUrl: 'TRELLIS_BASE_URL',
  smtpUrl: 'SMTP_URL',
  logLevel: 'LOG_LEVEL',
  masterKey: 'TRELLIS_MASTER_KEY',
  authSecret: 'TRELLIS_AUTH_SECRET',
};

const flagNames: Partial<Record<keyof ConfigInput, string>> = { port: '--port', dataDir: '--data' };

export function loadConfig(
  flags: Partial<Record<keyof ConfigInput, string | number | undefined>> = {},
  env: NodeJS.ProcessEnv = process.env,
): Config {
  const raw: Record<string, unknown> = {};
  for (const [key, variable] of Object.entries(fromEnvironment)) {
    const fromFlag = flags[key as keyof ConfigInput];
    const fromEnv = env[variable];
    const value = fromFlag ?? (fromEnv === '' ? undefined : fromEnv);
    if (value !== undefined) raw[key] = value;
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0]) as keyof ConfigInput;
      const name = flagNames[key] ? `${flagNames[key]} / ${fromEnvironment[key]}` : fromEnvironment[key];
      return `${name}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const dataDir = resolve(parsed.data.dataDir);
  return {
    ...parsed.data,
    dataDir,
    keyDir: `${dataDir}-keys`,
    baseUrl: (parsed.data.baseUrl ?? `http://localhost:${parsed.data.port}`).replace(/\/$/, ''),
  };
}
