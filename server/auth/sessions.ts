import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { Role } from '../../model';

/** What a session token says: who, in which role, for which expo. The database stays the truth. */
export interface SessionClaims {
  userId: string;
  role: Role;
  expoId: string;
}

export interface SessionTokens {
  issue(claims: SessionClaims): Promise<{ token: string; expiresAt: Date }>;
  /** The claims of a valid, unexpired token, or undefined. */
  verify(token: string): Promise<SessionClaims | undefined>;
  readonly ttlSeconds: number;
}

const ISSUER = 'open-expo';
export const SESSION_COOKIE = 'expo_session';

/**
 * Signed, expiring session tokens (JWT, HS256). The same token works as an httpOnly cookie for
 * pages and as a Bearer token for scripts and the hall rooms.
 */
export function createSessionTokens(secret: Uint8Array, ttlSeconds = 12 * 3600): SessionTokens {
  if (secret.length < 32) throw new Error('session secret must be at least 32 bytes');
  return {
    ttlSeconds,
    async issue(claims) {
      const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
      const token = await new SignJWT({ role: claims.role, expo: claims.expoId })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(claims.userId)
        .setIssuer(ISSUER)
        .setIssuedAt()
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(secret);
      return { token, expiresAt };
    },
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, secret, { issuer: ISSUER, algorithms: ['HS256'] });
        const { sub, role, expo } = payload;
        if (typeof sub !== 'string' || typeof expo !== 'string' || (role !== 'organizer' && role !== 'exhibitor' && role !== 'visitor')) return undefined;
        return { userId: sub, role, expoId: expo };
      } catch {
        return undefined;
      }
    },
  };
}

/**
 * The signing secret: `SESSION_SECRET` (hex or any string of ≥ 32 characters) when set — the same
 * on every server process — else a random one kept in `<dataDir>/session-secret` so that a restart
 * does not sign everybody out.
 */
export function loadSessionSecret(dataDir: string, fromEnv: string | undefined): Uint8Array {
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('SESSION_SECRET must be at least 32 characters');
    return new TextEncoder().encode(fromEnv);
  }
  const file = path.join(dataDir, 'session-secret');
  try {
    return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const secret = randomBytes(32);
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, secret.toString('hex'), { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    // Another process sharing the data folder wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
  }
}
