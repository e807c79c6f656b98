import type { HallLayout } from '../../model';
import { aisleBetween, hangingSign, placeRow, repeat, spawnInside } from './hall-parts';

/**
 * A small pavilion of twelve booths: a central back-to-back block (rows A and B, three inline
 * booths and a corner booth each) and four inline booths along the north wall (row C).
 *
 *   z 21–24 C · aisle 16–21 · B 13–16 · A 10–13 · foyer 0–10;  block x 7.5–22.5, row C x 9–21
 */
const WIDTH = 30;
const DEPTH = 24;

export function pavilion12(): HallLayout {
  return {
    version: 1,
    id: 'pavilion-12',
    name: { 'zh-CN': '十二展位展馆', en: 'Pavilion 12' },
    size: { width: WIDTH, depth: DEPTH, height: 8 },
    cutouts: [],
    style: { floorColor: '#efe6d8', wallColor: '#ffffff', carpetColor: '#c2692a' },
    entrances: [{ id: 'main', wall: 'south', offset: 15, width: 6, name: { 'zh-CN': '入口', en: 'Entrance' } }],
    spawnPoints: [spawnInside(15), spawnInside(13.5), spawnInside(16.5)],
    slots: [
      ...placeRow({ row: 'A', facing: 'south', backZ: 13, startX: 7.5, steps: [...repeat('inline', 3), 'corner'] }),
      ...placeRow({ row: 'B', facing: 'north', backZ: 13, startX: 7.5, steps: ['corner', ...repeat('inline', 3)] }),
      ...placeRow({ row: 'C', facing: 'south', backZ: DEPTH, startX: 9, steps: repeat('inline', 4) }),
    ],
    aisles: [
      aisleBetween('aisle-front', 0, WIDTH, 6, 10),
      aisleBetween('aisle-back', 0, WIDTH, 16, 21),
      aisleBetween('aisle-west', 0, 7.5, 10, 16),
      aisleBetween('aisle-east', 22.5, WIDTH, 10, 16),
    ],
    stages: [],
    signage: [hangingSign('sign-welcome', 15, 5, { 'zh-CN': '欢迎光临', en: 'Welcome' }, 4.5)],
  };
}
