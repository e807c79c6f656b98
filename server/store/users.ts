import type { Role } from '../../model';
import type { ExpoDb, LoginAuditTable, OnWrite } from './database';

/** A person who signs in, as the store keeps them. */
export interface UserRecord {
  id: string;
  email: string;
  passwordHash: string;
  role: Role;
  expoId: string;
  /** Exhibitor staff act for this exhibitor. */
  exhibitorId?: string;
  displayName: string;
  createdAt: string;
}

export interface LoginAttempt {
  at: string;
  email: string;
  userId?: string;
  ip: string;
  userAgent: string;
  outcome: LoginAuditTable['outcome'];
}

export type UserRepository = ReturnType<typeof createUserRepository>;

/** Accounts are not part of any cached public answer, so writes here do not move the data version. */
export function createUserRepository(db: ExpoDb, _onWrite: OnWrite) {
  const decode = (row: {
    id: string;
    email: string;
    password_hash: string;
    role: Role;
    expo_id: string;
    exhibitor_id: string | null;
    display_name: string;
    created_at: string;
  }): UserRecord => ({
    id: row.id,
    email: row.email,
    passwordHash: row.password_hash,
    role: row.role,
    expoId: row.expo_id,
    ...(row.exhibitor_id ? { exhibitorId: row.exhibitor_id } : {}),
    displayName: row.display_name,
    createdAt: row.created_at,
  });

  return {
    /** Stores a new user; the email must be lower-cased already (the model's `Email` does it). */
    async insert(user: UserRecord): Promise<void> {
      await db
        .insertInto('users')
        .values({
          id: user.id,
          email: user.email,
          password_hash: user.passwordHash,
          role: user.role,
          expo_id: user.expoId,
          exhibitor_id: user.exhibitorId ?? null,
          display_name: user.displayName,
          created_at: user.createdAt,
        })
        .execute();
    },

    async get(id: string): Promise<UserRecord | undefined> {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row && decode(row);
    },

    async findByEmail(email: string): Promise<UserRecord | undefined> {
      const row = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
      return row && decode(row);
    },

    /** Writes one line of the login audit. Not a data change: caches need not hear of it. */
    async recordLogin(attempt: LoginAttempt): Promise<void> {
      await db
        .insertInto('login_audit')
        .values({ at: attempt.at, email: attempt.email, user_id: attempt.userId ?? null, ip: attempt.ip, user_agent: attempt.userAgent, outcome: attempt.outcome })
        .execute();
    },

    /** The latest audit lines for an email, newest first. */
    async loginHistory(email: string, limit = 20): Promise<LoginAttempt[]> {
      const rows = await db.selectFrom('login_audit').selectAll().where('email', '=', email).orderBy('id', 'desc').limit(limit).execute();
      return rows.map((r) => ({ at: r.at, email: r.email, ...(r.user_id ? { userId: r.user_id } : {}), ip: r.ip, userAgent: r.user_agent, outcome: r.outcome }));
    },
  };
}
