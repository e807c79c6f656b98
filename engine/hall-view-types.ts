import type { AbstractEngine } from '@babylonjs/core/Engines/abstractEngine';
import type { FloorRect, Locale } from '../model';
import type { CameraMode, Pose, WalkEnd } from './avatar/local-controller';
import type { RemoteAvatarsApi } from './avatar/remote-avatars';
import type { Listener } from './events';
import type { CanvasFactory } from './hall/label-atlas';
import type { ModelLoader } from './scene/load-glb';
import type { ProductOnScreen } from './interact/picking';
import type { BoothRef, InteractionTarget, ProductRef, ScreenRef } from './interact/interaction-targets';
import type { XRPointerRay } from './xr/xr-session';
import type { XRState } from './xr/xr-support';

/** Building phases, in order: floor and walls, booths, product models, finished. */
export type HallViewPhase = 'shell' | 'booths' | 'products' | 'done';

/** Events a hall view emits, by name. */
export interface HallViewEvents {
  /** Building progress: `loaded` of `total` units of the current phase (booths, model files…). */
  progress: { phase: HallViewPhase; loaded: number; total: number };
  /** The visitor tapped a product model (or pulled an XR controller's trigger at it). */
  productSelected: ProductRef;
  /** The pointer came to rest on a product (`null`: it left the product it was on). Not on touch screens. */
  productHovered: ProductRef | null;
  /** What the pointer is over changed (`null`: nothing the page cares about). The engine outlines it. */
  hoverChanged: { target: InteractionTarget | null };
  /** The visitor tapped a booth's shell, fascia or furniture. */
  boothSelected: BoothRef;
  /** The visitor tapped a screen in a booth. */
  screenSelected: ScreenRef;
  /** The local visitor stepped into a booth's footprint. */
  boothEntered: BoothRef;
  /** The local visitor left the booth (or the hall closed while in it), after `dwellMs` inside. */
  boothLeft: BoothRef & { dwellMs: number };
  /** The immersive VR session changed state (`enterXR`, `exitXR`, or the headset's own controls). */
  xrStateChanged: { state: XRState };
  /** The local visitor moved or turned; at most every 100 ms. */
  poseChanged: Pose;
  /** The visitor tapped the hall floor (not a product, booth or screen): the engine walks there. */
  floorTapped: { x: number; z: number };
  /** A click-to-walk started toward (x, z) (the goal moved off a wall if the tap was on one), along `waypoints` straight legs. */
  walkStarted: { x: number; z: number; waypoints: number };
  /** A click-to-walk ended: `arrived`, `cancelled` (keys, stick, a new target) or `blocked` (something in the way). */
  walkEnded: { reason: WalkEnd };
  /** No walkable path leads to (x, z): show the visitor why nothing happens. */
  walkFailed: { x: number; z: number; reason: 'unreachable' };
  /** First or third person (key V or `setCameraMode`). */
  cameraModeChanged: { mode: CameraMode };
  /** Something failed but the hall goes on (a model that did not load); `ready` rejects only when building itself failed. */
  error: { message: string };
}

export interface HallViewStats {
  /** Draw calls of the last frame (0 on engines that do not count them). */
  drawCalls: number;
  activeMeshes: number;
  meshes: number;
  fps: number;
  /** Mean CPU time (ms) of one `scene.render()` call over the last 30 frames. */
  renderCpuMs: number;
  /** Products drawn as their model now, and as far-away impostor boxes. */
  productModels: number;
  productImpostors: number;
  /** Other visitors drawn with a full body and name tag, and as far capsules. */
  nearAvatars: number;
  farAvatars: number;
  /** CSS pixels per rendered pixel along each axis (1/devicePixelRatio at full resolution; higher when a slow machine drew too slowly). */
  hardwareScalingLevel: number;
  /** Whether the active-mesh list is frozen (the view has been still for a few frames). */
  activeMeshesFrozen: boolean;
  /** Whether the Rapier character controller moves the visitor yet (it loads after the first frame). */
  physicsReady: boolean;
  /** Rapier bodies and colliders alive (0 before it loads and after dispose): the dispose test checks these. */
  physicsBodies: number;
  physicsColliders: number;
}

export interface HallViewOptions {
  /** Which names fascias and signs show. */
  locale: Locale;
  /** Prefix for same-origin asset paths (`/assets/models/x.glb`): a CDN or another static host. */
  assetBaseUrl?: string;
  /** Load product and avatar models (default true). Tests and benchmarks may turn it off. */
  loadModels?: boolean;
  /** Render with this engine instead of a WebGL engine on the canvas (NullEngine in tests). The caller disposes it. */
  engine?: AbstractEngine;
  /** How model files are loaded (default: the glTF loader, imported after the first frame). */
  loadModel?: ModelLoader;
  /** How text canvases are made (default: DOM canvas); Node tests pass a stub. */
  createCanvas?: CanvasFactory;
  /** Load the Rapier character controller after the first frame (default true; without it walking uses the floor plan). */
  physics?: boolean;
  /**
   * Lower the 3D resolution while the built hall draws below the target frame rate (default:
   * true on the engine it makes itself; benchmarks turn it off to compare like with like).
   */
  adaptiveResolution?: boolean;
  /** Where keyboard events are heard (default: `window`; `null` for none). */
  keyTarget?: EventTarget | null;
}

/** What `createHallView` returns: commands and events of one hall on one canvas. */
export interface HallViewHandle {
  /** Resolves when every phase is done (failed models are reported as `error` events, not here). */
  readonly ready: Promise<void>;
  on<K extends keyof HallViewEvents>(event: K, listener: Listener<HallViewEvents[K]>): () => void;
  off<K extends keyof HallViewEvents>(event: K, listener: Listener<HallViewEvents[K]>): void;
  /** The local visitor's pose in model coordinates (yaw: degrees clockwise from north). */
  getPose(): Pose;
  /** Teleports the local visitor (pushed out of walls if needed). */
  setPose(pose: Pose): void;
  /** Other visitors, fed by the room client. */
  readonly remoteAvatars: RemoteAvatarsApi;
  /** Redraws every name in another locale. */
  setLocale(locale: Locale): void;
  stats(): HallViewStats;
  /** Products a tap would select now, each with a canvas point (CSS px) that hits it. Samples the canvas: not per frame. */
  productsOnScreen(): ProductOnScreen[];
  /** Whether this browser can enter immersive VR (WebXR `immersive-vr`); loads no XR code. */
  xrSupported(): Promise<boolean>;
  /**
   * Enters immersive VR (call it from a click: browsers require a user gesture). Babylon's WebXR
   * code is imported now, not with the page. Rejects when the browser refuses the session.
   */
  enterXR(): Promise<void>;
  /** Leaves immersive VR; the visitor stays where the headset was. */
  exitXR(): Promise<void>;
  /** The XR session's state now. */
  readonly xrState: XRState;
  /** In XR: the headset position and each controller's ray in hall coordinates (for tests and debugging aids). */
  xrInfo(): { head: { x: number; y: number; z: number }; rays: XRPointerRay[] } | undefined;
  /** The booth the visitor stands in now. */
  currentBooth(): BoothRef | undefined;
  /**
   * Analog move input (a touch stick): `x` strafes right, `y` walks forward, each in [-1, 1];
   * pushed nearly all the way, the visitor runs. (0, 0) stops. Cancels a click-to-walk.
   */
  setMoveInput(x: number, y: number): void;
  /** Walks to (x, z) along a path around obstacles, drawn on the floor; false (and `walkFailed`) when none exists. */
  walkTo(x: number, z: number): boolean;
  /** Floor rectangles the visitor's body cannot enter now (plinths at their product's size): for tests and debugging aids. */
  walkObstacles(): FloorRect[];
  /** Stops a click-to-walk. */
  cancelWalk(): void;
  readonly cameraMode: CameraMode;
  setCameraMode(mode: CameraMode): void;
  /** Resolves when the Rapier character controller has taken over walking (rejects if it failed to load). */
  readonly physicsReady: Promise<void>;
  /** Frees every mesh, material, texture, observer and listener, stops rendering and disposes the engine it made. */
  dispose(): void;
}
