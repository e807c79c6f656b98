/** Six-axis industrial robot arm in a typical "ready" pose: base, turret, upper arm, forearm, gripper. */
import { matte, metal, paint } from '../materials';
import { type ModelSpec, defineModel, part } from '../model-spec';
import { type MeshData, box, cylinder, rod, sphere, transform } from '../primitives';
import { type Vec3, add, scale } from '../vec';

const PI = Math.PI;

/** A box link of the given cross-section and length, leaving `from` at `tilt` radians about X. */
function link(from: Vec3, len: number, tilt: number, w: number, d: number): { mesh: MeshData; end: Vec3 } {
  const mesh = transform(box([w, len, d], { translate: [0, len / 2, 0] }), { rotate: [tilt, 0, 0], translate: from });
  return { mesh, end: add(from, scale([0, Math.cos(tilt), Math.sin(tilt)], len)) };
}

/** Joint housing: a cylinder whose axis runs along X, like the pitch axes of a real arm. */
const pitchJoint = (at: Vec3, radius: number, width: number): MeshData =>
  cylinder({ radiusTop: radius, radiusBottom: radius, height: width, segments: 24 }, { rotate: [0, 0, PI / 2], translate: at });

export function robotArm(): ModelSpec {
  const orange = paint('robot-orange', '#f07c16');
  const grey = metal('joint', '#5b6067', 0.4);
  const dark = matte('base', '#2a2d31');

  const shoulder: Vec3 = [0, 0.45, 0];
  const upper = link(shoulder, 0.55, 0.25, 0.14, 0.16); // leans slightly forward
  const fore = link(upper.end, 0.45, 1.9, 0.11, 0.12); // reaches forward and a little down
  const wrist = fore.end;

  const parts = [
    part('base-plate', dark, box([0.55, 0.02, 0.55], { translate: [0, 0.01, 0] })),
    part('pedestal', dark, rod(0.22, 0.12, 32, { translate: [0, 0.08, 0] })),
    part('turret', orange, rod(0.18, 0.15, 32, { translate: [0, 0.215, 0] })),
    part('shoulder-housing', orange, box([0.26, 0.22, 0.26], { translate: [0, 0.4, 0] })),
    part('shoulder-joint', grey, pitchJoint(shoulder, 0.12, 0.3)),
    part('upper-arm', orange, upper.mesh),
    part('elbow-joint', grey, pitchJoint(upper.end, 0.09, 0.2)),
    part('forearm', orange, fore.mesh),
    part('wrist', grey, sphere(0.065, 16, 8, { translate: wrist })),
    // Tool flange and a parallel gripper pointing straight down from the wrist.
    part('flange', grey, rod(0.05, 0.03, 20, { translate: add(wrist, [0, -0.075, 0]) })),
    part('gripper', dark, box([0.14, 0.05, 0.07], { translate: add(wrist, [0, -0.115, 0]) })),
  ];
  for (const sx of [-1, 1]) {
    parts.push(part(`finger-${sx}`, grey, box([0.02, 0.09, 0.04], { translate: add(wrist, [sx * 0.045, -0.18, 0]) })));
  }

  return defineModel({
    name: 'robot-arm',
    kind: 'robot-arm',
    category: 'industrial',
    description: 'Six-axis industrial robot arm with parallel gripper',
    nominalSize: [0.55, 1.08, 0.9],
    parts,
  });
}
