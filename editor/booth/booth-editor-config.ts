/** Tuning numbers of the booth editor (metres, degrees). */
export const BOOTH_EDITOR_CONFIG = {
  /** Free placement snaps to this grid. */
  gridStep: 0.1,
  /** A drop or drag this close to a free anchor of a fitting kind lands on the anchor. */
  anchorSnapRadius: 0.45,
  /** Rotation snaps to this step (keys R / Shift+R, the yaw field). */
  yawStep: 15,
  scaleStep: 0.1,
  /** The 3D view's scale handle snaps to this finer step (within minScale…maxScale). */
  gizmoScaleStep: 0.05,
  minScale: 0.5,
  maxScale: 3,
  /** Pointer travel (CSS px) before a press on an item becomes a drag. */
  dragStartPx: 4,
  /** Grid (m) searched for a free spot when a palette click finds its default place taken. */
  freeSpotStep: 0.2,
  /** Undo entries kept in the draft. */
  historyLimit: 100,
  /** Recent edit→frame times kept for the test hook. */
  editFrameSamples: 200,
} as const;
