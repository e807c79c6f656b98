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
    });
  });

  it('reads PORT, HOST and DATA_DIR, treating empty values as unset', () => {
    const config = loadConfig({ PORT: '3000', HOST: '127.0.0.1', DATA_DIR: '/var/lib/expo' }, cwd);
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', dataDir: '/var/lib/expo' });
    expect(config.database.file).toBe('/var/lib/expo/expo.sqlite');
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
    expect(loadConfig({ DATABASE_URL: 'sqlite:./db/fair.sqlite' }, cwd).database.file).toBe('/srv/expo/db/fair.sqlite');
    expect(loadConfig({ DATABASE_URL: 'file:///tmp/fair.sqlite' }, cwd).database.file).toBe('/tmp/fair.sqlite');
  });

  it('refuses PostgreSQL for now, saying when it lands, without echoing the URL', () => {
    const [line] = problems({ DATABASE_URL: 'postgres://expo:secret@db:5432/expo' });
    expect(line).toMatch(/^DATABASE_URL: PostgreSQL is not supported yet — it lands with the store issue/);
    expect(line).not.toContain('secret');
    expect(problems({ DATABASE_URL: 'postgresql://db/expo' })[0]).toMatch(/PostgreSQL/);
    expect(problems({ DATABASE_URL: 'mysql://db/expo' })[0]).toMatch(/^DATABASE_URL: must be "sqlite:<file>"/);
  });
});
