import { WebSocket as NodeWebSocket } from 'ws';

/**
 * @colyseus/core 0.18 checks a reconnecting client with the global `WebSocket.OPEN`, which Node 20
 * lacks (Node 22 has one): without it every reconnection fails with "WebSocket is not defined".
 * `ws` is the library the WebSocket transport itself runs on (and the SDK's own Node fallback),
 * so naming it globally changes nothing else. A no-op where a global WebSocket exists.
 */
export function ensureWebSocketGlobal(): void {
  const scope = globalThis as { WebSocket?: unknown };
  scope.WebSocket ??= NodeWebSocket;
}
