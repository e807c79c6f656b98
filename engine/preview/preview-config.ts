/** Tuning numbers of the editors' 3D preview (metres, degrees, px). */
export const PREVIEW_CONFIG = {
  /** Selection outlines sit this far outside the selected item's boxes. */
  selectionInflate: 0.04,
  /** Camera distance around one booth, as a multiple of its larger side. */
  boothViewDistance: 1.6,
  /** Closest and farthest the orbit camera may get (m). */
  minRadius: 2,
  maxRadius: 400,
  /** Camera pitch from straight down (radians) when focusing: a three-quarter view. */
  focusBeta: 1.0,
  /** Camera heading when focusing: from the south-west, looking into an open front at rotation 0. */
  focusAlpha: -Math.PI / 2 - 0.45,
  /** Rays ignore anything farther than this (m). */
  pickMaxDistance: 1000,
} as const;
