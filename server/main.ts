import { loadConfig } from './config';
import { startExpoServer } from './expo-server';

/** `npm start` / `npm run serve`: read the environment, start, and say where to go. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const server = await startExpoServer({
    port: config.port,
    host: config.host,
    dataDir: config.dataDir,
    database: config.database,
    ...(config.sessionSecret ? { sessionSecret: config.sessionSecret } : {}),
    rateLimits: config.rateLimits,
    secureCookies: config.secureCookies,
    rooms: config.rooms,
    scaleOut: config.scaleOut,
  });
  console.log(`open-expo is serving the demo fair at ${server.url} (data in ${config.dataDir})`);
  const stop = async () => {
    console.log('shutting down…');
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
