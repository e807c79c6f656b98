import { cutoutRect, type HallLayout } from '../../model';
import type { FloorRect } from '../geometry/world-box';

/**
 * The hall's floor as a grid cut along every cutout edge: `isFloor(i, j)` says whether cell
 * (xs[i]..xs[i+1], zs[j]..zs[j+1]) is hall. Cutouts are few (≤ 8), so the grid is tiny.
 */
export interface FloorGrid {
  xs: number[];
  zs: number[];
  floor: boolean[][];
}

export function floorGrid(layout: Pick<HallLayout, 'size' | 'cutouts'>): FloorGrid {
  const { width, depth } = layout.size;
  const cuts = layout.cutouts.map(cutoutRect);
  const clampSort = (values: number[], max: number) =>
    [...new Set(values.map((v) => Math.min(max, Math.max(0, v))))].sort((a, b) => a - b);
  const xs = clampSort([0, width, ...cuts.flatMap((c) => [c.minX, c.maxX])], width);
  const zs = clampSort([0, depth, ...cuts.flatMap((c) => [c.minZ, c.maxZ])], depth);
  const floor = xs.slice(0, -1).map((x0, i) =>
    zs.slice(0, -1).map((z0, j) => {
      const cx = (x0 + xs[i + 1]!) / 2;
      const cz = (z0 + zs[j + 1]!) / 2;
      return !cuts.some((c) => cx > c.minX && cx < c.maxX && cz > c.minZ && cz < c.maxZ);
    }),
  );
  return { xs, zs, floor };
}

/** True when the point lies on hall floor (not outside the rectangle, not in a cutout). */
export function isFloorAt(grid: FloorGrid, x: number, z: number): boolean {
  const i = cellIndex(grid.xs, x);
  const j = cellIndex(grid.zs, z);
  return i >= 0 && j >= 0 && (grid.floor[i]?.[j] ?? false);
}

function cellIndex(edges: number[], v: number): number {
  if (v < edges[0]! || v > edges[edges.length - 1]!) return -1;
  for (let k = 0; k < edges.length - 1; k++) if (v <= edges[k + 1]!) return k;
  return -1;
}

/** Floor rectangles covering exactly the hall: runs of floor cells merged along x, then along z. */
export function floorRects(grid: FloorGrid): FloorRect[] {
  const { xs, zs, floor } = grid;
  const rects: FloorRect[] = [];
  for (let j = 0; j < zs.length - 1; j++) {
    let i = 0;
    while (i < xs.length - 1) {
      if (!floor[i]![j]) {
        i++;
        continue;
      }
      let end = i;
      while (end + 1 < xs.length - 1 && floor[end + 1]![j]) end++;
      const run = { minX: xs[i]!, maxX: xs[end + 1]!, minZ: zs[j]!, maxZ: zs[j + 1]! };
      // Grow the previous row's rectangle when this run has the same x extent.
      const above = rects.find((r) => r.minX === run.minX && r.maxX === run.maxX && r.maxZ === run.minZ);
      if (above) above.maxZ = run.maxZ;
      else rects.push(run);
      i = end + 1;
    }
  }
  return rects;
}

/** A straight piece of hall boundary, with the side the floor is on (the wall stands on the other side). */
export interface BoundaryEdge {
  axis: 'x' | 'z';
  /** The fixed coordinate: z for an edge running along x, x for one running along z. */
  at: number;
  from: number;
  to: number;
  /** +1 when the floor lies on the greater side of `at`. */
  floorSide: 1 | -1;
}

/** Every boundary between floor and not-floor, collinear neighbours merged. */
export function boundaryEdges(grid: FloorGrid): BoundaryEdge[] {
  const { xs, zs, floor } = grid;
  const isFloor = (i: number, j: number) => floor[i]?.[j] ?? false;
  const pieces: BoundaryEdge[] = [];
  for (let i = 0; i < xs.length - 1; i++) {
    for (let j = 0; j < zs.length - 1; j++) {
      if (!isFloor(i, j)) continue;
      if (!isFloor(i, j - 1)) pieces.push({ axis: 'x', at: zs[j]!, from: xs[i]!, to: xs[i + 1]!, floorSide: 1 });
      if (!isFloor(i, j + 1)) pieces.push({ axis: 'x', at: zs[j + 1]!, from: xs[i]!, to: xs[i + 1]!, floorSide: -1 });
      if (!isFloor(i - 1, j)) pieces.push({ axis: 'z', at: xs[i]!, from: zs[j]!, to: zs[j + 1]!, floorSide: 1 });
      if (!isFloor(i + 1, j)) pieces.push({ axis: 'z', at: xs[i + 1]!, from: zs[j]!, to: zs[j + 1]!, floorSide: -1 });
    }
  }
  pieces.sort((a, b) => (a.axis === b.axis ? (a.at === b.at ? (a.floorSide === b.floorSide ? a.from - b.from : a.floorSide - b.floorSide) : a.at - b.at) : a.axis < b.axis ? -1 : 1));
  const merged: BoundaryEdge[] = [];
  for (const p of pieces) {
    const last = merged[merged.length - 1];
    if (last && last.axis === p.axis && last.at === p.at && last.floorSide === p.floorSide && last.to === p.from) last.to = p.to;
    else merged.push({ ...p });
  }
  return merged;
}
