import type { Client } from '@colyseus/core';
import { describe, expect, it } from 'vitest';
import { TickWrites } from './tick-writes';

/** A client whose socket records cork depth and what was written while corked vs flushed. */
function fakeClient() {
  const socket = {
    depth: 0,
    flushes: 0,
    cork() {
      this.depth++;
    },
    uncork() {
      this.depth--;
      if (this.depth === 0) this.flushes++;
    },
  };
  return { client: { ref: { _socket: socket } } as unknown as Client, socket };
}

describe('TickWrites', () => {
  it('holds every client socket corked for the tick and releases each once', () => {
    const a = fakeClient();
    const b = fakeClient();
    const writes = new TickWrites();
    writes.begin([a.client, b.client]);
    expect([a.socket.depth, b.socket.depth]).toEqual([1, 1]);
    // A frame sent meanwhile corks and uncorks inside (as ws does): nothing leaves yet.
    a.socket.cork();
    a.socket.uncork();
    expect(a.socket.flushes).toBe(0);
    writes.end();
    expect([a.socket.depth, b.socket.depth, a.socket.flushes, b.socket.flushes]).toEqual([0, 0, 1, 1]);
    // A second end() has nothing left to release.
    writes.end();
    expect(a.socket.depth).toBe(0);
  });

  it('skips clients without a socket it can hold (another transport, a closed one)', () => {
    const writes = new TickWrites();
    const bare = { ref: {} } as unknown as Client;
    const closed = { ref: { _socket: null } } as unknown as Client;
    expect(() => {
      writes.begin([bare, closed]);
      writes.end();
    }).not.toThrow();
  });
});
