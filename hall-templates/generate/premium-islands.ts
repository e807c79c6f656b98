import type { HallLayout } from '../../model';
import { aisleBetween, hangingSign, placeRow, slotAt, spaced, spawnInside } from './hall-parts';

/**
 * Premium hall: four 9 × 9 islands facing the doors (row A), twelve 6 × 6 peninsulas back to
 * back (rows B, C) and twelve 6 × 3 corner booths back to back (rows D, E). Aisles are 6 m, the
 * central boulevard from the main door 6–9 m. Peninsula and corner blocks are 6 m wide on a
 * 12 m pitch from x = 6, which leaves the boulevard at x 36–42.
 *
 *   z 49–54 aisle · E 46–49 · D 43–46 · aisle 37–43 · C 31–37 · B 25–31 · aisle 19–25
 *   islands 10–19 · foyer 0–10
 */
const WIDTH = 78;
const DEPTH = 54;
const BLOCK_START = 6;
const BLOCK_PITCH_GAP = 6;
const ISLAND_XS = [12, 30, 48, 66];

export function premiumIslands(): HallLayout {
  return {
    version: 1,
    id: 'premium-islands',
    name: { 'zh-CN': '精品岛型展厅', en: 'Premium Islands Hall' },
    size: { width: WIDTH, depth: DEPTH, height: 14 },
    cutouts: [],
    style: { floorColor: '#e8e2d6', wallColor: '#27313d', carpetColor: '#8a2f3c' },
    entrances: [
      { id: 'main', wall: 'south', offset: 39, width: 8, name: { 'zh-CN': '正门', en: 'Main entrance' } },
      { id: 'west-door', wall: 'west', offset: 22, width: 4 },
      { id: 'east-door', wall: 'east', offset: 40, width: 4 },
    ],
    spawnPoints: [spawnInside(39), spawnInside(37), spawnInside(41)],
    slots: [
      ...ISLAND_XS.map((x, i) => slotAt(`A-${String(i + 1).padStart(2, '0')}`, 'island', x, 14.5)),
      ...placeRow({ row: 'B', facing: 'south', backZ: 31, startX: BLOCK_START, steps: spaced('peninsula', 6, BLOCK_PITCH_GAP) }),
      ...placeRow({ row: 'C', facing: 'north', backZ: 31, startX: BLOCK_START, steps: spaced('peninsula', 6, BLOCK_PITCH_GAP) }),
      ...placeRow({ row: 'D', facing: 'south', backZ: 46, startX: BLOCK_START, steps: spaced('corner', 6, BLOCK_PITCH_GAP) }),
      ...placeRow({ row: 'E', facing: 'north', backZ: 46, startX: BLOCK_START, steps: spaced('corner', 6, BLOCK_PITCH_GAP) }),
    ],
    aisles: [
      aisleBetween('foyer', 0, WIDTH, 0, 10),
      aisleBetween('aisle-1', 0, WIDTH, 19, 25),
      aisleBetween('aisle-2', 0, WIDTH, 37, 43),
      aisleBetween('aisle-3', 0, WIDTH, 49, DEPTH),
      aisleBetween('boulevard-islands', 34.5, 43.5, 10, 19),
      aisleBetween('boulevard-peninsulas', 36, 42, 25, 37),
      aisleBetween('boulevard-corners', 36, 42, 43, 49),
    ],
    stages: [],
    signage: [
      hangingSign('sign-a', 39, 8, { 'zh-CN': 'A 区 · 岛型展位', en: 'Zone A · Island booths' }, 6),
      hangingSign('sign-b', 39, 22, { 'zh-CN': 'B 区 · 半岛展位', en: 'Zone B · Peninsula booths' }, 6),
      hangingSign('sign-c-d', 39, 40, { 'zh-CN': 'C · D 区', en: 'Zones C · D' }, 6),
      hangingSign('sign-e', 39, 51.5, { 'zh-CN': 'E 区 · 转角展位', en: 'Zone E · Corner booths' }, 6),
    ],
  };
}
