/** Articulated desk lamp: weighted base, two arm segments with joints, conical shade with a lit diffuser. */
import { glow, metal, paint } from '../materials';
import { type ModelSpec, defineModel, part } from '../model-spec';
import { type MeshData, cylinder, rod, sphere, transform } from '../primitives';
import { type Vec3, add, scale } from '../vec';

/**
 * A rod of `len` that starts at `from` and leans by `tilt` radians about X (0 = straight up,
 * positive = towards +Z). Returns the mesh and where it ends, so the next segment can attach.
 */
function segment(from: Vec3, len: number, tilt: number, radius: number): { mesh: MeshData; end: Vec3 } {
  const mesh = rod(radius, len, 12, { translate: [0, len / 2, 0] });
  const end = add(from, scale([0, Math.cos(tilt), Math.sin(tilt)], len));
  return { mesh: transform(mesh, { rotate: [tilt, 0, 0], translate: from }), end };
}

export function lamp(): ModelSpec {
  const body = paint('lamp-paint', '#e2b13c');
  const joint = metal('joint', '#4a4d52', 0.3);
  const diffuser = glow('diffuser', '#fff6e0', '#ffe2a8');

  const pivot: Vec3 = [0, 0.035, 0];
  const lower = segment(pivot, 0.28, -0.26, 0.01); // leans back so the shade can reach forward
  const upper = segment(lower.end, 0.25, 1.2, 0.009); // reaches forward and slightly up

  // Shade hangs from the head joint, its axis tipped forward so the light falls in front of the base.
  const shadeAt = { rotate: [0.35, 0, 0] as Vec3, translate: upper.end };
  const shade = cylinder({ radiusTop: 0.02, radiusBottom: 0.07, height: 0.1, segments: 28 }, { translate: [0, -0.05, 0] });
  // Just inside the rim and 3 mm below the shade's bottom cap, so from underneath the lit disc wins.
  const disc = cylinder({ radiusTop: 0.066, radiusBottom: 0.066, height: 0.004, segments: 28 }, { translate: [0, -0.101, 0] });

  const parts = [
    part('base', body, cylinder({ radiusTop: 0.085, radiusBottom: 0.09, height: 0.025, segments: 32 }, { translate: [0, 0.0125, 0] })),
    part('switch', joint, rod(0.012, 0.012, 12, { translate: [0.05, 0.029, 0.03] })),
    part('base-joint', joint, sphere(0.018, 12, 6, { translate: pivot })),
    part('lower-arm', body, lower.mesh),
    part('elbow', joint, sphere(0.016, 12, 6, { translate: lower.end })),
    part('upper-arm', body, upper.mesh),
    part('head-joint', joint, sphere(0.014, 12, 6, { translate: upper.end })),
    part('shade', body, transform(shade, shadeAt)),
    part('diffuser', diffuser, transform(disc, shadeAt)),
  ];

  return defineModel({
    name: 'lamp',
    kind: 'lamp',
    category: 'lighting',
    description: 'Articulated desk lamp with a warm LED diffuser',
    nominalSize: [0.18, 0.41, 0.28],
    parts,
  });
}
