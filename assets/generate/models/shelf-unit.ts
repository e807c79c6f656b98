/** Boltless steel shelving: four uprights, five wooden boards with price rails, side X-bracing, a kick plate. */
import { metal, paint, plastic } from '../materials';
import { type ModelSpec, type Part, defineModel, part } from '../model-spec';
import { box } from '../primitives';

const WIDTH = 1.0;
const HEIGHT = 1.8;
const DEPTH = 0.4;
const POST = 0.04;

export function shelfUnit(): ModelSpec {
  const steel = metal('frame', '#5a6068', 0.45);
  const wood = paint('board', '#b98a5a');
  const endCap = plastic('end-cap', '#1c1c1e');
  const rail = plastic('price-rail', '#2b6cb0');

  const parts: Part[] = [];
  const px = WIDTH / 2 - POST / 2;
  const pz = DEPTH / 2 - POST / 2;
  for (const sx of [-1, 1]) {
    for (const sz of [-1, 1]) {
      parts.push(part(`upright-${sx}-${sz}`, steel, box([POST, HEIGHT, POST], { translate: [sx * px, HEIGHT / 2, sz * pz] })));
    }
  }

  // Boards are slightly narrower than the unit so their ends tuck into the uprights.
  [0.1, 0.5, 0.9, 1.3, 1.7].forEach((y, i) => {
    parts.push(part(`board-${i}`, wood, box([WIDTH - POST, 0.025, DEPTH - 0.02], { translate: [0, y, 0] })));
    // Price rail on the board's front edge (board front at z = 0.19); a retail shelf signature.
    parts.push(part(`price-rail-${i}`, rail, box([WIDTH - 2 * POST, 0.03, 0.006], { translate: [0, y, 0.193] })));
  });

  // One X brace per side, spanning bottom to top board; the angle follows from the rectangle it crosses.
  // Braces sit just outside the uprights so no face is coplanar with a post (no z-fighting).
  const span = 1.6;
  const reach = DEPTH - POST;
  const braceLen = Math.hypot(span, reach);
  const braceTilt = Math.atan2(reach, span);
  for (const sx of [-1, 1]) {
    for (const dir of [-1, 1]) {
      parts.push(part(`brace-${sx}-${dir}`, steel, box([0.01, braceLen, 0.02], {
        rotate: [dir * braceTilt, 0, 0],
        translate: [sx * (WIDTH / 2 + 0.005), HEIGHT / 2, 0],
      })));
    }
  }

  // Plastic feet and top caps on the uprights, as on real boltless shelving.
  for (const sx of [-1, 1]) {
    for (const sz of [-1, 1]) {
      parts.push(part(`foot-${sx}-${sz}`, endCap, box([0.05, 0.015, 0.05], { translate: [sx * px, 0.0075, sz * pz] })));
      parts.push(part(`cap-${sx}-${sz}`, endCap, box([0.044, 0.012, 0.044], { translate: [sx * px, HEIGHT + 0.006, sz * pz] })));
    }
  }

  parts.push(part('kick-plate', steel, box([WIDTH - 2 * POST, 0.08, 0.01], { translate: [0, 0.04, DEPTH / 2 - 0.015] })));

  return defineModel({
    name: 'shelf-unit',
    kind: 'shelf',
    category: 'furniture',
    description: 'Steel shelving unit with five wooden boards, price rails and side bracing',
    nominalSize: [1.02, 1.81, 0.4],
    parts,
  });
}
