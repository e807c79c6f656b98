import express, { type Request, type Response } from 'express';
import { LoginRequest, SessionInfo, UserSummary } from '../../../model';
import { decoyPasswordHash, SESSION_COOKIE, verifyPassword } from '../../auth';
import { ApiError } from '../api-error';
import type { ApiContext } from '../api-context';
import { loadSignedInUser, toUserSummary } from '../authenticate';
import { route } from '../route';
import type { Store } from '../../store';

/** Signs a user in: a token in the body and the same token as an httpOnly cookie. */
export async function startSession(ctx: ApiContext, res: Response, userId: string): Promise<SessionInfo> {
  const user = await loadSignedInUser(ctx.store, userId, 'bearer');
  if (!user) throw new Error(`user ${userId} vanished while signing in`);
  const { token, expiresAt } = await ctx.tokens.issue({ userId: user.id, role: user.role, expoId: user.expoId });
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.secureCookies,
    path: '/',
    maxAge: ctx.tokens.ttlSeconds * 1000,
  });
  return { token, expiresAt: expiresAt.toISOString(), user: toUserSummary(user) };
}

/** Audits a sign-in the rate limit refused, under the email it tried when the body says one. */
export async function recordRefusedLogin(store: Store, req: Request): Promise<void> {
  const email = LoginRequest.shape.email.safeParse((req.body as { email?: unknown } | undefined)?.email);
  await store.users.recordLogin({
    at: new Date().toISOString(),
    email: email.success ? email.data : '',
    ip: req.ip ?? 'unknown',
    userAgent: (req.get('user-agent') ?? '').slice(0, 300),
    outcome: 'rate_limited',
  });
}

export function authRoutes(ctx: ApiContext): void {
  const { router, registry, store } = ctx;

  // Parsed before the limiter, so a refused attempt is audited under the email it tried.
  router.post('/auth/login', express.json({ limit: '8kb' }), ctx.rateLimits.login);
  route(
    router,
    registry,
    {
      method: 'post',
      path: '/auth/login',
      summary: 'Sign in with email and password (rate-limited; every attempt is audited)',
      tag: 'accounts',
      access: 'public',
      body: LoginRequest,
      success: { schema: SessionInfo },
      errors: [400, 401, 429],
    },
    async ({ body, req, res }) => {
      const user = await store.users.findByEmail(body.email);
      // Hash either way, so a wrong email takes as long as a wrong password.
      const ok = await verifyPassword(body.password, user?.passwordHash ?? (await decoyPasswordHash()));
      const outcome = !user ? 'unknown_user' : ok ? 'ok' : 'bad_password';
      await store.users.recordLogin({
        at: new Date().toISOString(),
        email: body.email,
        ...(user ? { userId: user.id } : {}),
        ip: req.ip ?? 'unknown',
        userAgent: (req.get('user-agent') ?? '').slice(0, 300),
        outcome,
      });
      if (!user || !ok) throw new ApiError(401, 'invalid_credentials', 'wrong email or password');
      return startSession(ctx, res, user.id);
    },
  );

  route(
    router,
    registry,
    { method: 'post', path: '/auth/logout', summary: 'Sign out (clears the session cookie)', tag: 'accounts', access: 'public', success: { status: 204 } },
    ({ res }) => {
      res.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure: ctx.secureCookies });
      res.status(204).end();
    },
  );

  route(
    router,
    registry,
    { method: 'get', path: '/me', summary: 'The signed-in user, with registration status', tag: 'accounts', access: 'signed-in', success: { schema: UserSummary }, errors: [401], cacheControl: 'no-store' },
    ({ user }) => toUserSummary(user!),
  );
}
