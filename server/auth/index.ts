/** server/auth — passwords (scrypt) and signed session tokens. */
export { hashPassword, verifyPassword, decoyPasswordHash } from './passwords';
export { createSessionTokens, loadSessionSecret, SESSION_COOKIE, type SessionClaims, type SessionTokens } from './sessions';
