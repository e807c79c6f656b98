import type { BoothTemplate } from '../../model';
import { anchor, BOOTH, box, FACING, SLOT_FOOTPRINTS } from './booth-parts';

const { wallHeight: H, wallThickness: T, fasciaHeight: FH, counterHeight: CH, eyeLevel: EYE } = BOOTH;

/**
 * Shell-scheme booths: panel walls on the closed sides, a fascia over each open side carrying
 * the exhibitor's name. Local frame: origin at the footprint centre, open front toward -z.
 */

/** 3 × 3 m inline booth: back wall, two side walls, fascia over the front. */
export function inlineBooth(): BoothTemplate {
  const { width: w, depth: d } = SLOT_FOOTPRINTS.inline;
  const back = d / 2 - T / 2;
  const side = w / 2 - T / 2;
  return {
    version: 1,
    id: 'inline-3x3',
    name: { 'zh-CN': '标准展位 3×3', en: 'Shell scheme 3×3' },
    kind: 'inline',
    footprint: { width: w, depth: d },
    fixtures: [
      box('wall', 0, 0, back, w, H, T),
      // Side walls run from the front edge to the back wall.
      box('wall', -side, 0, -T / 2, T, H, d - T),
      box('wall', side, 0, -T / 2, T, H, d - T),
      box('fascia', 0, H, -d / 2 + T / 2, w, FH, T),
      box('counter', 0.75, 0, -0.95, 1, CH, 0.5),
      // A display shelf on the east wall, above the stands' reach.
      box('shelf', side - T / 2 - 0.15, 1.3, 0.2, 0.3, 0.04, 1),
    ],
    anchors: [
      anchor('stand-1', 'stand', -0.9, 0, 0.8, FACING.south),
      anchor('stand-2', 'stand', 0.7, 0, 0.8, FACING.south),
      anchor('stand-3', 'stand', -0.9, 0, -0.5, FACING.south),
      anchor('poster', 'poster', 0, EYE, d / 2 - T, FACING.south),
      anchor('counter', 'counter', 0.75, 0, -0.95, FACING.south),
      anchor('logo', 'logo', -1.05, H + FH / 2, -d / 2, FACING.south),
    ],
  };
}

/** 6 × 3 m corner booth: back wall and a west side wall; open to the front and the east. */
export function cornerBooth(): BoothTemplate {
  const { width: w, depth: d } = SLOT_FOOTPRINTS.corner;
  const back = d / 2 - T / 2;
  const side = w / 2 - T / 2;
  return {
    version: 1,
    id: 'corner-6x3',
    name: { 'zh-CN': '转角展位 6×3', en: 'Corner booth 6×3' },
    kind: 'corner',
    footprint: { width: w, depth: d },
    fixtures: [
      box('wall', 0, 0, back, w, H, T),
      box('wall', -side, 0, -T / 2, T, H, d - T),
      box('fascia', 0, H, -d / 2 + T / 2, w, FH, T),
      // The open east side gets its own fascia, between the front fascia and the back wall.
      box('fascia', side, H, 0, T, FH, d - 2 * T),
      box('counter', 2.2, 0, -0.95, 1.2, CH, 0.5),
      box('shelf', -1.5, 1.3, d / 2 - T - 0.15, 1.5, 0.04, 0.3),
    ],
    anchors: [
      anchor('stand-1', 'stand', -2.2, 0, 0.6, FACING.south),
      anchor('stand-2', 'stand', -0.9, 0, 0.6, FACING.south),
      anchor('stand-3', 'stand', -2.2, 0, -0.7, FACING.south),
      anchor('stand-4', 'stand', -0.9, 0, -0.7, FACING.south),
      anchor('stand-5', 'stand', 0.4, 0, -0.2, FACING.south),
      anchor('screen', 'screen', 1.6, EYE, d / 2 - T, FACING.south),
      anchor('poster', 'poster', -w / 2 + T, EYE, 0, FACING.east),
      anchor('counter', 'counter', 2.2, 0, -0.95, FACING.south),
      anchor('logo', 'logo', -2.4, H + FH / 2, -d / 2, FACING.south),
    ],
  };
}
