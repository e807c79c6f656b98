/**
 * Every tuning number of the engine in one place (sizes in metres, speeds in m/s, angles in
 * degrees unless named otherwise). Change them here, not at the use site.
 */
export const ENGINE_CONFIG = {
  visitor: {
    /** Camera height above the floor: eye level of an average adult. */
    eyeHeight: 1.65,
    walkSpeed: 1.6,
    runSpeed: 4,
    /** Arrow left/right turn rate. */
    turnSpeedDeg: 90,
    /** Body radius used for collision: shoulders plus a little room so the camera never clips a wall. */
    radius: 0.3,
    /** Degrees of yaw/pitch per CSS pixel dragged. */
    lookDegPerPx: 0.25,
    maxPitchDeg: 80,
    /** Longest distance moved per collision sub-step, so fast moves at low fps cannot tunnel through thin walls. */
    maxSubstep: 0.05,
    /** How often `poseChanged` may fire; the room client sends moves at about this rate. */
    poseEventIntervalMs: 100,
  },
  hall: {
    wallThickness: 0.3,
    /** Carpets sit this far above the floor so they never z-fight with it. */
    carpetHeight: 0.012,
    floorThickness: 0.1,
    stageHeight: 0.6,
    stageBackdropHeight: 4,
    stageBackdropDepth: 0.2,
    signBoardWidth: 3,
    signBoardHeight: 0.7,
    signBoardDepth: 0.08,
    signPostSize: 0.1,
    /** Signs centred higher than this hang (no post to the floor). */
    signPostMaxHeight: 3,
    entranceLabelHeight: 0.6,
  },
  booth: {
    /** The plinth a product stands on: a product-stand item is plinth plus product. */
    plinthWidth: 1,
    plinthDepth: 1,
    plinthHeight: 0.25,
    /** Text on a fascia leaves this fraction of the board as margin on every side. */
    fasciaTextMargin: 0.06,
  },
  collision: {
    /** A fixture blocks walking when it reaches below this height (m)… */
    maxBottom: 1.2,
    /** …and rises above this one (lower things, like booth platforms, are stepped onto; plinths, 0.25 m, still block). */
    minTop: 0.2,
    /** …and is at least this thick (thinner boxes are posters and screens hung on walls). */
    minThickness: 0.05,
  },
  interact: {
    /** A pointer that moved less than this (CSS px) between down and up is a tap, not a drag. */
    tapMaxMovePx: 6,
    tapMaxMs: 600,
  },
  remote: {
    /** Time constant of the exponential approach to the latest network pose (s). */
    smoothingSeconds: 0.12,
    /** Farther than this from the target (m), an avatar jumps instead of gliding (teleports, joins). */
    snapDistance: 8,
    nameTagHeight: 2.05,
    capsuleHeight: 1.75,
    capsuleRadius: 0.28,
  },
  atlas: {
    maxSize: 4096,
    width: 2048,
    rowHeight: 64,
    minRowHeight: 24,
    padding: 2,
    fontStack: '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", sans-serif',
  },
} as const;
