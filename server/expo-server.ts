import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { Server as ColyseusServer, matchMaker } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import express from 'express';
import { HALL_ROOM } from '../model';
import { createApi } from './api/create-api';
import { securityHeaders, type RateLimits } from './api/security';
import type { DatabaseConfig } from './config';
import { createHallRoom } from './rooms/hall-room';
import type { RoomMetrics } from './rooms/room-metrics';
import { DEFAULT_ROOM_SETTINGS, type RoomSettings } from './rooms/room-settings';
import { loadWordFilter } from './rooms/word-filter';
import { listHallInstances, withInstanceRules } from './rooms/instances';
import { matchmakingBackends, type ScaleOutOptions } from './rooms/scale-out';
import { openStore, type Store } from './store';
import { DEMO_ACCOUNTS, seedDemoAccounts, seedIfEmpty } from './seed';
import { createDiskBlobStore, type UploadLimits } from './uploads';
import { staticPages } from './static-pages';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../..');

export interface ExpoServerOptions {
  port: number;
  host?: string;
  dataDir: string;
  /** The database: defaults to SQLite at `<dataDir>/expo.sqlite`. */
  database?: DatabaseConfig;
  sessionSecret?: string;
  rateLimits?: Partial<RateLimits>;
  uploadLimits?: Partial<UploadLimits>;
  secureCookies?: boolean;
  distDir?: string;
  assetsDir?: string;
  /** Visitors per hall room instance before a joiner lands in another instance (overrides `rooms.maxClients`). */
  maxClientsPerRoom?: number;
  /** Hall room settings (config.rooms); unset ones take DEFAULT_ROOM_SETTINGS. */
  rooms?: Partial<RoomSettings>;
  /** Receives the time of every patch tick of every hall room (the benchmark reads it). */
  roomMetrics?: RoomMetrics;
  /** Share rooms with other processes through Redis (`REDIS_URL`); default: this process alone. */
  scaleOut?: ScaleOutOptions;
  log?: (line: string) => void;
}

export interface ExpoServer {
  url: string;
  port: number;
  store: Store;
  close(): Promise<void>;
}

/**
 * One process, one port: Express serves the pages and the JSON API, and Colyseus rooms share
 * the same HTTP server for WebSockets and matchmaking.
 */
export async function startExpoServer(options: ExpoServerOptions): Promise<ExpoServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const database = options.database;
  const store = await openStore({
    dataDir: options.dataDir,
    ...(database?.dialect === 'sqlite' ? { file: database.file } : {}),
    ...(database?.dialect === 'postgres' ? { postgresUrl: database.url } : {}),
  });
  const seeded = await seedIfEmpty(store);
  if (seeded) {
    await seedDemoAccounts(store, createDiskBlobStore(resolve(options.dataDir, 'documents')));
    log(`seeded the demo expo (${seeded.exhibitors} exhibitors, ${seeded.products} products) into ${store.location} in ${Math.round(seeded.ms)} ms`);
    log(`demo sign-ins: organizer ${DEMO_ACCOUNTS.organizer.email} / ${DEMO_ACCOUNTS.organizer.password}, exhibitor ${DEMO_ACCOUNTS.exhibitor.email} / ${DEMO_ACCOUNTS.exhibitor.password}, visitor ${DEMO_ACCOUNTS.visitor.email} / ${DEMO_ACCOUNTS.visitor.password}`);
  }

  const api = createApi(store, {
    dataDir: options.dataDir,
    ...(options.sessionSecret ? { sessionSecret: options.sessionSecret } : {}),
    ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}),
    ...(options.uploadLimits ? { uploadLimits: options.uploadLimits } : {}),
    ...(options.secureCookies ? { secureCookies: true } : {}),
    hallInstances: listHallInstances,
  });
  const app = express();
  app.disable('x-powered-by');
  // Rate limits key on the client address; behind one reverse proxy, that is X-Forwarded-For's last hop.
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders());
  app.use('/api', api.router);
  app.use('/media', api.media);
  app.use(
    staticPages({
      distDir: options.distDir ?? resolve(repoRoot, 'dist'),
      assetsDir: options.assetsDir ?? resolve(repoRoot, 'assets'),
    }),
  );

  const httpServer: HttpServer = createServer(app);
  const matchmaking = matchmakingBackends(options.scaleOut ?? {});
  const colyseus = new ColyseusServer({
    transport: new WebSocketTransport({ server: httpServer }),
    ...(matchmaking.presence ? { presence: matchmaking.presence } : {}),
    ...(matchmaking.driver ? { driver: matchmaking.driver } : {}),
    ...(matchmaking.publicAddress ? { publicAddress: matchmaking.publicAddress } : {}),
    ...(matchmaking.selectProcessIdToCreateRoom ? { selectProcessIdToCreateRoom: matchmaking.selectProcessIdToCreateRoom } : {}),
    greet: false,
    gracefullyShutdown: false,
  });
  const roomSettings: RoomSettings = {
    ...DEFAULT_ROOM_SETTINGS,
    ...options.rooms,
    ...(options.maxClientsPerRoom ? { maxClients: options.maxClientsPerRoom } : {}),
  };
  const HallRoom = createHallRoom({
    ...api.rooms,
    settings: roomSettings,
    words: loadWordFilter(roomSettings.sensitiveWordsFile),
    ...(options.roomMetrics ? { metrics: options.roomMetrics } : {}),
    log,
  });
  // Instances: filtered by hall; a full one is locked, so joiners land in another (see rooms/instances.ts).
  colyseus.define(HALL_ROOM, withInstanceRules(HallRoom)).filterBy(['hallId']);
  // A busy port is reported as an 'error' event on the HTTP server, not as a rejection.
  const listenFailed = new Promise<never>((_, reject) => httpServer.once('error', reject));
  try {
    await Promise.race([colyseus.listen(options.port, options.host), listenFailed]);
  } catch (error) {
    await colyseus.gracefullyShutdown(false).catch(() => undefined);
    await api.close();
    await store.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new Error(`port ${options.port} is already in use: stop the other server or set PORT to another port`, { cause: error });
    if (code === 'EACCES') throw new Error(`no permission to listen on port ${options.port}: set PORT to a port above 1023`, { cause: error });
    throw error;
  }

  const port = (httpServer.address() as AddressInfo).port;
  // The process id names this process in room listings and seat reservations.
  if (options.scaleOut?.redisUrl) log(`${matchmaking.description}; this process is ${matchMaker.processId}`);
  void api.warm();
  return {
    url: `http://localhost:${port}`,
    port,
    store,
    async close() {
      await colyseus.gracefullyShutdown(false);
      await new Promise<void>((done) => httpServer.close(() => done()));
      await api.close();
      await store.close();
    },
  };
}
