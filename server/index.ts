/** server/ — one Node process: JSON API, Colyseus hall rooms, static pages and assets. */
export { startExpoServer, type ExpoServer, type ExpoServerOptions } from './expo-server';
export { loadConfig, type ExpoConfig } from './config';
export { openStore, type Store } from './store';
export { RoomMetrics } from './rooms/room-metrics';
export { seedDemoExpo, seedIfEmpty, SeededRandom, type SeedReport } from './seed';
