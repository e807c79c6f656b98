import type { HallLayout } from '../../model';
import { aisleBetween, hangingSign, placeRow, rectBetween, repeat, slotAt, spawnInside, type RowStep } from './hall-parts';

/**
 * L-shaped hall in two zones. The south zone (60 × 30 m) is the exhibition floor: two back-to-back
 * blocks of inline booths with a corner booth at each open row end (rows A, B), an island (C) and
 * two peninsulas against the inner wall (D). The north-west zone (36 × 18 m) is the forum: a stage
 * on the north wall with inline booths (E) either side. The north-east corner is cut out.
 *
 * The corner template's side wall is on its west, so a south-facing row ends with its corner booth
 * in the east and a north-facing row starts with it in the west: the wall is always the one shared
 * with the inline neighbour.
 */
const WIDTH = 60;
const DEPTH = 48;
/** The missing north-east corner. */
const CUTOUT = { minX: 36, maxX: 60, minZ: 30, maxZ: 48 };
const SOUTH_ROW: RowStep[] = [...repeat('inline', 5), 'corner'];
const NORTH_ROW: RowStep[] = ['corner', ...repeat('inline', 5)];
/** West edges of the two exhibition blocks; the 10 m boulevard between them leads to the forum. */
const BLOCK_XS = [4, 35];

export function twoZoneStage(): HallLayout {
  return {
    version: 1,
    id: 'two-zone-stage',
    name: { 'zh-CN': '双区舞台展厅', en: 'Two-Zone Hall with Stage' },
    size: { width: WIDTH, depth: DEPTH, height: 12 },
    cutouts: [rectBetween(CUTOUT.minX, CUTOUT.maxX, CUTOUT.minZ, CUTOUT.maxZ)],
    style: { floorColor: '#cfd8d3', wallColor: '#fafafa', carpetColor: '#2e7d5b' },
    entrances: [
      { id: 'main', wall: 'south', offset: 30, width: 8, name: { 'zh-CN': '正门', en: 'Main entrance' } },
      { id: 'east-door', wall: 'east', offset: 15, width: 4 },
      { id: 'forum-door', wall: 'west', offset: 36, width: 4, name: { 'zh-CN': '论坛入口', en: 'Forum entrance' } },
    ],
    spawnPoints: [spawnInside(30), spawnInside(28), spawnInside(32)],
    slots: [
      ...BLOCK_XS.flatMap((startX, i) => placeRow({ row: 'A', facing: 'south', backZ: 10, startX, steps: SOUTH_ROW, firstNumber: 1 + 6 * i })),
      ...BLOCK_XS.flatMap((startX, i) => placeRow({ row: 'B', facing: 'north', backZ: 10, startX, steps: NORTH_ROW, firstNumber: 1 + 6 * i })),
      slotAt('C-01', 'island', 14.5, 21.5),
      // Backs against the cut-out corner's wall, fronts to the exhibition floor.
      slotAt('D-01', 'peninsula', 42, 27),
      slotAt('D-02', 'peninsula', 52, 27),
      ...placeRow({ row: 'E', facing: 'south', backZ: DEPTH, startX: 0, steps: repeat('inline', 3) }),
      ...placeRow({ row: 'E', facing: 'south', backZ: DEPTH, startX: 27, steps: repeat('inline', 3), firstNumber: 4 }),
    ],
    aisles: [
      aisleBetween('boulevard', 25, 35, 0, 30),
      aisleBetween('aisle-west', 0, 25, 13, 17),
      aisleBetween('aisle-east', 35, 60, 13, 17),
      aisleBetween('forum', 0, 36, 30, 42),
    ],
    stages: [{ id: 'main-stage', name: { 'zh-CN': '主舞台', en: 'Main Stage' }, ...rectBetween(12, 24, 42, 48), rotation: 0 }],
    signage: [
      hangingSign('sign-row-a', 30, 5, { 'zh-CN': 'A 排', en: 'Row A' }),
      hangingSign('sign-row-b', 30, 15, { 'zh-CN': 'B 排 · C · D 区', en: 'Row B · Zones C · D' }),
      hangingSign('sign-forum', 30, 28, { 'zh-CN': '论坛区 · 主舞台', en: 'Forum · Main Stage' }),
    ],
  };
}
