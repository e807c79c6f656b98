import type { Client } from '@colyseus/core';

/** The parts of a Node socket a tick batch uses. */
interface Corkable {
  cork(): void;
  uncork(): void;
}

/**
 * Holds every frame one patch tick sends a client — its state patch and its `poses` message —
 * in the socket until the tick ends, so they leave in one write (one `writev` system call)
 * instead of one each: at 500 clients the system calls were the tick's largest cost. Node
 * counts nested corks, so the WebSocket library's own cork around each frame nests inside.
 *
 * The socket is reached through the `ws` WebSocket's `_socket` field, which `ws` does not
 * document; where a transport has no such socket the frames simply go out one by one as before.
 */
export class TickWrites {
  private readonly corked: Corkable[] = [];

  begin(clients: Iterable<Client>): void {
    for (const client of clients) {
      const socket = socketOf(client);
      if (!socket) continue;
      socket.cork();
      this.corked.push(socket);
    }
  }

  /** Sends what the tick queued, one write per client. */
  end(): void {
    for (const socket of this.corked) socket.uncork();
    this.corked.length = 0;
  }
}

function socketOf(client: Client): Corkable | undefined {
  const socket = (client as { ref?: { _socket?: Partial<Corkable> | null } }).ref?._socket;
  return socket && typeof socket.cork === 'function' && typeof socket.uncork === 'function' ? (socket as Corkable) : undefined;
}
