/** Shipping/retail carton: cardboard body, brand-coloured lid band, packing tape and a side label. */
import { matte, paint, plastic } from '../materials';
import { type ModelSpec, defineModel, part } from '../model-spec';
import { box } from '../primitives';

export function boxPackage(): ModelSpec {
  const cardboard = matte('cardboard', '#c49a62');
  const brand = paint('brand', '#1f6fb2');
  const tape = plastic('tape', '#d9b77a');
  const label = matte('label', '#f7f7f2');
  const barcode = matte('barcode', '#1a1a1a');

  const parts = [
    part('carton', cardboard, box([0.4, 0.26, 0.3], { translate: [0, 0.13, 0] })),
    // The lid overhangs the carton by 5 mm per side, like a telescoping lid.
    part('lid', brand, box([0.41, 0.05, 0.31], { translate: [0, 0.275, 0] })),
    // Tape runs over the top and down front and back; it starts 1 mm above the floor so its
    // underside never coincides with the carton's.
    part('tape', tape, box([0.06, 0.3, 0.312], { translate: [0, 0.151, 0] })),
    // Shipping label on the front, beside the tape (tape covers |x| < 0.03).
    part('label', label, box([0.12, 0.08, 0.002], { translate: [0.1, 0.13, 0.151] })),
    part('barcode', barcode, box([0.09, 0.02, 0.002], { translate: [0.1, 0.115, 0.152] })),
  ];

  return defineModel({
    name: 'box-package',
    kind: 'package',
    category: 'packaging',
    description: 'Product carton with telescoping lid, tape and shipping label',
    nominalSize: [0.41, 0.301, 0.312],
    parts,
  });
}
