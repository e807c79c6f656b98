/**
 * When to pick for hover: only after the pointer moved, and at most once per `intervalMs`
 * (the last position wins). Between moves nothing is picked at all. Pure: the caller passes
 * the time, and reads `x`/`y` when `take` says a pick is due.
 */
export class HoverThrottle {
  x = 0;
  y = 0;
  private moved = false;
  private lastPickAt = -Infinity;

  constructor(private readonly intervalMs: number) {}

  /** The pointer is now at (x, y). */
  move(x: number, y: number): void {
    this.x = x;
    this.y = y;
    this.moved = true;
  }

  /** The pointer left (or started a drag): a pending move is dropped. */
  cancel(): void {
    this.moved = false;
  }

  /** True when a pick is due now; it then counts as done. */
  take(now: number): boolean {
    if (!this.moved || now - this.lastPickAt < this.intervalMs) return false;
    this.moved = false;
    this.lastPickAt = now;
    return true;
  }
}
