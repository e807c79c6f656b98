import { describe, expect, it } from 'vitest';
import { percentile, SentMoves, wsFrameBytes } from './traffic-meter';

describe('traffic meter', () => {
  it('adds the WebSocket frame header a server sends (RFC 6455, unmasked)', () => {
    expect(wsFrameBytes(0)).toBe(2);
    expect(wsFrameBytes(125)).toBe(127);
    expect(wsFrameBytes(126)).toBe(130);
    expect(wsFrameBytes(65_535)).toBe(65_539);
    expect(wsFrameBytes(65_536)).toBe(65_546);
  });

  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted
    expect(percentile(values, 0.95)).toBe(95);
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([], 0.95)).toBe(0);
  });

  it('finds when a position was sent, the newest first, and forgets beyond its capacity', () => {
    const moves = new SentMoves(4);
    moves.record(100, 200, 1);
    moves.record(110, 200, 2);
    moves.record(100, 200, 3); // came back to the same spot: the newest send counts
    expect(moves.sentAtOf(100, 200)).toBe(3);
    expect(moves.sentAtOf(110, 200)).toBe(2);
    expect(moves.sentAtOf(999, 200)).toBeUndefined();
    moves.record(120, 200, 4);
    moves.record(130, 200, 5);
    moves.record(140, 200, 6);
    expect(moves.sentAtOf(110, 200)).toBeUndefined();
    expect(moves.sentAtOf(140, 200)).toBe(6);
  });
});
