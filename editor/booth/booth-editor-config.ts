/** Tuning numbers of the booth editor (metres, degrees). */
export const BOOTH_EDITOR_CONFIG = {
  /** Free placement snaps to this grid. */
  gridStep: 0.1,
  /** A drop or drag this close to a free anchor of a fitting kind lands on the anchor. */
  anchorSnapRadius: 0.45,
  /** Rotation snaps to this step (keys R / Shift+R, the yaw field). */
  yawStep: 15,
  scaleStep: 0.1,
  minScale: 0.5,
  maxScale: 3,
  /** Pointer travel (CSS px) before a press on an item becomes a drag. */
  dragStartPx: 4,
  /** Boxes may touch a wall face within this (m): a poster hangs on a wall, it is not inside it. */
  wallTouch: 0.02,
  /** Undo entries kept in the draft. */
  historyLimit: 100,
  /** Recent edit→frame times kept for the test hook. */
  editFrameSamples: 200,
} as const;
