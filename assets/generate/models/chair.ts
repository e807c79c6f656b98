/** Office swivel chair: five-star base with casters, gas lift, cushioned seat, backrest, armrests. */
import { matte, metal, plastic } from '../materials';
import { type ModelSpec, defineModel, part } from '../model-spec';
import { box, rod, sphere, transform } from '../primitives';

export function chair(): ModelSpec {
  const frame = plastic('frame', '#26282c');
  const chrome = metal('chrome', '#d6d9dd', 0.15);
  const fabric = matte('fabric', '#2f6db5');
  const caster = plastic('caster', '#111214');

  const parts = [
    part('hub', frame, rod(0.05, 0.06, 16, { translate: [0, 0.1, 0] })),
    part('gas-lift', chrome, rod(0.025, 0.3, 16, { translate: [0, 0.27, 0] })),
    part('gas-lift-sleeve', frame, rod(0.035, 0.15, 16, { translate: [0, 0.2, 0] })),
    part('mechanism', frame, box([0.2, 0.04, 0.2], { translate: [0, 0.44, 0] })),
    part('seat', fabric, box([0.5, 0.08, 0.48], { translate: [0, 0.5, 0] })),
    // A flattened sphere on the seat board gives the cushion its soft crown.
    part('seat-cushion', fabric, sphere(1, 20, 8, { scale: [0.25, 0.03, 0.24], translate: [0, 0.54, 0] })),
    // L-shaped spine: runs back under the seat, then up behind the backrest so it never shows in front.
    part('spine-arm', frame, box([0.06, 0.03, 0.2], { translate: [0, 0.445, -0.2] })),
    part('spine-post', frame, box([0.06, 0.3, 0.03], { translate: [0, 0.58, -0.31] })),
    // Tilted back by ~6° (negative X rotation moves the top towards -Z).
    part('backrest', fabric, box([0.46, 0.5, 0.07], { rotate: [-0.1, 0, 0], translate: [0, 0.86, -0.29] })),
  ];

  // Five legs radiate from the hub; each is built pointing at +Z and then turned about Y.
  for (let k = 0; k < 5; k++) {
    const turn = (k * 2 * Math.PI) / 5;
    const leg = box([0.06, 0.04, 0.28], { translate: [0, 0.09, 0.16] });
    parts.push(part(`leg-${k}`, frame, transform(leg, { rotate: [0, turn, 0] })));
    const wheel = sphere(0.035, 12, 6, { translate: [0, 0.035, 0.29] });
    parts.push(part(`caster-${k}`, caster, transform(wheel, { rotate: [0, turn, 0] })));
  }

  for (const side of [-1, 1]) {
    parts.push(part(`arm-post-${side}`, frame, box([0.03, 0.2, 0.04], { translate: [side * 0.27, 0.62, 0] })));
    parts.push(part(`arm-pad-${side}`, frame, box([0.06, 0.03, 0.26], { translate: [side * 0.27, 0.73, 0.02] })));
  }

  return defineModel({
    name: 'chair',
    kind: 'chair',
    category: 'furniture',
    description: 'Office swivel chair with five-star base and armrests',
    nominalSize: [0.62, 1.11, 0.67],
    parts,
  });
}
