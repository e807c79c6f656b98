/** CNC machining centre: plinth, enclosure, glazed door, control panel and a signal tower. */
import { glass, glow, matte, metal, paint, plastic } from '../materials';
import { type ModelSpec, defineModel, part } from '../model-spec';
import { box, cylinder, rod } from '../primitives';

const PI = Math.PI;

export function machine(): ModelSpec {
  const enclosure = paint('enclosure', '#d9dde1');
  const accent = paint('accent', '#1f5fa8');
  const dark = matte('plinth', '#2b2e33');
  const window = glass('window', '#20303c');
  const steel = metal('steel', '#b8bcc2');
  const screen = glow('screen', '#0b1a2a', '#1d4f7a');

  // Enclosure body sits on a recessed plinth; the front face is at z = +0.7.
  const parts = [
    part('plinth', dark, box([1.9, 0.12, 1.3], { translate: [0, 0.06, 0] })),
    part('enclosure', enclosure, box([2.0, 1.5, 1.4], { translate: [0, 0.87, 0] })),
    // 1 cm wider than the body on x and z so the stripe never z-fights with it.
    part('stripe', accent, box([2.01, 0.08, 1.41], { translate: [0, 0.3, 0] })),
    part('door-frame', accent, box([1.1, 1.0, 0.04], { translate: [-0.25, 0.95, 0.72] })),
    part('door-window', window, box([0.9, 0.7, 0.02], { translate: [-0.25, 1.0, 0.75] })),
    part('door-handle', steel, box([0.04, 0.3, 0.04], { translate: [0.2, 0.95, 0.77] })),
    // Control panel housing on the right of the door with a glowing HMI screen.
    part('panel', dark, box([0.45, 0.6, 0.12], { translate: [0.7, 1.15, 0.76] })),
    part('panel-screen', screen, box([0.36, 0.24, 0.01], { translate: [0.7, 1.28, 0.825] })),
  ];

  // Buttons are short cylinders turned to face +Z (rotate X by 90°).
  const buttons: [string, string, number, number][] = [
    ['button-start', '#2fa84f', 0.6, 0.025],
    ['button-hold', '#e0b020', 0.7, 0.025],
    ['button-estop', '#d02a2a', 0.8, 0.035],
  ];
  for (const [name, hex, x, r] of buttons) {
    parts.push(part(name, plastic(name, hex), cylinder(
      { radiusTop: r, radiusBottom: r, height: 0.02, segments: 16 },
      { rotate: [PI / 2, 0, 0], translate: [x, 1.0, 0.83] },
    )));
  }

  // Signal light tower on the roof (roof at y = 1.62), back right corner.
  const towerX = 0.8;
  const towerZ = -0.5;
  parts.push(part('tower-pole', steel, rod(0.015, 0.15, 12, { translate: [towerX, 1.695, towerZ] })));
  // Only green is lit: a running machine, which is what a booth wants to show.
  const lights = [glow('tower-green', '#2fa84f', '#2fa84f'), plastic('tower-amber', '#f0a020'), plastic('tower-red', '#d02a2a')];
  lights.forEach((mat, i) => {
    parts.push(part(mat.name, mat, rod(0.04, 0.06, 16, { translate: [towerX, 1.8 + i * 0.06, towerZ] })));
  });
  parts.push(part('tower-cap', dark, rod(0.042, 0.02, 16, { translate: [towerX, 1.95, towerZ] })));

  return defineModel({
    name: 'machine',
    kind: 'machine',
    category: 'industrial',
    description: 'CNC machining centre with glazed door, control panel and signal tower',
    nominalSize: [2.01, 1.96, 1.54],
    parts,
  });
}
