import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import type { Role } from '../../model';
import { ApiError, parseInput } from './api-error';
import type { SignedInUser } from './authenticate';
import { sendJson } from './send-json';

export type Access = 'public' | 'signed-in' | readonly Role[];

/**
 * One API route, described once: the OpenAPI document is generated from these specs, and the same
 * schemas parse the request before the handler runs — so no route can skip validation.
 */
export interface RouteSpec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  method: 'get' | 'post' | 'put' | 'delete';
  /** Express-style path relative to `/api`, e.g. `/halls/:id`. */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  params?: P;
  query?: Q;
  /** A JSON body schema, or `'multipart'` for file uploads the handler streams itself. */
  body?: B | 'multipart';
  /** Largest JSON body accepted (express `limit` syntax); default `64kb`. */
  bodyLimit?: string;
  /** Also parse a `text/plain` body as JSON (what `navigator.sendBeacon` sends); other routes refuse it. */
  acceptTextPlain?: boolean;
  /** Status of a successful answer (default 200) and its schema, for the document. */
  success?: { status?: number; schema?: z.ZodType; description?: string };
  /** Error statuses the route may answer, for the document. */
  errors?: readonly number[];
  /** `Cache-Control` of a successful answer; GETs default to `no-cache` (revalidate with the ETag). */
  cacheControl?: string;
}

export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  /** Set when the route needs a signed-in user (and always when one is signed in). */
  user: SignedInUser | undefined;
  req: Request;
  res: Response;
}

/** What a handler returns: a body to send as JSON, or nothing when it answered itself. */
export type RouteResult = unknown;

export interface RegisteredRoute {
  spec: RouteSpec<z.ZodType, z.ZodType, z.ZodType>;
}

/** Collects the routes of the API for the OpenAPI document. */
export class RouteRegistry {
  readonly routes: RegisteredRoute[] = [];
}

/** Registers a route on `router` and in `registry`: parse params/query/body, check access, run, answer. */
export function route<P extends z.ZodType = z.ZodUnknown, Q extends z.ZodType = z.ZodUnknown, B extends z.ZodType = z.ZodUnknown>(
  router: Router,
  registry: RouteRegistry,
  spec: RouteSpec<P, Q, B>,
  handler: (input: RouteInput<z.infer<P>, z.infer<Q>, z.infer<B>>) => Promise<RouteResult> | RouteResult,
): void {
  registry.routes.push({ spec: spec as unknown as RouteSpec<z.ZodType, z.ZodType, z.ZodType> });
  const middlewares: express.RequestHandler[] = [];
  if (spec.body && spec.body !== 'multipart') {
    const type = spec.acceptTextPlain ? ['application/json', 'text/plain'] : 'application/json';
    middlewares.push(express.json({ limit: spec.bodyLimit ?? '64kb', type }), requireBody);
  }
  router[spec.method](spec.path, ...middlewares, async (req: Request, res: Response) => {
    const user = res.locals.user as SignedInUser | undefined;
    checkAccess(spec.access, user);
    const params = spec.params ? parseInput(spec.params, req.params, 'path parameters') : req.params;
    const query = spec.query ? parseInput(spec.query, req.query, 'query') : {};
    const body = spec.body && spec.body !== 'multipart' ? parseInput(spec.body, req.body, 'request body') : undefined;
    const result = await handler({ params, query, body, user, req, res } as RouteInput<z.infer<P>, z.infer<Q>, z.infer<B>>);
    if (res.headersSent || result === undefined) return;
    const status = spec.success?.status ?? 200;
    res.status(status);
    if (spec.method === 'get') sendJson(req, res, result, spec.cacheControl ?? 'no-cache');
    else res.set('Cache-Control', 'no-store').json(result);
  });
}

function checkAccess(access: Access, user: SignedInUser | undefined): void {
  if (access === 'public') return;
  if (!user) throw new ApiError(401, 'unauthorized', 'sign in first');
  if (access !== 'signed-in' && !access.includes(user.role)) {
    throw new ApiError(403, 'forbidden', `only ${access.join(' or ')} accounts may do this`);
  }
}

/** express.json leaves `req.body` undefined for an empty or non-JSON body: say so instead of "invalid". */
function requireBody(req: Request, _res: Response, next: NextFunction): void {
  if (req.body === undefined) {
    next(new ApiError(415, 'unsupported_media_type', 'send the body as JSON with Content-Type: application/json'));
    return;
  }
  next();
}
