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
 * | `DATABASE_URL` | (unset)     | Optional. `sqlite:<file>` / `file:<file>` picks another SQLite file.     |
 * |                |             | PostgreSQL URLs are refused until PostgreSQL support lands.             |
 */
export interface ExpoConfig {
  readonly port: number;
  readonly host: string;
  /** Absolute path of the data folder. */
  readonly dataDir: string;
  readonly database: DatabaseConfig;
}

/** Which database the store opens. Only SQLite exists today; PostgreSQL will be a second variant. */
export interface DatabaseConfig {
  readonly dialect: 'sqlite';
  /** Absolute path of the SQLite file. */
  readonly file: string;
}


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
});

/**
 * Reads and validates the configuration from `env`. Relative paths are resolved against `cwd`.
 * Throws a `ConfigError` whose message names each bad variable (e.g. `PORT: must be a whole number…`).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): ExpoConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(formatIssues(parsed.error));
  const { PORT, HOST, DATA_DIR, DATABASE_URL } = parsed.data;
  const dataDir = path.resolve(cwd, DATA_DIR);
  const database = databaseFromUrl(DATABASE_URL, dataDir, cwd);
  return { port: PORT, host: HOST, dataDir, database };
}

function databaseFromUrl(url: string | undefined, dataDir: string, cwd: string): DatabaseConfig {
  if (url === undefined) return { dialect: 'sqlite', file: path.join(dataDir, DEFAULT_SQLITE_FILE) };
  if (/^postgres(ql)?:/i.test(url)) {
    throw new ConfigError([
      'DATABASE_URL: PostgreSQL is not supported yet — it lands with the store issue (same Kysely code, Postgres dialect). ' +
        `Unset DATABASE_URL to use SQLite at <DATA_DIR>/${DEFAULT_SQLITE_FILE}.`,
    ]);
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
