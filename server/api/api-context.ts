import type { RequestHandler, Router } from 'express';
import type { SessionTokens } from '../auth';
import type { Store } from '../store';
import type { BlobStore, UploadLimits } from '../uploads';
import type { BeaconWriter } from './beacon-writer';
import type { ResponseCache } from './response-cache';
import type { RouteRegistry } from './route';
import type { SearchService } from './search-service';

/** What every group of routes shares. Built once in `createApi`. */
export interface ApiContext {
  store: Store;
  router: Router;
  registry: RouteRegistry;
  cache: ResponseCache;
  tokens: SessionTokens;
  search: SearchService;
  beacons: BeaconWriter;
  /** Public files (models, images) served at `/media`. */
  media: BlobStore;
  /** Private files (business licences), served only through authorized routes. */
  documents: BlobStore;
  uploadLimits: UploadLimits;
  rateLimits: { login: RequestHandler; signUp: RequestHandler; beacons: RequestHandler };
  /** Whether the session cookie gets `Secure` (behind HTTPS). */
  secureCookies: boolean;
}
