import type { LabelSpot } from '../geometry/label';
import type { WorldBox } from '../geometry/world-box';
import { groupByTile, type TileGrid } from '../lod/tiles';
import type { BoothGeometry } from './booth-geometry';
import type { BoothPartClass } from './booth-items';

/** The booths of one floor tile, ready to be merged into a few meshes. */
export interface BoothTile {
  tile: number;
  /** Slot ids of the booths in this tile. */
  slotIds: string[];
  parts: Record<BoothPartClass, WorldBox[]>;
  labels: LabelSpot[];
  /** Indices into `BoothGeometry.plinths` of this tile's plinths. */
  plinths: number[];
}

/**
 * Splits the booths by the tile their slot centre lies in (a booth is never cut in two) and
 * orders the tiles nearest-first from `origin`, the order in which they stream in. Pure.
 */
export function boothTiles(geometry: BoothGeometry, grid: TileGrid, origin: { x: number; z: number }): BoothTile[] {
  return groupByTile(grid, geometry.booths, origin).map(({ tile, items }) => {
    const out: BoothTile = {
      tile,
      slotIds: [],
      parts: { wall: [], fascia: [], counter: [], shelf: [], screen: [], platform: [], decor: [] },
      labels: [],
      plinths: [],
    };
    for (const i of items) {
      const span = geometry.booths[i]!;
      out.slotIds.push(span.slotId);
      for (const part of Object.keys(out.parts) as BoothPartClass[]) {
        const [start, end] = span.parts[part];
        out.parts[part].push(...geometry.parts[part].slice(start, end));
      }
      out.labels.push(...geometry.labels.slice(span.labels[0], span.labels[1]));
      for (let p = span.plinths[0]; p < span.plinths[1]; p++) out.plinths.push(p);
    }
    return out;
  });
}
