import { readFileSync } from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, type Router } from 'express';
import { createSessionTokens, loadSessionSecret } from '../auth';
import type { Store } from '../store';
import { createDiskBlobStore, DEFAULT_UPLOAD_LIMITS, type UploadLimits } from '../uploads';
import { apiErrorHandler, unknownRoute } from './api-error';
import type { ApiContext } from './api-context';
import type { AnalyticsEvent, HallView } from '../../model';
import { authenticate, loadSignedInUser, type SignedInUser } from './authenticate';
import { buildHallView } from './hall-view';
import { BeaconWriter } from './beacon-writer';
import { buildOpenApiDocument } from './openapi';
import { ResponseCache } from './response-cache';
import { route, RouteRegistry } from './route';
import { authRoutes, recordRefusedLogin } from './routes/auth-routes';
import { beaconRoutes } from './routes/beacon-routes';
import { boothRoutes } from './routes/booth-routes';
import { catalogueRoutes } from './routes/catalogue-routes';
import { eventRoutes } from './routes/event-routes';
import { exhibitorBoothRoutes } from './routes/exhibitor-booth-routes';
import { exhibitorRoutes } from './routes/exhibitor-routes';
import { hallRoutes } from './routes/hall-routes';
import { instanceRoutes, type HallInstanceLister } from './routes/instance-routes';
import { registrationRoutes } from './routes/registration-routes';
import { searchRoutes } from './routes/search-routes';
import { uploadRoutes } from './routes/upload-routes';
import { SearchService } from './search-service';
import { createRateLimiters, DEFAULT_RATE_LIMITS, type RateLimits } from './security';

export interface ApiOptions {
  /** Folder for uploaded files (`media/`, `documents/`) and the session secret. */
  dataDir: string;
  /** Reported by `/health`; defaults to the version in package.json. */
  version?: string;
  /** Receives unexpected errors (those answered with 500). Defaults to `console.error`. */
  logError?: (error: unknown) => void;
  /** Signing secret for sessions (`SESSION_SECRET`); else one kept in `<dataDir>/session-secret`. */
  sessionSecret?: string;
  rateLimits?: Partial<RateLimits>;
  uploadLimits?: Partial<UploadLimits>;
  /** Mark the session cookie `Secure` (set when served over HTTPS). */
  secureCookies?: boolean;
  /** Lists a hall's room instances (`GET /halls/:id/instances`); the server passes the matchmaker's. */
  hallInstances?: HallInstanceLister;
}

export interface Api {
  /** Mount at `/api`. */
  router: Router;
  /** Mount at `/media`: the checked, content-addressed uploads. */
  media: RequestHandler;
  /** Prepares what the first requests would otherwise wait for (the search index). */
  warm(): Promise<void>;
  /** Stops following the store and writes out queued beacons. Call before closing the store. */
  close(): Promise<void>;
  /** What the hall rooms share with the API: its session check, analytics writer and hall view. */
  rooms: RoomServices;
}

export interface RoomServices {
  /** The account behind a session token, checked exactly as API requests are; undefined when invalid. */
  readSession(token: string): Promise<SignedInUser | undefined>;
  /** Appends analytics events through the beacon writer (same transaction batching). */
  recordEvents(events: readonly AnalyticsEvent[]): Promise<void>;
  /** The hall as `GET /api/halls/:id` shows it, and the expo it belongs to. */
  findHall(hallId: string): Promise<{ expoId: string; view: HallView } | undefined>;
}

/**
 * The HTTP API. Every route is declared with `route()` (see `routes/`), which validates params,
 * query and body with the `model/` schemas, checks who may call it, and feeds the OpenAPI
 * document at `GET /api/openapi.json`. Errors answer `ApiErrorBody`; nothing leaks a stack trace.
 */
export function createApi(store: Store, options: ApiOptions): Api {
  const version = options.version ?? readPackageVersion();
  const logError = options.logError ?? ((error: unknown) => console.error('[api] unexpected error:', error));
  const router = express.Router();
  const registry = new RouteRegistry();
  const search = new SearchService(store);
  const tokens = createSessionTokens(loadSessionSecret(options.dataDir, options.sessionSecret));
  const media = createDiskBlobStore(path.join(options.dataDir, 'media'));
  const ctx: ApiContext = {
    store,
    router,
    registry,
    cache: new ResponseCache(() => store.dataVersion),
    tokens,
    search,
    beacons: new BeaconWriter(store),
    media,
    documents: createDiskBlobStore(path.join(options.dataDir, 'documents')),
    uploadLimits: { ...DEFAULT_UPLOAD_LIMITS, ...options.uploadLimits },
    rateLimits: createRateLimiters({ ...DEFAULT_RATE_LIMITS, ...options.rateLimits }, (req) => recordRefusedLogin(store, req)),
    secureCookies: options.secureCookies ?? false,
  };

  router.use(authenticate(store, tokens));
  route(router, registry, { method: 'get', path: '/health', summary: 'Liveness, version and database dialect', tag: 'meta', access: 'public', cacheControl: 'no-store' }, () => ({
    ok: true,
    version,
    uptimeS: Math.round(process.uptime()),
    db: store.dialect,
  }));
  authRoutes(ctx);
  catalogueRoutes(ctx);
  exhibitorRoutes(ctx);
  exhibitorBoothRoutes(ctx);
  eventRoutes(ctx);
  boothRoutes(ctx);
  hallRoutes(ctx);
  searchRoutes(ctx);
  registrationRoutes(ctx);
  uploadRoutes(ctx);
  beaconRoutes(ctx);
  if (options.hallInstances) instanceRoutes(ctx, options.hallInstances);

  let openApi: Record<string, unknown> | undefined;
  route(router, registry, { method: 'get', path: '/openapi.json', summary: 'This document', tag: 'meta', access: 'public', cacheControl: 'public, max-age=300' }, () => {
    openApi ??= buildOpenApiDocument(registry, version);
    return openApi;
  });

  router.use(unknownRoute);
  router.use(apiErrorHandler(logError));
  return {
    router,
    media: media.handler(),
    warm: () => ctx.search.warm().catch(logError),
    rooms: {
      async readSession(token) {
        const claims = await tokens.verify(token);
        return claims ? loadSignedInUser(store, claims.userId, 'bearer') : undefined;
      },
      recordEvents: (events) => ctx.beacons.write(events),
      async findHall(hallId) {
        const hall = await store.halls.get(hallId);
        const view = hall ? await buildHallView(store, hallId) : undefined;
        return hall && view ? { expoId: hall.expoId, view } : undefined;
      },
    },
    close: async () => {
      search.dispose();
      await ctx.beacons.close();
    },
  };
}

function readPackageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
