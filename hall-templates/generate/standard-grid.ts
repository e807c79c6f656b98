import type { HallLayout } from '../../model';
import { aisleBetween, hangingSign, placeRow, repeat, spawnInside, type RowStep } from './hall-parts';

/**
 * Standard hall: 60 shell-scheme 3 × 3 booths in three back-to-back blocks (rows A–F), ten
 * booths a row in two runs of five split by a cross aisle. All aisles are 4 m; the south foyer
 * is 8 m deep so the crowd at the doors has room.
 *
 *   z 34–38 aisle · F (faces north) 31–34 · E (faces south) 28–31 · aisle 24–28 · D 21–24 · C 18–21
 *   aisle 14–18 · B 11–14 · A 8–11 · foyer 0–8 with the doors
 *   x: aisle 0–4 · run 4–19 · cross aisle 19–23 · run 23–38 · aisle 38–42
 */
const WIDTH = 42;
const DEPTH = 38;
const RUN: RowStep[] = [...repeat('inline', 5), { gap: 4 }, ...repeat('inline', 5)];
const BLOCKS = [
  { south: 'A', north: 'B', backZ: 11 },
  { south: 'C', north: 'D', backZ: 21 },
  { south: 'E', north: 'F', backZ: 31 },
];
/** East–west aisles and the rows that face each. */
const AISLES = [
  { id: 'aisle-a', minZ: 4, maxZ: 8, rows: ['A'] },
  { id: 'aisle-b-c', minZ: 14, maxZ: 18, rows: ['B', 'C'] },
  { id: 'aisle-d-e', minZ: 24, maxZ: 28, rows: ['D', 'E'] },
  { id: 'aisle-f', minZ: 34, maxZ: 38, rows: ['F'] },
];
/** North–south aisles beside and between the runs. */
const LANES = [
  { id: 'west', minX: 0, maxX: 4 },
  { id: 'cross', minX: 19, maxX: 23 },
  { id: 'east', minX: 38, maxX: 42 },
];

export function standardGrid(): HallLayout {
  return {
    version: 1,
    id: 'standard-grid',
    name: { 'zh-CN': '标准展厅', en: 'Standard Hall' },
    size: { width: WIDTH, depth: DEPTH, height: 10 },
    cutouts: [],
    style: { floorColor: '#d9d4c7', wallColor: '#f4f1ea', carpetColor: '#2f5d8a' },
    entrances: [
      { id: 'main', wall: 'south', offset: 21, width: 6, name: { 'zh-CN': '正门', en: 'Main entrance' } },
      { id: 'west-door', wall: 'south', offset: 2, width: 3 },
    ],
    spawnPoints: [spawnInside(21), spawnInside(19.5), spawnInside(22.5), spawnInside(2)],
    slots: BLOCKS.flatMap((b) => [
      ...placeRow({ row: b.south, facing: 'south', backZ: b.backZ, startX: 4, steps: RUN }),
      ...placeRow({ row: b.north, facing: 'north', backZ: b.backZ, startX: 4, steps: RUN }),
    ]),
    aisles: [
      ...AISLES.map((a) => aisleBetween(a.id, 0, WIDTH, a.minZ, a.maxZ)),
      ...BLOCKS.flatMap((b, i) => LANES.map((l) => aisleBetween(`aisle-${l.id}-${i + 1}`, l.minX, l.maxX, b.backZ - 3, b.backZ + 3))),
    ],
    stages: [],
    signage: AISLES.flatMap((a) =>
      LANES.map((l) =>
        hangingSign(`sign-${a.id.slice('aisle-'.length)}-${l.id}`, (l.minX + l.maxX) / 2, (a.minZ + a.maxZ) / 2, {
          'zh-CN': `${a.rows.join(' · ')} 排`,
          en: `${a.rows.length > 1 ? 'Rows' : 'Row'} ${a.rows.join(' · ')}`,
        }),
      ),
    ),
  };
}
