import type { SpatialHash } from './spatial-hash';

/**
 * Reusable buffers for `nearestWithin`, sized for the room's avatar slots; one per room so the
 * area-of-interest pass allocates nothing per client.
 */
export class NearestScratch {
  candidates: number[] = [];
  dist2: Float64Array = new Float64Array(0);
  /** Distances copied for the selection of the K-th nearest (reordered in place). */
  select: Float64Array = new Float64Array(0);
  ensure(slots: number): void {
    if (this.dist2.length < slots) this.dist2 = new Float64Array(Math.max(slots, this.dist2.length * 2, 64));
  }
  ensureSelect(n: number): void {
    if (this.select.length < n) this.select = new Float64Array(Math.max(n, this.select.length * 2, 64));
  }
}

/**
 * The ids within `radius` of (x, z) — at most `max`, the nearest — written into `out` (cleared
 * first), nearest first; `scratch.dist2[id]` holds each one's squared distance afterwards.
 * `xs`/`zs` hold each id's position; `skip` is left out (the viewer itself).
 */
export function nearestWithin(
  hash: SpatialHash,
  xs: ArrayLike<number>,
  zs: ArrayLike<number>,
  x: number,
  z: number,
  radius: number,
  max: number,
  skip: number,
  scratch: NearestScratch,
  out: number[],
): number[] {
  out.length = 0;
  if (max <= 0) return out;
  const candidates = hash.query(x, z, radius, (scratch.candidates.length = 0, scratch.candidates));
  scratch.ensure(xs.length);
  const r2 = radius * radius;
  const dist2 = scratch.dist2;
  for (const id of candidates) {
    if (id === skip) continue;
    const dx = xs[id]! - x;
    const dz = zs[id]! - z;
    const d2 = dx * dx + dz * dz;
    if (d2 > r2) continue;
    dist2[id] = d2;
    out.push(id);
  }
  if (out.length > max) {
    // In a crowd hundreds are in range: find the max-th distance in linear time and sort only
    // those at or under it, instead of sorting everyone for every viewer.
    scratch.ensureSelect(out.length);
    const select = scratch.select;
    for (let i = 0; i < out.length; i++) select[i] = dist2[out[i]!]!;
    const cut = kthSmallest(select, out.length, max - 1);
    let kept = 0;
    for (let i = 0; i < out.length; i++) if (dist2[out[i]!]! <= cut) out[kept++] = out[i]!;
    out.length = kept;
  }
  sortBy = dist2;
  out.sort(byDistance);
  // Ties at the cut can leave a few more than max.
  if (out.length > max) out.length = max;
  return out;
}

/** The distances the module-level comparator reads (a closure per call would allocate). */
let sortBy: Float64Array = new Float64Array(0);
const byDistance = (a: number, b: number): number => sortBy[a]! - sortBy[b]!;

/** The k-th smallest (0-based) of a[0..n) by quickselect; reorders that prefix. */
function kthSmallest(a: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}
