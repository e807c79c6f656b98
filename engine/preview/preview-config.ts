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
  /**
   * Focused on one booth (the exhibitor's editor), the preview builds only the booths whose slot
   * lies within this distance (m, footprint to footprint) of it: the neighbours seen from the
   * booth, not a 200-booth hall whose every mesh each edit's frame would have to cull and draw.
   */
  neighbourhoodRadius: 12,
  /**
   * Render size caps. A high-DPI screen would otherwise make the canvas 4–9× the pixels of its
   * CSS size, and with software GL (and on phones) every frame's cost is mostly pixels: the
   * device pixel ratio is capped, and then the whole canvas is held under a pixel budget.
   */
  maxPixelRatio: 1.5,
  maxRenderPixels: 1_600_000,
  /**
   * After a change, frames keep coming while something drawn is not ready yet (a shader
   * compiling, a texture loading), so a change always ends in a complete frame; at most this
   * many, so a texture that never loads does not keep the on-demand loop drawing for good.
   */
  maxSettleFrames: 600,
} as const;
