import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSessionTokens, hashPassword, loadSessionSecret, verifyPassword } from '.';

describe('passwords', () => {
  it('hashes with a fresh salt and verifies only the right password', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
  });
});

describe('session tokens', () => {
  const secret = new Uint8Array(32).fill(7);

  it('round-trips claims and refuses tampered, foreign and expired tokens', async () => {
    const tokens = createSessionTokens(secret);
    const { token, expiresAt } = await tokens.issue({ userId: 'u-1', role: 'exhibitor', expoId: 'demo-expo' });
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now() + 11 * 3600 * 1000);
    expect(await tokens.verify(token)).toEqual({ userId: 'u-1', role: 'exhibitor', expoId: 'demo-expo' });

    const [head, body, sig] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body!, 'base64url').toString()), role: 'organizer' })).toString('base64url');
    expect(await tokens.verify(`${head}.${forged}.${sig}`)).toBeUndefined();
    expect(await createSessionTokens(new Uint8Array(32).fill(8)).verify(token)).toBeUndefined();

    const expired = await createSessionTokens(secret, -10).issue({ userId: 'u-1', role: 'visitor', expoId: 'demo-expo' });
    expect(await tokens.verify(expired.token)).toBeUndefined();
  });

  it('keeps a generated secret in the data folder across restarts', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'expo-secret-'));
    try {
      const first = loadSessionSecret(dir, undefined);
      expect(first.length).toBe(32);
      expect(loadSessionSecret(dir, undefined)).toEqual(first);
      expect((fs.statSync(path.join(dir, 'session-secret')).mode & 0o777).toString(8)).toBe('600');
      expect(() => loadSessionSecret(dir, 'short')).toThrow(/at least 32/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
