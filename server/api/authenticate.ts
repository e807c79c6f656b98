import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { parse as parseCookies } from 'cookie';
import type { ReviewStatus, Role, UserSummary } from '../../model';
import { SESSION_COOKIE, type SessionTokens } from '../auth';
import type { Store } from '../store';
import { ApiError } from './api-error';

/** The user behind a request, read fresh from the store (a deleted account stops working at once). */
export interface SignedInUser {
  id: string;
  email: string;
  role: Role;
  expoId: string;
  exhibitorId?: string;
  displayName: string;
  status: ReviewStatus;
  reviewReason?: string;
  /** How the request proved who it is; cookie-borne writes get a same-origin check. */
  via: 'cookie' | 'bearer';
}

/** Looks up a user's account and review status, as `/api/me` reports it. */
export async function loadSignedInUser(store: Store, userId: string, via: SignedInUser['via']): Promise<SignedInUser | undefined> {
  const user = await store.users.get(userId);
  if (!user) return undefined;
  let status: ReviewStatus = 'approved';
  let reviewReason: string | undefined;
  if (user.role === 'exhibitor' && user.exhibitorId) {
    const registration = await store.exhibitorRegistrations.getByExhibitor(user.exhibitorId);
    const exhibitor = await store.exhibitors.get(user.exhibitorId);
    status = exhibitor?.status ?? registration?.status ?? 'pending';
    reviewReason = registration?.reviewReason;
  } else if (user.role === 'visitor') {
    const registration = await store.visitorRegistrations.getByUser(user.id);
    status = registration?.status ?? 'approved';
    reviewReason = registration?.reviewReason;
  }
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    expoId: user.expoId,
    ...(user.exhibitorId ? { exhibitorId: user.exhibitorId } : {}),
    displayName: user.displayName,
    status,
    ...(reviewReason ? { reviewReason } : {}),
    via,
  };
}

export function toUserSummary(user: SignedInUser): UserSummary {
  const { via: _via, ...summary } = user;
  return summary;
}

/**
 * Reads the session from `Authorization: Bearer <token>` or the `expo_session` cookie and puts the
 * user in `res.locals.user`. A missing or invalid token is simply "signed out": routes that need a
 * user answer 401 themselves. Writes authenticated by cookie must come from our own origin.
 */
export function authenticate(store: Store, tokens: SessionTokens): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    void (async () => {
      const header = req.get('authorization');
      const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
      const cookie = bearer ? undefined : parseCookies(req.get('cookie') ?? '')[SESSION_COOKIE];
      const token = bearer ?? cookie;
      if (!token) return next();
      const claims = await tokens.verify(token);
      if (!claims) return next();
      const user = await loadSignedInUser(store, claims.userId, bearer ? 'bearer' : 'cookie');
      if (!user) return next();
      if (user.via === 'cookie' && !isSafeMethod(req.method) && !sameOrigin(req)) {
        return next(new ApiError(403, 'forbidden', 'cross-origin request refused: writes with the session cookie must come from this site'));
      }
      res.locals.user = user;
      next();
    })().catch(next);
  };
}

function isSafeMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD' || method === 'OPTIONS';
}

/**
 * The cookie is SameSite=Strict already; this second check refuses a write whose Origin (or,
 * lacking one, Referer) names another host. Requests with neither (curl, tests) pass.
 */
function sameOrigin(req: Request): boolean {
  const source = req.get('origin') ?? req.get('referer');
  if (!source || source === 'null') return source !== 'null';
  try {
    return new URL(source).host === req.get('host');
  } catch {
    return false;
  }
}
