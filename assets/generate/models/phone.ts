/**
 * Smartphone leaning back on a small display stand, screen towards +Z. A phone lying flat would
 * be 8 mm tall and invisible on a booth table, so the stand is part of the product shot.
 */
import { glass, glow, metal, plastic } from '../materials';
import { type ModelSpec, defineModel, part } from '../model-spec';
import { type MeshData, type Transform, box, cylinder, transform } from '../primitives';

const LEAN = -0.2; // radians about X: top tips back (towards -Z) by ~11°

export function phone(): ModelSpec {
  const frame = metal('frame', '#3a3d42', 0.3);
  const screen = glow('screen', '#0a1020', '#16335a');
  const lens = glass('lens', '#0b0c0e');
  const standMat = plastic('stand', '#e8e8ea');

  // Phone parts are designed standing on its bottom edge at the origin, then leaned as one.
  const lean = (m: MeshData): MeshData => transform(m, { rotate: [LEAN, 0, 0], translate: [0, 0.01, 0.005] });
  const onPhone = (size: [number, number, number], t: Transform): MeshData => lean(box(size, t));
  const lensAt = (x: number, y: number): MeshData => lean(cylinder(
    { radiusTop: 0.005, radiusBottom: 0.005, height: 0.002, segments: 16 },
    { rotate: [Math.PI / 2, 0, 0], translate: [x, y, -0.0065] },
  ));

  const parts = [
    part('body', frame, onPhone([0.072, 0.15, 0.008], { translate: [0, 0.075, 0] })),
    part('screen', screen, onPhone([0.066, 0.142, 0.001], { translate: [0, 0.075, 0.0044] })),
    part('camera-bump', frame, onPhone([0.026, 0.026, 0.002], { translate: [-0.019, 0.126, -0.005] })),
    part('lens-1', lens, lensAt(-0.025, 0.132)),
    part('lens-2', lens, lensAt(-0.013, 0.12)),
    part('side-button', frame, onPhone([0.002, 0.02, 0.003], { translate: [0.037, 0.11, 0] })),
    // Stand: base plate, a lip the phone rests against, and a back support leaned like the phone.
    part('stand-base', standMat, box([0.09, 0.01, 0.08], { translate: [0, 0.005, -0.01] })),
    part('stand-lip', standMat, box([0.09, 0.012, 0.006], { translate: [0, 0.016, 0.013] })),
    part('stand-support', standMat, lean(box([0.05, 0.08, 0.006], { translate: [0, 0.04, -0.0075] }))),
  ];

  return defineModel({
    name: 'phone',
    kind: 'phone',
    category: 'electronics',
    description: 'Smartphone on a display stand, screen lit',
    nominalSize: [0.09, 0.158, 0.08],
    parts,
  });
}
