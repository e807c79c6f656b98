/** Tuning numbers of the booth editor's gizmos (the snap steps come from the editor: `setSnap`). */
export const PREVIEW_GIZMO_CONFIG = {
  /** Handle line thickness (Babylon's gizmo units). */
  thickness: 1.4,
  /** Handle size on screen, as a multiple of Babylon's default (gizmos keep their screen size as the camera zooms). */
  scaleRatio: 1.1,
  /** How fast the uniform scale handle grows the item per metre dragged. */
  scaleSensitivity: 1,
  /** Snap steps until the editor sets its own: metres along the floor, degrees about y. */
  defaultMoveStep: 0.1,
  defaultYawStepDeg: 15,
} as const;
