import type { Anchor, BoothTemplate } from '../../model';
import { anchor, BOOTH, box, cm, FACING, SLOT_FOOTPRINTS } from './booth-parts';

const { wallHeight: H, wallThickness: T, counterHeight: CH, eyeLevel: EYE } = BOOTH;

/**
 * Booths open on three or four sides, and raw space. Local frame: origin at the footprint
 * centre, open front toward -z.
 */

/** 6 × 6 m peninsula: back wall, a goal-post header with the fascia over the front, a media wall. */
export function peninsulaBooth(): BoothTemplate {
  const { width: w, depth: d } = SLOT_FOOTPRINTS.peninsula;
  const edge = w / 2 - T / 2;
  const front = -d / 2 + T / 2;
  const fasciaHeight = 0.4;
  return {
    version: 1,
    id: 'peninsula-6x6',
    name: { 'zh-CN': '半岛展位 6×6', en: 'Peninsula booth 6×6' },
    kind: 'peninsula',
    footprint: { width: w, depth: d },
    fixtures: [
      box('wall', 0, 0, d / 2 - T / 2, w, H, T),
      // Two slim posts at the front corners carry the header frame.
      box('wall', -edge, 0, front, T, H, T),
      box('wall', edge, 0, front, T, H, T),
      box('fascia', 0, H, front, w, fasciaHeight, T),
      box('header', -edge, H, 0, T, 0.15, d - 2 * T),
      box('header', edge, H, 0, T, 0.15, d - 2 * T),
      // A free-standing media wall that splits the booth into a product zone and a lounge.
      box('screen', 1.5, 0, 0.6, 2.4, 2.4, 0.2),
      box('counter', -1.8, 0, -2.1, 1.6, CH, 0.6),
    ],
    anchors: [
      anchor('stand-1', 'stand', -2.4, 0, 2, FACING.south),
      anchor('stand-2', 'stand', -0.6, 0, 2, FACING.south),
      anchor('stand-3', 'stand', -2.2, 0, 0.3, FACING.south),
      anchor('stand-4', 'stand', -0.8, 0, 0.3, FACING.south),
      anchor('stand-5', 'stand', 0.6, 0, -1.3, FACING.south),
      anchor('stand-6', 'stand', 2.2, 0, -1.3, FACING.south),
      anchor('stand-7', 'stand', 1.5, 0, 2, FACING.east),
      anchor('screen-wall', 'screen', 1.5, EYE, 0.5, FACING.south),
      anchor('screen-back', 'screen', -1.5, EYE, d / 2 - T, FACING.south),
      anchor('counter', 'counter', -1.8, 0, -2.1, FACING.south),
      anchor('logo', 'logo', -2, H + fasciaHeight / 2, -d / 2, FACING.south),
    ],
  };
}

/** 9 × 9 m island: a raised floor, a central tower crowned by a header with a fascia on each face. */
export function islandBooth(): BoothTemplate {
  const { width: w, depth: d } = SLOT_FOOTPRINTS.island;
  const floor = 0.05;
  const tower = { half: 1, height: 3.2 };
  const crown = { half: 1.5, height: 1.2, y: floor + tower.height };
  const fascia = { y: crown.y + 0.2, height: 0.8, face: crown.half + T / 2 };
  return {
    version: 1,
    id: 'island-9x9',
    name: { 'zh-CN': '岛型展位 9×9', en: 'Island booth 9×9' },
    kind: 'island',
    footprint: { width: w, depth: d },
    fixtures: [
      box('platform', 0, 0, 0, w, floor, d),
      box('wall', 0, floor, 0, 2 * tower.half, tower.height, 2 * tower.half),
      box('header', 0, crown.y, 0, 2 * crown.half, crown.height, 2 * crown.half),
      box('fascia', 0, fascia.y, -fascia.face, 2 * crown.half + 2 * T, fascia.height, T),
      box('fascia', 0, fascia.y, fascia.face, 2 * crown.half + 2 * T, fascia.height, T),
      box('fascia', -fascia.face, fascia.y, 0, T, fascia.height, 2 * crown.half),
      box('fascia', fascia.face, fascia.y, 0, T, fascia.height, 2 * crown.half),
      box('counter', 0, floor, -3.6, 1.6, CH, 0.6),
    ],
    anchors: [
      ...islandStands(floor),
      anchor('screen-south', 'screen', 0, floor + EYE, -tower.half, FACING.south),
      anchor('screen-east', 'screen', tower.half, floor + EYE, 0, FACING.east),
      anchor('screen-north', 'screen', 0, floor + EYE, tower.half, FACING.north),
      anchor('screen-west', 'screen', -tower.half, floor + EYE, 0, FACING.west),
      anchor('counter', 'counter', 0, floor, -3.6, FACING.south),
      anchor('logo-south', 'logo', 0, fascia.y + fascia.height / 2, -fascia.face - T / 2, FACING.south),
      anchor('logo-north', 'logo', 0, fascia.y + fascia.height / 2, fascia.face + T / 2, FACING.north),
    ],
  };
}

/** Eight stands on a ring around the tower and one in each corner, all facing outward. */
function islandStands(floor: number): Anchor[] {
  const ring = Array.from({ length: 8 }, (_, k) => {
    const yaw = 22.5 + 45 * k;
    const rad = (yaw * Math.PI) / 180;
    return anchor(`stand-${k + 1}`, 'stand', cm(3.1 * Math.sin(rad)), floor, cm(3.1 * Math.cos(rad)), yaw);
  });
  const corners = (
    [
      [3.7, 3.7, 45],
      [3.7, -3.7, 135],
      [-3.7, -3.7, 225],
      [-3.7, 3.7, 315],
    ] as const
  ).map(([x, z, yaw], k) => anchor(`stand-${k + 9}`, 'stand', x, floor, z, yaw));
  return [...ring, ...corners];
}

/** 6 × 6 m raw space (光地): only a low platform; the exhibitor builds everything else. */
export function rawSpace(): BoothTemplate {
  const w = 6;
  const d = 6;
  const floor = 0.1;
  // Stands sit 1.4 m off the centre lines, so a 1 m plinth leaves 5 cm to anything on a corner
  // floor spot up to 0.9 m wide (a meeting table): items may not stand inside one another.
  const stands = [
    [-1.4, 1.4],
    [1.4, 1.4],
    [-1.4, -1.4],
    [1.4, -1.4],
  ] as const;
  const floorSpots = [
    ['floor-centre', 0, 0],
    ['floor-nw', -2.4, 2.4],
    ['floor-ne', 2.4, 2.4],
    ['floor-sw', -2.4, -2.4],
    ['floor-se', 2.4, -2.4],
  ] as const;
  return {
    version: 1,
    id: 'raw-space',
    name: { 'zh-CN': '光地 6×6', en: 'Raw space 6×6' },
    kind: 'raw',
    footprint: { width: w, depth: d },
    fixtures: [box('platform', 0, 0, 0, w, floor, d)],
    anchors: [
      ...stands.map(([x, z], k) => anchor(`stand-${k + 1}`, 'stand', x, floor, z, FACING.south)),
      ...floorSpots.map(([id, x, z]) => anchor(id, 'floor', x, floor, z, FACING.south)),
    ],
  };
}
