import type { Request, RequestHandler } from 'express';
import helmet from 'helmet';
import { rateLimit } from 'express-rate-limit';
import { ApiError } from './api-error';

/** Requests allowed per client (IP address) and window; configurable because a venue's NAT may put many visitors behind one address. */
export interface RateLimits {
  /** Sign-in attempts per 15 minutes. */
  loginPer15Min: number;
  /** Sign-ups per hour. */
  signUpPerHour: number;
  /** Beacon batches per minute (a hall page sends one every 10 s). */
  beaconsPerMinute: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { loginPer15Min: 20, signUpPerHour: 20, beaconsPerMinute: 120 };

function limiter(windowMs: number, limit: number, what: string, onLimited?: (req: Request) => Promise<void>): RequestHandler {
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (req, res, next) => {
      res.set('Retry-After', String(Math.ceil(windowMs / 1000)));
      const refuse = () => next(new ApiError(429, 'too_many_requests', `too many ${what} from this address: try again later`));
      if (onLimited) onLimited(req).then(refuse, next);
      else refuse();
    },
  });
}

/** `onLoginLimited` records a refused sign-in (the audit keeps those too). */
export function createRateLimiters(
  limits: RateLimits,
  onLoginLimited?: (req: Request) => Promise<void>,
): { login: RequestHandler; signUp: RequestHandler; beacons: RequestHandler } {
  return {
    login: limiter(15 * 60_000, limits.loginPer15Min, 'sign-in attempts', onLoginLimited),
    signUp: limiter(60 * 60_000, limits.signUpPerHour, 'sign-ups'),
    beacons: limiter(60_000, limits.beaconsPerMinute, 'analytics beacons'),
  };
}

/**
 * Security headers for every page and answer. The CSP allows only our own origin, plus what the
 * 3D view needs: `blob:` workers and images (Babylon decodes textures in workers), `data:` images,
 * and `wasm-unsafe-eval` to compile WebAssembly (physics). WebSocket rooms are same-origin.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        workerSrc: ["'self'", 'blob:'],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        // lit and Babylon set element styles from script; style attributes need 'unsafe-inline'.
        styleSrc: ["'self'", "'unsafe-inline'"],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", 'blob:', 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'self'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    // Models and images are fetched by our own pages only; COEP would block nothing useful here.
    crossOriginEmbedderPolicy: false,
  });
}
