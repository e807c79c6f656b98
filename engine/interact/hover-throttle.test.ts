import { describe, expect, it } from 'vitest';
import { HoverThrottle } from './hover-throttle';

describe('HoverThrottle', () => {
  it('picks nothing until the pointer moves', () => {
    const t = new HoverThrottle(100);
    expect(t.take(0)).toBe(false);
    expect(t.take(1000)).toBe(false);
  });

  it('picks at most once per interval, at the latest position, and only after a move', () => {
    const t = new HoverThrottle(100);
    t.move(10, 10);
    expect(t.take(0)).toBe(true);
    // 60 mouse events in the next 100 ms: no pick until the interval has passed…
    for (let i = 1; i <= 60; i++) {
      t.move(10 + i, 20);
      expect(t.take(i)).toBe(false);
    }
    expect(t.take(99)).toBe(false);
    // …then one, at the last position.
    expect(t.take(100)).toBe(true);
    expect([t.x, t.y]).toEqual([70, 20]);
    // The pointer rests: no more picks however much time passes.
    expect(t.take(500)).toBe(false);
  });

  it('drops a pending move when cancelled (a drag started, the pointer left)', () => {
    const t = new HoverThrottle(100);
    t.move(5, 5);
    t.cancel();
    expect(t.take(1000)).toBe(false);
  });
});
