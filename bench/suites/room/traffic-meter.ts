/**
 * Bytes a server → client WebSocket frame of `payload` bytes takes on the wire above TCP: the
 * payload plus its unmasked frame header (2 bytes, +2 for 126–65,535 bytes, +8 beyond). The
 * benchmark's "payload + framing"; TCP/IP headers are not counted.
 */
export function wsFrameBytes(payload: number): number {
  return payload + (payload < 126 ? 2 : payload <= 0xffff ? 4 : 10);
}

/** Nearest-rank percentile of an unsorted list (copied and sorted); 0 for an empty one. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/**
 * The moves one client sent, newest last, as wire centimetres with their send time, so an observer
 * that sees the avatar arrive at a position can tell how long that position took to reach it.
 * Bounded: only the last `capacity` moves are kept (older ones can no longer be matched).
 */
export class SentMoves {
  private readonly xs: Int32Array;
  private readonly zs: Int32Array;
  private readonly at: Float64Array;
  private count = 0;

  constructor(private readonly capacity = 64) {
    this.xs = new Int32Array(capacity);
    this.zs = new Int32Array(capacity);
    this.at = new Float64Array(capacity);
  }

  record(xCm: number, zCm: number, sentAt: number): void {
    const slot = this.count % this.capacity;
    this.xs[slot] = xCm;
    this.zs[slot] = zCm;
    this.at[slot] = sentAt;
    this.count++;
  }

  /** When the newest move to exactly (xCm, zCm) was sent, or undefined if none of the kept ones went there. */
  sentAtOf(xCm: number, zCm: number): number | undefined {
    const oldest = Math.max(0, this.count - this.capacity);
    for (let i = this.count - 1; i >= oldest; i--) {
      const slot = i % this.capacity;
      if (this.xs[slot] === xCm && this.zs[slot] === zCm) return this.at[slot];
    }
    return undefined;
  }
}
