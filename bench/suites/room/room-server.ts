import { loadConfig, RoomMetrics, startExpoServer } from '../../../server';
import { serveIpcRequests } from '../../support/ipc-child';

/**
 * The server under test for `npm run bench -- room`, in its own process: the real expo server
 * (configured from the environment like `npm run serve`: DATA_DIR, EXPO_ROOM_AOI,
 * EXPO_ROOM_MAX_CLIENTS…) plus a RoomMetrics that every hall room reports its patch ticks to.
 * The bench asks over IPC: `start` → `{ url }`, `resetMetrics`, `metrics` → the tick snapshot,
 * `memory` → RSS after a full GC.
 */
const config = loadConfig(process.env);
const metrics = new RoomMetrics();
let server: Awaited<ReturnType<typeof startExpoServer>> | undefined;

serveIpcRequests({
  async start() {
    server ??= await startExpoServer({
      port: 0,
      host: '127.0.0.1',
      dataDir: config.dataDir,
      database: config.database,
      rooms: config.rooms,
      roomMetrics: metrics,
      log: () => undefined,
    });
    return { url: `http://127.0.0.1:${server.port}`, aoiEnabled: config.rooms.aoiEnabled, maxClients: config.rooms.maxClients };
  },
  resetMetrics() {
    metrics.reset();
  },
  metrics() {
    return metrics.snapshot();
  },
  /** Resident memory after a full collection (the bench starts this process with --expose-gc), so garbage is not counted as growth. */
  memory() {
    (globalThis as { gc?: () => void }).gc?.();
    const usage = process.memoryUsage();
    return { rssMB: usage.rss / 2 ** 20, heapMB: (usage.heapUsed + usage.external + usage.arrayBuffers) / 2 ** 20 };
  },
});

const stop = async () => {
  await server?.close().catch(() => undefined);
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
