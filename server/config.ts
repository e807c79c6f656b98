import path from 'node:path';
import { z } from 'zod';
import { formatIssues } from '../model';
import { DEFAULT_SQLITE_FILE } from './store/database';
import type { RoomSettings } from './rooms/room-settings';

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
 * | `EXPO_ROOM_MAX_CLIENTS` | `500` | Visitors per hall room instance.                                  |
 * | `EXPO_ROOM_AOI`  | `on`      | `off`: every visitor receives every avatar (area of interest off).    |
 * | `EXPO_ROOM_AOI_RADIUS` | `30` | Metres within which avatars are received.                          |
 * | `EXPO_ROOM_AOI_MAX` | `50`   | Nearest avatars received at most.                                    |
 * | `EXPO_ROOM_CHAT_RADIUS` | `15` | Metres a 'near' chat message reaches.                             |
 * | `EXPO_ROOM_GUESTS` | `on`    | `off`: only signed-in visitors may enter halls.                      |
 * | `EXPO_ROOM_RECONNECT_S` | `20` | Seconds a dropped visitor may take to come back.                  |
 * | `EXPO_SENSITIVE_WORDS_FILE` | (built-in list) | One word per line, masked in chat.             |
 * | `REDIS_URL`    | (unset)     | `redis://host:6379`: processes naming the same Redis share hall rooms |
 * |                |             | (Colyseus Redis presence + driver). Unset: one process's own rooms.    |
 * | `EXPO_ROOM_PUBLIC_ADDRESS` | (unset) | `host:port` where browsers reach this process directly, for |
 * |                |             | seats reserved by another process (unless the proxy routes them).      |
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
  readonly rooms: RoomSettings;
  /** Sharing rooms between processes (`REDIS_URL`); see `server/rooms/scale-out.ts`. */
  readonly scaleOut: { readonly redisUrl: string | undefined; readonly publicAddress: string | undefined };
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
  EXPO_ROOM_MAX_CLIENTS: countVariable(500),
  EXPO_ROOM_AOI: onOffVariable(true),
  EXPO_ROOM_AOI_RADIUS: metresVariable(30),
  EXPO_ROOM_AOI_MAX: countVariable(50),
  EXPO_ROOM_CHAT_RADIUS: metresVariable(15),
  EXPO_ROOM_GUESTS: onOffVariable(true),
  EXPO_ROOM_RECONNECT_S: countVariable(20),
  EXPO_SENSITIVE_WORDS_FILE: z.preprocess(emptyAsUnset, z.string().optional()),
  REDIS_URL: z.preprocess(emptyAsUnset, z.string().regex(/^rediss?:\/\/\S+$/i, 'must be a redis:// or rediss:// URL').optional()),
  EXPO_ROOM_PUBLIC_ADDRESS: z.preprocess(emptyAsUnset, z.string().regex(/^[^\s/:]+(:\d{1,5})?(\/\S*)?$/, 'must be host[:port][/path], without a scheme').optional()),
});

function onOffVariable(fallback: boolean) {
  return z.preprocess(
    emptyAsUnset,
    z
      .enum(['on', 'off', '1', '0', 'true', 'false'], { error: 'must be on or off' })
      .transform((v) => v === 'on' || v === '1' || v === 'true')
      .default(fallback),
  );
}

function metresVariable(fallback: number) {
  return z.preprocess(
    emptyAsUnset,
    z.string().regex(/^\d+(\.\d+)?$/, 'must be a number of metres').transform(Number).pipe(z.number().positive('must be more than 0').max(320)).default(fallback),
  );
}

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
    rooms: {
      maxClients: parsed.data.EXPO_ROOM_MAX_CLIENTS,
      aoiEnabled: parsed.data.EXPO_ROOM_AOI,
      aoiRadius: parsed.data.EXPO_ROOM_AOI_RADIUS,
      aoiMaxVisible: parsed.data.EXPO_ROOM_AOI_MAX,
      chatRadius: parsed.data.EXPO_ROOM_CHAT_RADIUS,
      allowGuests: parsed.data.EXPO_ROOM_GUESTS,
      reconnectSeconds: parsed.data.EXPO_ROOM_RECONNECT_S,
      sensitiveWordsFile: parsed.data.EXPO_SENSITIVE_WORDS_FILE === undefined ? undefined : path.resolve(cwd, parsed.data.EXPO_SENSITIVE_WORDS_FILE),
    },
    scaleOut: { redisUrl: parsed.data.REDIS_URL, publicAddress: parsed.data.EXPO_ROOM_PUBLIC_ADDRESS },
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
