/** Compact electric city car: body, cabin with glazing, roof, bumpers, lights and four wheels. Front is +Z. */
import { glass, glow, matte, metal, paint, plastic } from '../materials';
import { type ModelSpec, type Part, defineModel, part } from '../model-spec';
import { box, cylinder } from '../primitives';

const PI = Math.PI;
const WHEEL_R = 0.3;

export function vehicle(): ModelSpec {
  const bodyPaint = paint('body-paint', '#17a398');
  const cabinPaint = paint('cabin-paint', '#f2f4f5');
  const trim = plastic('trim', '#24272b');
  const windowGlass = glass('window', '#1b2630');
  const tyre = matte('tyre', '#1b1b1d');
  const rim = metal('rim', '#c5c9ce', 0.25);
  const headlight = glow('headlight', '#f4f8ff', '#dfe9ff');
  const taillight = glow('taillight', '#b3151b', '#8a0a0e');

  const parts: Part[] = [
    // Lower body from 0.25 to 0.70 m; the wheels tuck half inside it, which hides the missing wheel arches.
    part('body', bodyPaint, box([1.3, 0.45, 2.9], { translate: [0, 0.475, 0] })),
    part('bumper-front', trim, box([1.32, 0.12, 0.08], { translate: [0, 0.35, 1.47] })),
    part('bumper-rear', trim, box([1.32, 0.12, 0.08], { translate: [0, 0.35, -1.47] })),
    part('cabin', cabinPaint, box([1.2, 0.7, 1.6], { translate: [0, 1.05, -0.15] })),
    part('roof', bodyPaint, box([1.24, 0.06, 1.7], { translate: [0, 1.43, -0.15] })),
    part('windscreen', windowGlass, box([1.1, 0.5, 0.02], { translate: [0, 1.07, 0.66] })),
    part('rear-window', windowGlass, box([1.0, 0.4, 0.02], { translate: [0, 1.1, -0.96] })),
  ];

  for (const sx of [-1, 1]) {
    parts.push(part(`side-window-${sx}`, windowGlass, box([0.02, 0.45, 1.3], { translate: [sx * 0.61, 1.08, -0.15] })));
    // Round headlights face +Z: a Y-axis cylinder turned 90° about X.
    parts.push(part(`headlight-${sx}`, headlight, cylinder(
      { radiusTop: 0.08, radiusBottom: 0.08, height: 0.02, segments: 20 },
      { rotate: [PI / 2, 0, 0], translate: [sx * 0.45, 0.58, 1.455] },
    )));
    parts.push(part(`taillight-${sx}`, taillight, box([0.2, 0.08, 0.02], { translate: [sx * 0.5, 0.6, -1.455] })));
    for (const sz of [-1, 1]) {
      // Wheels: Y-axis cylinders turned 90° about Z so the axle runs along X.
      const at = { rotate: [0, 0, PI / 2] as const, translate: [sx * 0.68, WHEEL_R, sz * 1.0] as const };
      parts.push(part(`tyre-${sx}-${sz}`, tyre, cylinder({ radiusTop: WHEEL_R, radiusBottom: WHEEL_R, height: 0.2, segments: 24 }, at)));
      // Hub is 1 cm wider than the tyre so it shows on both faces without z-fighting.
      parts.push(part(`hub-${sx}-${sz}`, rim, cylinder({ radiusTop: 0.16, radiusBottom: 0.16, height: 0.21, segments: 16 }, at)));
    }
  }

  return defineModel({
    name: 'vehicle',
    kind: 'vehicle',
    category: 'mobility',
    description: 'Compact electric city car with four wheels and glazed cabin',
    nominalSize: [1.57, 1.46, 3.02],
    parts,
  });
}
