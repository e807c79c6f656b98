import { ENGINE_CONFIG } from '../config';

/**
 * The hall floor cut into a grid of equal tiles. Static geometry is merged per tile (not per
 * hall) so a merged mesh stays small enough for frustum culling to drop it when it is behind
 * the visitor, while a 200-booth hall still costs only tens of meshes.
 */
export interface TileGrid {
  cols: number;
  rows: number;
  tileWidth: number;
  tileDepth: number;
}

export function tileGrid(size: { width: number; depth: number }, tileSize: number = ENGINE_CONFIG.lod.tileSize): TileGrid {
  const cols = Math.max(1, Math.round(size.width / tileSize));
  const rows = Math.max(1, Math.round(size.depth / tileSize));
  return { cols, rows, tileWidth: size.width / cols, tileDepth: size.depth / rows };
}

/** Index of the tile holding point (x, z); points outside the hall go to the nearest edge tile. */
export function tileOf(grid: TileGrid, x: number, z: number): number {
  const col = Math.min(grid.cols - 1, Math.max(0, Math.floor(x / grid.tileWidth)));
  const row = Math.min(grid.rows - 1, Math.max(0, Math.floor(z / grid.tileDepth)));
  return row * grid.cols + col;
}

/** Groups item indices by tile and orders the tiles nearest-first from `origin` (by their nearest item). */
export function groupByTile(grid: TileGrid, points: readonly { x: number; z: number }[], origin: { x: number; z: number }): { tile: number; items: number[] }[] {
  const groups = new Map<number, { tile: number; items: number[]; distance: number }>();
  points.forEach((p, i) => {
    const tile = tileOf(grid, p.x, p.z);
    let g = groups.get(tile);
    if (!g) groups.set(tile, (g = { tile, items: [], distance: Infinity }));
    g.items.push(i);
    g.distance = Math.min(g.distance, Math.hypot(p.x - origin.x, p.z - origin.z));
  });
  return [...groups.values()].sort((a, b) => a.distance - b.distance || a.tile - b.tile).map(({ tile, items }) => ({ tile, items }));
}
