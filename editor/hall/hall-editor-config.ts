/** Tuning numbers of the hall layout editor, in one place (metres unless named otherwise). */
export const HALL_EDITOR_CONFIG = {
  /** Everything moved or resized on the plan snaps to this grid. */
  grid: 0.5,
  /** An arrow key moves the selection one grid step; with Shift, this many metres. */
  nudgeLarge: 3,
  /** A duplicate lands this far east of its original (then snaps). */
  duplicateOffset: 3,
  /** The smallest slot or stage side a resize handle allows. */
  minSide: 1,
  /** A new slot: the standard inline booth. */
  newSlot: { width: 3, depth: 3 },
  newStage: { width: 8, depth: 4 },
  newEntranceWidth: 4,
  /** A new cut-out: a square the size of a column block or a small café. */
  newCutout: { width: 4, depth: 4 },
  /** A new carpeted aisle, east–west. */
  newAisle: { width: 12, depth: 3 },
  /** The schema's limits on cut-outs and spawn points (model/hall-layout.ts): adding stops there. */
  maxCutouts: 8,
  maxSpawnPoints: 32,
  /** R turns a spawn point this many degrees (Shift+R back). */
  spawnYawStep: 45,
  signHeight: 4,
  /** Plan zoom limits, in screen pixels per metre. */
  minZoom: 2,
  maxZoom: 80,
  /** Wheel zoom factor per 100 px of wheel travel. */
  wheelZoomStep: 1.15,
  /** Handles on the plan are this many screen pixels across. */
  handlePx: 10,
  /** A pointer must travel this far (px) before a press becomes a drag… */
  dragThresholdPx: 3,
  /** …a finger farther, since a tap wobbles more than a mouse click. */
  touchDragThresholdPx: 8,
  /** Half the side of the square a spawn point or sign occupies on the plan (they are points in the layout). */
  pointHalfSide: 0.6,
  /** Drafts are written at most this often while editing (ms). */
  draftSaveDelayMs: 250,
  /** Exhibitors listed by the picker at once. */
  pickerLimit: 30,
} as const;
