import { createHash } from 'node:crypto';
import { parse as parseCookies } from 'cookie';
import { ServerError, type AuthContext } from '@colyseus/core';
import { formatIssues, HallJoinOptions, LIMITS, type AvatarRole, type Role } from '../../model';
import { SESSION_COOKIE } from '../auth';

/** The account behind a verified session, as the room needs it (no contact data is read). */
export interface RoomAccount {
  id: string;
  role: Role;
  expoId: string;
  exhibitorId?: string;
  displayName: string;
}

/** Who a client is in the room: decided here, on the server, never taken from the client. */
export interface RoomIdentity {
  name: string;
  color: string;
  role: AvatarRole;
  /** Set for organizers of this hall's expo: they may mute and kick. */
  moderator: boolean;
  /** The exhibitor whose staff this is (their booth channel reaches them anywhere). */
  staffOf: string | undefined;
  /** Pseudonymous id for analytics: a hash of the account id, or the guest's session id. */
  visitorId: string;
  userId: string | undefined;
}

/** Close/refusal codes of the join (the SDK rejects `joinOrCreate` with them). */
export const JOIN_REFUSED = { signInRequired: 4401, badOptions: 4400, kicked: 4403 } as const;

const DEFAULT_COLOR = '#4a90d9';

/**
 * Verifies who is joining. The session token comes from the SDK's auth token (`_authToken`) or
 * from the `expo_session` cookie on the WebSocket upgrade, and is checked by the API's own
 * `readSession` (same secret, same code). A signed-in visitor's name and role come from the
 * account; a guest (when allowed) uses the name from the join options.
 */
export async function identify(
  options: unknown,
  context: Pick<AuthContext, 'token' | 'headers'>,
  hall: { expoId: string },
  sessionId: string,
  readSession: (token: string) => Promise<RoomAccount | undefined>,
  allowGuests: boolean,
): Promise<RoomIdentity> {
  const parsed = HallJoinOptions.safeParse(options);
  if (!parsed.success) throw new ServerError(JOIN_REFUSED.badOptions, `invalid join options: ${formatIssues(parsed.error).join('; ')}`);
  const join = parsed.data;
  const token = context.token || parseCookies(context.headers?.get('cookie') ?? '')[SESSION_COOKIE];
  const account = token ? await readSession(token) : undefined;
  const color = join.color ?? DEFAULT_COLOR;
  if (!account) {
    if (!allowGuests) {
      throw new ServerError(JOIN_REFUSED.signInRequired, token ? 'your session has expired: sign in again to enter this hall' : 'sign in to enter this hall');
    }
    return { name: join.name, color, role: 'visitor', moderator: false, staffOf: undefined, visitorId: `guest-${sessionId}`, userId: undefined };
  }
  const ofThisExpo = account.expoId === hall.expoId;
  const moderator = account.role === 'organizer' && ofThisExpo;
  const staffOf = account.role === 'exhibitor' && account.exhibitorId ? account.exhibitorId : undefined;
  return {
    name: account.displayName.slice(0, LIMITS.displayName),
    color,
    role: moderator ? 'organizer' : staffOf ? 'staff' : 'visitor',
    moderator,
    staffOf,
    visitorId: `user-${createHash('sha256').update(account.id).digest('base64url').slice(0, 22)}`,
    userId: account.id,
  };
}
