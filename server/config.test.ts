import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const cwd = '/srv/expo';

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env, cwd);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    expect(loadConfig({}, cwd)).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dataDir: path.resolve(cwd, 'data'),
      database: { dialect: 'sqlite', file: path.resolve(cwd, 'data', 'expo.sqlite') },
      sessionSecret: undefined,
      rateLimits: { loginPer15Min: 20, signUpPerHour: 20, beaconsPerMinute: 120 },
      secureCookies: false,
      rooms: { maxClients: 500, aoiEnabled: true, aoiRadius: 30, aoiMaxVisible: 50, chatRadius: 15, allowGuests: true, reconnectSeconds: 20, sensitiveWordsFile: undefined },
      scaleOut: { redisUrl: undefined, publicAddress: undefined },
    });
  });

  it('reads REDIS_URL and EXPO_ROOM_PUBLIC_ADDRESS for sharing rooms between processes', () => {
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6390', EXPO_ROOM_PUBLIC_ADDRESS: 'node2.expo.example:8443' }, cwd).scaleOut).toEqual({ redisUrl: 'redis://127.0.0.1:6390', publicAddress: 'node2.expo.example:8443' });
    expect(problems({ REDIS_URL: 'localhost:6379' })).toEqual(['REDIS_URL: must be a redis:// or rediss:// URL']);
    expect(problems({ EXPO_ROOM_PUBLIC_ADDRESS: 'https://node2' })).toEqual(['EXPO_ROOM_PUBLIC_ADDRESS: must be host[:port][/path], without a scheme']);
  });

  it('reads the room settings', () => {
    const env = { EXPO_ROOM_AOI: 'off', EXPO_ROOM_GUESTS: 'off', EXPO_ROOM_AOI_RADIUS: '12.5', EXPO_ROOM_RECONNECT_S: '3', EXPO_SENSITIVE_WORDS_FILE: 'words.txt' };
    expect(loadConfig(env, cwd).rooms).toMatchObject({ aoiEnabled: false, allowGuests: false, aoiRadius: 12.5, reconnectSeconds: 3, sensitiveWordsFile: path.resolve(cwd, 'words.txt') });
    expect(problems({ EXPO_ROOM_AOI: 'maybe' })).toEqual(['EXPO_ROOM_AOI: must be on or off']);
  });

  it('reads PORT, HOST and DATA_DIR, treating empty values as unset', () => {
    const config = loadConfig({ PORT: '3000', HOST: '127.0.0.1', DATA_DIR: '/var/lib/expo' }, cwd);
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', dataDir: '/var/lib/expo' });
    expect(config.database).toEqual({ dialect: 'sqlite', file: '/var/lib/expo/expo.sqlite' });
    expect(loadConfig({ PORT: '', DATA_DIR: ' ' }, cwd).port).toBe(8080);
    expect(loadConfig({ PORT: '0' }, cwd).port).toBe(0);
  });

  it('refuses a bad PORT with a message that names it', () => {
    expect(problems({ PORT: 'abc' })).toEqual(['PORT: must be a whole number between 0 and 65535']);
    expect(problems({ PORT: '70000' })).toEqual(['PORT: must be a whole number between 0 and 65535']);
    expect(problems({ PORT: '-1' })[0]).toMatch(/^PORT: /);
    expect(() => loadConfig({ PORT: 'abc' }, cwd)).toThrow(/PORT: must be a whole number/);
  });

  it('accepts a SQLite DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'sqlite:./db/fair.sqlite' }, cwd).database).toEqual({ dialect: 'sqlite', file: '/srv/expo/db/fair.sqlite' });
    expect(loadConfig({ DATABASE_URL: 'file:///tmp/fair.sqlite' }, cwd).database).toEqual({ dialect: 'sqlite', file: '/tmp/fair.sqlite' });
  });

  it('takes a PostgreSQL DATABASE_URL, and refuses other schemes without echoing the URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://expo:secret@db:5432/expo' }, cwd).database).toEqual({ dialect: 'postgres', url: 'postgres://expo:secret@db:5432/expo' });
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/expo' }, cwd).database.dialect).toBe('postgres');
    const [line] = problems({ DATABASE_URL: 'mysql://expo:secret@db/expo' });
    expect(line).toMatch(/^DATABASE_URL: must be "sqlite:<file>"/);
    expect(line).not.toContain('secret');
  });

  it('reads the session secret, rate limits and cookie security, naming bad values', () => {
    const config = loadConfig({ SESSION_SECRET: 'x'.repeat(40), EXPO_LOGIN_RATE_LIMIT: '5', EXPO_BEACON_RATE_LIMIT: '1000000', SECURE_COOKIES: '1' }, cwd);
    expect(config).toMatchObject({ sessionSecret: 'x'.repeat(40), rateLimits: { loginPer15Min: 5, signUpPerHour: 20, beaconsPerMinute: 1_000_000 }, secureCookies: true });
    expect(problems({ SESSION_SECRET: 'short' })).toEqual(['SESSION_SECRET: must be at least 32 characters']);
    expect(problems({ EXPO_LOGIN_RATE_LIMIT: 'lots' })).toEqual(['EXPO_LOGIN_RATE_LIMIT: must be a whole number of requests']);
    expect(problems({ SECURE_COOKIES: 'yes' })).toEqual(['SECURE_COOKIES: must be 0 or 1']);
  });
});
