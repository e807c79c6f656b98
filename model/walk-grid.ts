import type { FloorRect } from './solid-box';
import { WALK_RULES } from './walk-obstacles';

/**
 * Where a visitor's centre may be, as a grid over the hall floor: cell (i, j) covers
 * x ∈ [i·cellSize, (i+1)·cellSize), z ∈ [j·cellSize, (j+1)·cellSize); `blocked[j * cols + i]` is 1
 * when the cell's centre is closer than the clearance (the visitor's radius) to an obstacle.
 * Used for click-to-walk paths (engine), move checks (server) and reachability (editors).
 */
export interface WalkGrid {
  readonly cellSize: number;
  readonly cols: number;
  readonly rows: number;
  readonly blocked: Uint8Array;
}

export interface WalkGridOptions {
  /** Cell edge in metres (default WALK_RULES.cellSize). */
  cellSize?: number;
  /** How far the visitor's centre stays from any obstacle (default WALK_RULES.visitorRadius). */
  clearance?: number;
}

/** A point on the floor (metres). */
export interface FloorPoint {
  x: number;
  z: number;
}

/** How far (m) a blocked start or goal may be moved to the nearest walkable cell. */
const SNAP_DISTANCE = 1;

/** Rasterises the obstacles, grown by the clearance with rounded corners, onto a grid covering the hall. Pure. */
export function buildWalkGrid(size: { width: number; depth: number }, obstacles: readonly FloorRect[], options: WalkGridOptions = {}): WalkGrid {
  const cellSize = options.cellSize ?? WALK_RULES.cellSize;
  const clearance = options.clearance ?? WALK_RULES.visitorRadius;
  if (!(cellSize > 0) || !(clearance >= 0)) throw new RangeError(`walk grid needs cellSize > 0 and clearance ≥ 0 (got ${cellSize}, ${clearance})`);
  const cols = Math.max(1, Math.ceil(size.width / cellSize - 1e-9));
  const rows = Math.max(1, Math.ceil(size.depth / cellSize - 1e-9));
  const blocked = new Uint8Array(cols * rows);
  const c2 = clearance * clearance;
  for (const r of obstacles) {
    // Only cells whose centre can be within reach of this rectangle.
    const i0 = Math.max(0, Math.floor((r.minX - clearance) / cellSize - 0.5));
    const i1 = Math.min(cols - 1, Math.ceil((r.maxX + clearance) / cellSize - 0.5));
    const j0 = Math.max(0, Math.floor((r.minZ - clearance) / cellSize - 0.5));
    const j1 = Math.min(rows - 1, Math.ceil((r.maxZ + clearance) / cellSize - 0.5));
    for (let j = j0; j <= j1; j++) {
      const cz = (j + 0.5) * cellSize;
      const dz = cz < r.minZ ? r.minZ - cz : cz > r.maxZ ? cz - r.maxZ : 0;
      for (let i = i0; i <= i1; i++) {
        const cx = (i + 0.5) * cellSize;
        const dx = cx < r.minX ? r.minX - cx : cx > r.maxX ? cx - r.maxX : 0;
        // Strictly inside the clearance: a centre exactly `clearance` away only touches.
        if (dx * dx + dz * dz < c2) blocked[j * cols + i] = 1;
      }
    }
  }
  return { cellSize, cols, rows, blocked };
}

/** Whether a visitor's centre may be at (x, z): on the grid and in a free cell. */
export function isWalkable(grid: WalkGrid, x: number, z: number): boolean {
  const cell = cellAt(grid, x, z);
  return cell >= 0 && grid.blocked[cell] === 0;
}

/** The cell index holding (x, z), or -1 off the grid. */
function cellAt(grid: WalkGrid, x: number, z: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(z)) return -1;
  const i = Math.floor(x / grid.cellSize);
  const j = Math.floor(z / grid.cellSize);
  if (i < 0 || j < 0 || i >= grid.cols || j >= grid.rows) return -1;
  return j * grid.cols + i;
}

function centreOf(grid: WalkGrid, cell: number): FloorPoint {
  return { x: ((cell % grid.cols) + 0.5) * grid.cellSize, z: (Math.floor(cell / grid.cols) + 0.5) * grid.cellSize };
}

/** The free cell nearest (x, z) within `maxDistance`, or -1. */
function nearestFreeCell(grid: WalkGrid, x: number, z: number, maxDistance: number): number {
  const cx = Math.floor(x / grid.cellSize);
  const cz = Math.floor(z / grid.cellSize);
  const reach = Math.ceil(maxDistance / grid.cellSize);
  let best = -1;
  let bestD = maxDistance * maxDistance;
  for (let j = cz - reach; j <= cz + reach; j++) {
    if (j < 0 || j >= grid.rows) continue;
    for (let i = cx - reach; i <= cx + reach; i++) {
      if (i < 0 || i >= grid.cols || grid.blocked[j * grid.cols + i] !== 0) continue;
      const dx = (i + 0.5) * grid.cellSize - x;
      const dz = (j + 0.5) * grid.cellSize - z;
      const d = dx * dx + dz * dz;
      if (d <= bestD) {
        bestD = d;
        best = j * grid.cols + i;
      }
    }
  }
  return best;
}

/**
 * A walkable path from `from` to `to`: A* over the grid's cells (8 neighbours, no cutting
 * across a blocked corner), then shortened by dropping every corner the straight line can skip.
 * The first point is `from`, the last `to`; a start or goal in a blocked cell (a click on a
 * booth wall) moves to the nearest walkable spot within 1 m. Undefined when no path exists.
 */
export function findPath(grid: WalkGrid, from: FloorPoint, to: FloorPoint): FloorPoint[] | undefined {
  let start = cellAt(grid, from.x, from.z);
  if (start < 0 || grid.blocked[start] !== 0) start = nearestFreeCell(grid, from.x, from.z, SNAP_DISTANCE);
  let goal = cellAt(grid, to.x, to.z);
  const goalSnapped = goal < 0 || grid.blocked[goal] !== 0;
  if (goalSnapped) goal = nearestFreeCell(grid, to.x, to.z, SNAP_DISTANCE);
  if (start < 0 || goal < 0) return undefined;
  const cells = aStar(grid, start, goal);
  if (!cells) return undefined;
  const points = cells.map((c) => centreOf(grid, c));
  // The exact ends replace their cell centres when they are walkable themselves.
  if (cellAt(grid, from.x, from.z) === start) points[0] = { x: from.x, z: from.z };
  else points.unshift({ x: from.x, z: from.z });
  if (!goalSnapped) points[points.length - 1] = { x: to.x, z: to.z };
  if (points.length === 1) points.push({ ...points[0]! });
  return smoothPath(grid, points);
}

const SQRT2 = Math.SQRT2;
const DI = [1, -1, 0, 0, 1, 1, -1, -1];
const DJ = [0, 0, 1, -1, 1, -1, 1, -1];

function aStar(grid: WalkGrid, start: number, goal: number): number[] | undefined {
  const { cols, rows, blocked } = grid;
  const n = cols * rows;
  const g = new Float64Array(n).fill(Infinity);
  const came = new Int32Array(n).fill(-1);
  const closed = new Uint8Array(n);
  const heap = new MinHeap();
  const gi = goal % cols;
  const gj = Math.floor(goal / cols);
  // Octile distance: exact on an empty 8-connected grid, so the search stays admissible.
  const h = (c: number) => {
    const dx = Math.abs((c % cols) - gi);
    const dz = Math.abs(Math.floor(c / cols) - gj);
    return Math.max(dx, dz) + (SQRT2 - 1) * Math.min(dx, dz);
  };
  g[start] = 0;
  heap.push(start, h(start));
  while (heap.size > 0) {
    const c = heap.pop();
    if (closed[c]) continue;
    if (c === goal) break;
    closed[c] = 1;
    const ci = c % cols;
    const cj = Math.floor(c / cols);
    for (let k = 0; k < 8; k++) {
      const ni = ci + DI[k]!;
      const nj = cj + DJ[k]!;
      if (ni < 0 || nj < 0 || ni >= cols || nj >= rows) continue;
      const nc = nj * cols + ni;
      if (blocked[nc] || closed[nc]) continue;
      const diagonal = k >= 4;
      // No squeezing diagonally between two blocked cells or past a blocked corner.
      if (diagonal && (blocked[cj * cols + ni] || blocked[nj * cols + ci])) continue;
      const ng = g[c]! + (diagonal ? SQRT2 : 1);
      if (ng < g[nc]!) {
        g[nc] = ng;
        came[nc] = c;
        heap.push(nc, ng + h(nc));
      }
    }
  }
  if (g[goal] === Infinity) return undefined;
  const path: number[] = [];
  for (let c = goal; c !== -1; c = came[c]!) path.push(c);
  return path.reverse();
}

/** Drops every waypoint that the straight line from the last kept point to the one after it can skip. */
function smoothPath(grid: WalkGrid, points: FloorPoint[]): FloorPoint[] {
  const out: FloorPoint[] = [points[0]!];
  let anchor = 0;
  while (anchor < points.length - 1) {
    let next = anchor + 1;
    for (let k = points.length - 1; k > anchor + 1; k--) {
      if (clearLine(grid, points[anchor]!, points[k]!)) {
        next = k;
        break;
      }
    }
    out.push(points[next]!);
    anchor = next;
  }
  return out;
}

/** Whether every point of the segment a→b lies in a free cell (sampled at a quarter cell). */
export function clearLine(grid: WalkGrid, a: FloorPoint, b: FloorPoint): boolean {
  const dx = b.x - a.x;
  const dz = b.z - a.z;
  const steps = Math.max(1, Math.ceil(Math.hypot(dx, dz) / (grid.cellSize / 4)));
  for (let s = 0; s <= steps; s++) {
    const t = s / steps;
    if (!isWalkable(grid, a.x + dx * t, a.z + dz * t)) return false;
  }
  return true;
}

/** A binary min-heap of cell indices keyed by f = g + h; stale entries are skipped by the caller. */
class MinHeap {
  private cells: number[] = [];
  private keys: number[] = [];
  get size(): number {
    return this.cells.length;
  }
  push(cell: number, key: number): void {
    const cells = this.cells;
    const keys = this.keys;
    let i = cells.length;
    cells.push(cell);
    keys.push(key);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p]! <= key) break;
      cells[i] = cells[p]!;
      keys[i] = keys[p]!;
      i = p;
    }
    cells[i] = cell;
    keys[i] = key;
  }
  pop(): number {
    const cells = this.cells;
    const keys = this.keys;
    const top = cells[0]!;
    const lastCell = cells.pop()!;
    const lastKey = keys.pop()!;
    const n = cells.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const m = r < n && keys[r]! < keys[l]! ? r : l;
        if (keys[m]! >= lastKey) break;
        cells[i] = cells[m]!;
        keys[i] = keys[m]!;
        i = m;
      }
      cells[i] = lastCell;
      keys[i] = lastKey;
    }
    return top;
  }
}
