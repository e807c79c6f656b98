import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { Server as ColyseusServer } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import express from 'express';
import { HALL_ROOM } from '../model';
import { createApi } from './api/create-api';
import { createHallRoom } from './rooms/hall-room';
import { openStore, type Store } from './store';
import { seedIfEmpty } from './seed';
import { staticPages } from './static-pages';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../..');

export interface ExpoServerOptions {
  port: number;
  host?: string;
  dataDir: string;
  /** SQLite file to use instead of `<dataDir>/expo.sqlite`. */
  databaseFile?: string;
  distDir?: string;
  assetsDir?: string;
  /** Visitors per hall room instance before a joiner lands in another instance. */
  maxClientsPerRoom?: number;
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
  const store = await openStore({ dataDir: options.dataDir, ...(options.databaseFile ? { file: options.databaseFile } : {}) });
  const seeded = await seedIfEmpty(store);
  if (seeded) log(`seeded the demo expo (${seeded.exhibitors} exhibitors, ${seeded.products} products) into ${store.location} in ${Math.round(seeded.ms)} ms`);

  const app = express();
  app.disable('x-powered-by');
  app.use('/api', createApi(store));
  app.use(
    staticPages({
      distDir: options.distDir ?? resolve(repoRoot, 'dist'),
      assetsDir: options.assetsDir ?? resolve(repoRoot, 'assets'),
    }),
  );

  const httpServer: HttpServer = createServer(app);
  const colyseus = new ColyseusServer({
    transport: new WebSocketTransport({ server: httpServer }),
    greet: false,
    gracefullyShutdown: false,
  });
  const HallRoom = createHallRoom({
    findLayout: (hallId) => store.halls.findLayout(hallId),
    maxClients: options.maxClientsPerRoom ?? 500,
  });
  colyseus.define(HALL_ROOM, HallRoom).filterBy(['hallId']);
  // A busy port is reported as an 'error' event on the HTTP server, not as a rejection.
  const listenFailed = new Promise<never>((_, reject) => httpServer.once('error', reject));
  try {
    await Promise.race([colyseus.listen(options.port, options.host), listenFailed]);
  } catch (error) {
    await colyseus.gracefullyShutdown(false).catch(() => undefined);
    await store.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new Error(`port ${options.port} is already in use: stop the other server or set PORT to another port`, { cause: error });
    if (code === 'EACCES') throw new Error(`no permission to listen on port ${options.port}: set PORT to a port above 1023`, { cause: error });
    throw error;
  }

  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}`,
    port,
    store,
    async close() {
      await colyseus.gracefullyShutdown(false);
      await new Promise<void>((done) => httpServer.close(() => done()));
      await store.close();
    },
  };
}
