import { describe, expect, it } from 'vitest';
import { TokenBucket } from './token-bucket';

describe('TokenBucket', () => {
  it('allows a burst, then refuses with the wait until the next token', () => {
    const bucket = new TokenBucket(3, 0.5, 0);
    expect([bucket.take(0), bucket.take(0), bucket.take(0)]).toEqual([0, 0, 0]);
    expect(bucket.take(0)).toBe(2000);
    expect(bucket.take(1000)).toBe(1000);
    expect(bucket.take(2000)).toBe(0);
    expect(bucket.take(2000)).toBe(2000);
  });

  it('never holds more than its capacity after a long pause', () => {
    const bucket = new TokenBucket(2, 1, 0);
    bucket.take(0);
    const later = 3_600_000;
    expect([bucket.take(later), bucket.take(later)]).toEqual([0, 0]);
    expect(bucket.take(later)).toBeGreaterThan(0);
  });
});
