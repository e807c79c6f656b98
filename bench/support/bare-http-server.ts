/**
 * The least a Node server can do to serve one response: `node:http`, no routing, no middleware,
 * the same bytes and headers for every request. Run as its own process by bench suites
 * (`spawnChildServer`) to measure the ceiling a real route is compared with.
 *
 * Environment: `BARE_BODY_FILE` (the body), `BARE_HEADERS` (JSON object of response headers).
 * Listens on 127.0.0.1 on a free port and prints `bare http server listening on port <port>`.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const bodyFile = process.env.BARE_BODY_FILE;
if (!bodyFile) throw new Error('bare-http-server: set BARE_BODY_FILE');
const body = readFileSync(bodyFile);
const headers = { ...(JSON.parse(process.env.BARE_HEADERS ?? '{}') as Record<string, string>), 'Content-Length': String(body.length) };

const server = createServer((req, res) => {
  // A request body (none is expected) must still be read for the connection to be kept alive.
  req.resume();
  res.writeHead(200, headers);
  res.end(body);
});
server.listen(0, '127.0.0.1', () => {
  console.log(`bare http server listening on port ${(server.address() as AddressInfo).port}`);
});
process.once('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
