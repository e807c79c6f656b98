import { describe, expect, it, vi } from 'vitest';
import { TypedEmitter } from './events';

describe('TypedEmitter', () => {
  it('delivers payloads to listeners until they are removed', () => {
    const e = new TypedEmitter<{ ping: { n: number } }>();
    const got: number[] = [];
    const off = e.on('ping', (p) => got.push(p.n));
    e.emit('ping', { n: 1 });
    off();
    e.emit('ping', { n: 2 });
    expect(got).toEqual([1]);
    expect(e.listenerCount('ping')).toBe(0);
  });

  it('keeps calling the other listeners when one throws, and logs the error', () => {
    const e = new TypedEmitter<{ ping: number }>();
    const got: number[] = [];
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    e.on('ping', () => {
      throw new Error('page bug');
    });
    e.on('ping', (n) => got.push(n));
    e.emit('ping', 7);
    expect(got).toEqual([7]);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('"ping"'), expect.any(Error));
    log.mockRestore();
  });
});
