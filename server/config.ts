import path from 'node:path';
import { z } from 'zod';
import { formatIssues } from '../model';
import { DEFAULT_SQLITE_FILE } from './store/database';

/**
 * Server configuration, read from environment variables once at startup.
 *
 * | Variable       | Default     | Meaning                                                                 |
 * |----------------|-------------|-------------------------------------------------------------------------|
 * | `PORT`         | `8080`      | TCP port for HTTP + WebSocket (0 picks a free port).                    |
 * | `HOST`         | `0.0.0.0`   | Interface to listen on.                                                 |
 * | `DATA_DIR`     | `./data`    | Folder for the SQLite file (`expo.sqlite`) and other server data.       |
 * | `DATABASE_URL` | (unset)     | Optional. `postgres://user:pass@host:5432/db` uses PostgreSQL (same     |
 * |                |             | queries, migrated at start); `sqlite:<file>` picks another SQLite file. |
 * | `SESSION_SECRET` | (generated) | ≥ 32 characters; the same on every process behind one address. Unset: |
 * |                |             | a random one is kept in `<DATA_DIR>/session-secret`.                    |
 * | `EXPO_LOGIN_RATE_LIMIT`  | `20`  | Sign-in attempts per IP per 15 minutes.                         |
 * | `EXPO_SIGNUP_RATE_LIMIT` | `20`  | Sign-ups per IP per hour.                                       |
 * | `EXPO_BEACON_RATE_LIMIT` | `120` | Analytics beacons per IP per minute.                            |
 * | `SECURE_COOKIES` | `0`       | `1` behind HTTPS: the session cookie gets `Secure`.                   |
 */
export interface ExpoConfig {
  readonly port: number;
  readonly host: string;
  /** Absolute path of the data folder. */
  readonly dataDir: string;
  readonly database: DatabaseConfig;
  readonly sessionSecret: string | undefined;
  readonly rateLimits: { loginPer15Min: number; signUpPerHour: number; beaconsPerMinute: number };
  readonly secureCookies: boolean;
}

/** Which database the store opens: the embedded SQLite file (absolute path) or a PostgreSQL server. */
export type DatabaseConfig = { readonly dialect: 'sqlite'; readonly file: string } | { readonly dialect: 'postgres'; readonly url: string };


/** Thrown for a bad environment; `problems` holds one line per variable, naming it. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid server configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

const emptyAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const EnvSchema = z.object({
  PORT: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .regex(/^\d+$/, 'must be a whole number between 0 and 65535')
      .transform(Number)
      .pipe(z.number().int().max(65535, 'must be a whole number between 0 and 65535'))
      .default(8080),
  ),
  HOST: z.preprocess(emptyAsUnset, z.string().regex(/^[^\s/]+$/, 'must be a host name or IP address').default('0.0.0.0')),
  DATA_DIR: z.preprocess(emptyAsUnset, z.string().default('./data')),
  DATABASE_URL: z.preprocess(emptyAsUnset, z.string().optional()),
  SESSION_SECRET: z.preprocess(emptyAsUnset, z.string().min(32, 'must be at least 32 characters').optional()),
  EXPO_LOGIN_RATE_LIMIT: countVariable(20),
  EXPO_SIGNUP_RATE_LIMIT: countVariable(20),
  EXPO_BEACON_RATE_LIMIT: countVariable(120),
  SECURE_COOKIES: z.preprocess(emptyAsUnset, z.enum(['0', '1'], { error: 'must be 0 or 1' }).default('0')),
});

function countVariable(fallback: number) {
  return z.preprocess(
    emptyAsUnset,
    z.string().regex(/^\d+$/, 'must be a whole number of requests').transform(Number).pipe(z.number().int().min(1, 'must be at least 1')).default(fallback),
  );
}

/**
 * Reads and validates the configuration from `env`. Relative paths are resolved against `cwd`.
 * Throws a `ConfigError` whose message names each bad variable (e.g. `PORT: must be a whole number…`).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): ExpoConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(formatIssues(parsed.error));
  const { PORT, HOST, DATA_DIR, DATABASE_URL, SESSION_SECRET, EXPO_LOGIN_RATE_LIMIT, EXPO_SIGNUP_RATE_LIMIT, EXPO_BEACON_RATE_LIMIT, SECURE_COOKIES } = parsed.data;
  const dataDir = path.resolve(cwd, DATA_DIR);
  const database = databaseFromUrl(DATABASE_URL, dataDir, cwd);
  return {
    port: PORT,
    host: HOST,
    dataDir,
    database,
    sessionSecret: SESSION_SECRET,
    rateLimits: { loginPer15Min: EXPO_LOGIN_RATE_LIMIT, signUpPerHour: EXPO_SIGNUP_RATE_LIMIT, beaconsPerMinute: EXPO_BEACON_RATE_LIMIT },
    secureCookies: SECURE_COOKIES === '1',
  };
}

function databaseFromUrl(url: string | undefined, dataDir: string, cwd: string): DatabaseConfig {
  if (url === undefined) return { dialect: 'sqlite', file: path.join(dataDir, DEFAULT_SQLITE_FILE) };
  if (/^postgres(ql)?:/i.test(url)) {
    try {
      new URL(url);
    } catch {
      throw new ConfigError(['DATABASE_URL: not a valid URL: use postgres://user:password@host:5432/database']);
    }
    return { dialect: 'postgres', url };
  }
  const match = /^(?:sqlite|file):(?:\/\/)?(.+)$/i.exec(url);
  if (!match || match[1] === undefined) {
    throw new ConfigError([`DATABASE_URL: must be "sqlite:<file>" or "file:<file>" (got a URL with an unsupported scheme)`]);
  }
  return { dialect: 'sqlite', file: path.resolve(cwd, match[1]) };
}

let cached: ExpoConfig | undefined;

/** The process configuration, read from `process.env` on first call and kept. */
export function getConfig(): ExpoConfig {
  cached ??= loadConfig();
  return cached;
}
