/** Camera quadcopter on its landing skids: body, canopy, four arms, motors, propellers and guards. */
import { glass, glow, matte, metal, plastic } from '../materials';
import { type ModelSpec, type Part, defineModel, part } from '../model-spec';
import { box, rod, sphere, torus, transform } from '../primitives';

const ARM = 0.16; // hub-to-motor distance
const DECK = 0.085; // height of the arms above the floor

export function drone(): ModelSpec {
  const shell = plastic('shell', '#eef0f2');
  const carbon = matte('carbon', '#2a2c30');
  const motorMat = metal('motor', '#6d7278', 0.3);
  const lens = glass('camera-lens', '#101318');
  const ledFront = glow('led-front', '#30e070', '#30e070');
  const ledRear = glow('led-rear', '#ff3030', '#ff3030');

  const parts: Part[] = [
    part('body', carbon, box([0.12, 0.05, 0.18], { translate: [0, DECK, 0] })),
    part('canopy', shell, sphere(1, 20, 10, { scale: [0.065, 0.035, 0.095], translate: [0, DECK + 0.02, 0] })),
    part('gimbal', carbon, box([0.03, 0.025, 0.03], { translate: [0, DECK - 0.035, 0.07] })),
    part('camera', lens, sphere(0.02, 16, 8, { translate: [0, DECK - 0.05, 0.075] })),
  ];

  // Four arms on the diagonals; each is designed along +Z and turned about Y.
  for (let k = 0; k < 4; k++) {
    const turn = Math.PI / 4 + (k * Math.PI) / 2;
    const around = { rotate: [0, turn, 0] as const };
    parts.push(part(`arm-${k}`, carbon, transform(box([0.02, 0.015, ARM], { translate: [0, DECK, ARM / 2] }), around)));
    parts.push(part(`motor-${k}`, motorMat, transform(rod(0.02, 0.03, 16, { translate: [0, DECK + 0.02, ARM] }), around)));
    // Two-blade propeller as one thin bar, alternately angled so the four don't look copy-pasted.
    const blade = box([0.15, 0.003, 0.016], { rotate: [0, (k % 2) * 0.9 + 0.3, 0], translate: [0, DECK + 0.037, ARM] });
    parts.push(part(`propeller-${k}`, carbon, transform(blade, around)));
    parts.push(part(`guard-${k}`, shell, transform(torus(0.085, 0.005, 32, 6, { translate: [0, DECK + 0.035, ARM] }), around)));
    // Front arms (k = 0 and 3 point towards +Z) carry green LEDs, the rear ones red, as on real drones.
    const led = k === 0 || k === 3 ? ledFront : ledRear;
    parts.push(part(`led-${k}`, led, transform(sphere(0.006, 8, 4, { translate: [0, DECK - 0.012, ARM - 0.02] }), around)));
  }

  // Landing gear: two legs per side under the body, joined by a skid rail resting on the floor.
  for (const sx of [-1, 1]) {
    for (const sz of [-1, 1]) {
      parts.push(part(`leg-${sx}-${sz}`, carbon, box([0.008, DECK - 0.025, 0.008], { translate: [sx * 0.05, (DECK - 0.025) / 2, sz * 0.06] })));
    }
    parts.push(part(`skid-${sx}`, carbon, box([0.012, 0.01, 0.18], { translate: [sx * 0.05, 0.005, 0] })));
  }

  return defineModel({
    name: 'drone',
    kind: 'drone',
    category: 'electronics',
    description: 'Camera quadcopter with propeller guards, standing on its skids',
    nominalSize: [0.41, 0.14, 0.41],
    parts,
  });
}
