/** 0.5 l glass beverage bottle: body, shoulder, neck, crown cap and a printed label band. */
import { glass, metal, paint } from '../materials';
import { type ModelSpec, defineModel, part } from '../model-spec';
import { cylinder } from '../primitives';

const SEG = 32;

export function bottle(): ModelSpec {
  const bottleGlass = glass('bottle-glass', '#2e7d4f');
  const label = paint('label', '#f4efe4');
  const labelStripe = paint('label-stripe', '#d0452b');
  const cap = metal('cap', '#c8a23a', 0.3);

  // Stacked frustums; caps are dropped where the next section covers them to save triangles.
  const section = (rb: number, rt: number, y0: number, y1: number, capTop = false, capBottom = false) =>
    cylinder(
      { radiusBottom: rb, radiusTop: rt, height: y1 - y0, segments: SEG, capTop, capBottom },
      { translate: [0, (y0 + y1) / 2, 0] },
    );

  const parts = [
    part('heel', bottleGlass, section(0.032, 0.036, 0, 0.012, false, true)),
    part('body', bottleGlass, section(0.036, 0.036, 0.012, 0.2)),
    part('shoulder', bottleGlass, section(0.036, 0.014, 0.2, 0.255)),
    part('neck', bottleGlass, section(0.014, 0.014, 0.255, 0.285)),
    // The label is 0.5 mm proud of the glass so the two surfaces never fight for depth.
    part('label', label, section(0.0365, 0.0365, 0.08, 0.17, true, true)),
    part('label-stripe', labelStripe, section(0.0367, 0.0367, 0.115, 0.135, true, true)),
    part('cap', cap, section(0.0165, 0.0155, 0.28, 0.3, true, true)),
  ];

  return defineModel({
    name: 'bottle',
    kind: 'bottle',
    category: 'food-and-beverage',
    description: 'Glass beverage bottle with crown cap and label band',
    nominalSize: [0.073, 0.3, 0.073],
    parts,
  });
}
