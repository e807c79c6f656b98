/**
 * Stylised visitor avatar, 1.75 m, facing +Z, feet at y = 0. The torso and arms share the
 * material `avatar-body` so the engine can tint one material per visitor; head and visor stay
 * neutral so every avatar still reads as "a person looking this way".
 */
import { glow, paint } from '../materials';
import { type ModelSpec, defineModel, part } from '../model-spec';
import { capsule, rod, sphere } from '../primitives';

export const AVATAR_HEIGHT = 1.75;
export const AVATAR_BODY_MATERIAL = 'avatar-body';

export function avatar(): ModelSpec {
  // Mid grey so a multiplicative tint gives a predictable colour.
  const body = paint(AVATAR_BODY_MATERIAL, '#9aa3ad');
  const head = paint('avatar-head', '#e9e6e1');
  const visor = glow('avatar-visor', '#0d1620', '#0e3a52');

  const headR = 0.16;
  const headY = AVATAR_HEIGHT - headR;
  const torsoH = 1.35;

  const parts = [
    // Body: one capsule from the floor to the shoulders, a little wider than deep.
    part('torso', body, capsule(0.2, torsoH, 24, 6, { scale: [1.1, 1, 0.85], translate: [0, torsoH / 2, 0] })),
    part('neck', head, rod(0.06, 0.16, 16, { translate: [0, 1.38, 0] })),
    part('head', head, sphere(headR, 24, 12, { translate: [0, headY, 0] })),
    // Visor: a squashed sphere pushed forward so it bulges out of the face, showing which way is front.
    part('visor', visor, sphere(1, 20, 8, { scale: [0.125, 0.055, 0.07], translate: [0, headY + 0.02, 0.1] })),
  ];
  for (const side of [-1, 1]) {
    // Arms hang slightly away from the body (rotated about Z), hands at about hip height.
    parts.push(part(`arm-${side}`, body, capsule(0.06, 0.62, 16, 4, {
      rotate: [0, 0, side * 0.12],
      translate: [side * 0.3, 0.94, 0],
    })));
  }

  return defineModel({
    name: 'avatar',
    kind: 'avatar',
    category: 'avatar',
    description: `Stylised humanoid visitor; tint material "${AVATAR_BODY_MATERIAL}" per visitor`,
    nominalSize: [0.8, AVATAR_HEIGHT, 0.34],
    parts,
  });
}
