import { DEFAULT_PLINTH, HALL_SHELL, WALK_RULES } from '../model';

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
    /** Body radius used for collision (shared with the walk grid and the server: model's WALK_RULES). */
    radius: WALK_RULES.visitorRadius,
    /** Degrees of yaw/pitch per CSS pixel dragged. */
    lookDegPerPx: 0.25,
    maxPitchDeg: 80,
    /** Longest distance moved per collision sub-step, so fast moves at low fps cannot tunnel through thin walls. */
    maxSubstep: 0.05,
    /** How often `poseChanged` may fire; the room client sends moves at about this rate. */
    poseEventIntervalMs: 100,
    /** Capsule height of the local body (feet to top of head) for the physics controller. */
    bodyHeight: 1.75,
    /** A touch stick pushed farther than this fraction of its reach runs. */
    stickRunThreshold: 0.85,
  },
  /** The Rapier character controller (loaded after the first frame). */
  physics: {
    gravity: 9.81,
    /** Gap the controller keeps between the capsule and what it touches (m); too small jitters, too big floats. */
    skin: 0.02,
    /** Highest edge stepped up without a jump: the walk rule's `minTop`, so what does not block is what is stepped onto. */
    maxStepHeight: WALK_RULES.minTop,
    /** An edge is stepped onto only when at least this much of its top is free (m). */
    minStepWidth: 0.15,
    /** Down-steps up to this height are followed instead of falling (m). */
    snapToGround: 0.3,
    maxSlopeDeg: 45,
    maxFallSpeed: 20,
  },
  /** Click-to-walk along a path on the walk grid. */
  path: {
    /** A waypoint counts as reached this close (m). */
    reachedDistance: 0.15,
    /** Gives up (`walkFailed`, reason `blocked`) after this long without getting closer to the next waypoint (s). */
    stuckSeconds: 1.2,
    /** The path line floats this high above the floor (m), above the carpets. */
    lineHeight: 0.03,
    /** Heading turns toward the walking direction this fast (degrees per second). */
    turnSpeedDeg: 240,
  },
  camera: {
    /** Third person: how far behind the avatar the camera wants to be (m)… */
    thirdPersonDistance: 3.2,
    /** …at this height above the feet… */
    thirdPersonHeight: 2.4,
    /** …looking at this height on the avatar. */
    thirdPersonTargetHeight: 1.5,
    /** How far in front of a wall the camera stops when the wall cuts its line to the avatar (m). */
    wallMargin: 0.25,
    /** Closest the camera comes to the avatar's head (m). */
    minDistance: 0.6,
  },
  hall: {
    wallThickness: HALL_SHELL.wallThickness,
    /** Carpets sit this far above the floor so they never z-fight with it. */
    carpetHeight: 0.012,
    floorThickness: 0.1,
    stageHeight: HALL_SHELL.stageHeight,
    stageBackdropHeight: HALL_SHELL.stageBackdropHeight,
    stageBackdropDepth: HALL_SHELL.stageBackdropDepth,
    signBoardWidth: 3,
    signBoardHeight: HALL_SHELL.signBoardHeight,
    signBoardDepth: 0.08,
    signPostSize: HALL_SHELL.signPostSize,
    /** Signs centred higher than this hang (no post to the floor). */
    signPostMaxHeight: HALL_SHELL.signPostMaxHeight,
    entranceLabelHeight: 0.6,
  },
  booth: {
    /** The plinth a product stands on: a product-stand item is plinth plus product. */
    plinthWidth: DEFAULT_PLINTH.width,
    plinthDepth: DEFAULT_PLINTH.depth,
    plinthHeight: DEFAULT_PLINTH.height,
    /** Text on a fascia leaves this fraction of the board as margin on every side. */
    fasciaTextMargin: 0.06,
  },
  /** What blocks walking: model's WALK_RULES (one rule for engine, server and editors; see `blocksWalking`). */
  collision: {
    maxBottom: WALK_RULES.maxBottom,
    minTop: WALK_RULES.minTop,
    minThickness: WALK_RULES.minThickness,
  },
  interact: {
    /** A pointer that moved less than this (CSS px) between down and up is a tap, not a drag. */
    tapMaxMovePx: 6,
    tapMaxMs: 600,
    /** Hover picks at most this often, and only after the pointer moved: one ray per interval, not per mouse event or frame. */
    hoverIntervalMs: 100,
    /** Rays (taps, hover, XR controllers) ignore anything farther than this (m). */
    pickMaxDistance: 60,
    /** Once inside a booth's footprint, the visitor counts as in it until this far outside (m), so walking along its edge does not flicker. */
    boothLeaveMargin: 0.4,
    /** The hover outline sits this far outside the hovered thing (m) so it never z-fights with it. */
    highlightInflate: 0.03,
  },
  xr: {
    /** Controller rays are drawn this long (m); what they hit is found by the pick, not by the drawn length. */
    rayLength: 6,
    /** Radius of the floor marker where a trigger would teleport (m). */
    reticleRadius: 0.25,
    /** The visitor pose follows the headset when the head moved more than this (m)… */
    headFollowDistance: 0.02,
    /** …or turned more than this (degrees). */
    headFollowYawDeg: 2,
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
  /**
   * Resolution drops when the hall draws too slowly (a cheap laptop's GPU, software rendering):
   * Babylon's scene optimizer raises the hardware scaling level step by step. The page's text and
   * buttons are HTML and stay sharp.
   */
  resolution: {
    /** Below this frame rate, the 3D view is drawn with fewer pixels… */
    targetFps: 30,
    /** …checked this often (ms; `getFps` averages the last 60 frames)… */
    checkMs: 1500,
    /** …one step at a time (pixels per rendered pixel along each axis)… */
    step: 0.5,
    /** …down to at most this: half the page's CSS resolution. */
    maxScalingLevel: 2,
  },
  /** Level of detail and culling: what is drawn in full, what cheaply, and how static meshes are split. */
  lod: {
    /**
     * Booth shells, plinths and fascia names are merged per tile of about this size (m), one mesh
     * per finish per tile, so frustum culling still drops what is behind the visitor.
     */
    tileSize: 24,
    /** Products farther than this from the visitor (m) are drawn as one coloured box each (impostors). */
    productDistance: 22,
    /** The near/far split of products is redone when the visitor has moved this far (m) since the last one. */
    refreshDistance: 2,
    /** Frames the view must stay still before the active-mesh list is frozen (0 turns freezing off). */
    freezeAfterStillFrames: 10,
  },
  avatars: {
    /** Remote avatars nearer than this (m) get a full body and a name tag… */
    nearDistance: 12,
    /** …and lose them again beyond this one (hysteresis: no flicker at the edge). */
    farDistance: 14,
    /** At most this many full bodies; the rest, however near, are drawn as simple shapes. */
    maxNear: 8,
    /** How often (frames) the near/far split of avatars is redone. */
    splitEveryFrames: 6,
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
