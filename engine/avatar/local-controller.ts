import { TargetCamera } from '@babylonjs/core/Cameras/targetCamera';
import { Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { Scene } from '@babylonjs/core/scene';
import type { FloorPoint } from '../../model';
import { ENGINE_CONFIG } from '../config';
import type { FloorRect } from '../geometry/world-box';
import { PathFollower } from '../nav/path-follower';
import { boomLength } from './camera-boom';
import { LocalBody } from './local-body';
import { FlatMover, type Mover } from './mover';
import { normalizeYaw, stepWalk, type VisitorPose, type WalkInput } from './walk';

/** A visitor's place in model coordinates: metres, yaw in degrees clockwise from north. */
export interface Pose {
  x: number;
  z: number;
  yaw: number;
}

/** First person (eyes of the visitor, the default) or third person (behind and above the avatar). */
export type CameraMode = 'first-person' | 'third-person';

/** How a click-to-walk ended: at the goal, interrupted by keys or the stick, or blocked on the way. */
export type WalkEnd = 'arrived' | 'cancelled' | 'blocked';

export interface LocalControllerHooks {
  /** The camera mode changed (key V or `setCameraMode`). */
  cameraModeChanged?: (mode: CameraMode) => void;
  /** A walk along a path ended. */
  walkEnded?: (reason: WalkEnd) => void;
}

const V = ENGINE_CONFIG.visitor;
const CAM = ENGINE_CONFIG.camera;
const DEG = Math.PI / 180;
const FORWARD = ['KeyW', 'ArrowUp'];
const BACK = ['KeyS', 'ArrowDown'];
const LEFT = ['KeyA'];
const RIGHT = ['KeyD'];
const RUN = ['ShiftLeft', 'ShiftRight'];
const HANDLED = new Set([...FORWARD, ...BACK, ...LEFT, ...RIGHT, 'ArrowLeft', 'ArrowRight']);
const CAMERA_KEY = 'KeyV';

function clampUnit(v: number): number {
  return v < -1 ? -1 : v > 1 ? 1 : v;
}

/** Whether any of `codes` is held; an indexed loop, because this runs every frame. */
function anyHeld(keys: Set<string>, codes: readonly string[]): boolean {
  for (let i = 0; i < codes.length; i++) if (keys.has(codes[i]!)) return true;
  return false;
}

/** Typing in a chat box must not walk the visitor. */
function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  return el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName);
}

/**
 * The local visitor: a camera at eye height (first person) or behind the avatar (third person,
 * key V), walked with WASD / arrows (Shift runs, ←/→ turn) or an analog stick (`setMoveInput`),
 * looked around by dragging on the canvas, or walked along a path (`followPath`, click-to-walk)
 * until a key or the stick takes over. A `Mover` keeps the body out of walls: circle-vs-box on
 * the floor plan from the first frame, the Rapier character controller once it has loaded.
 */
export class LocalController {
  readonly camera: TargetCamera;
  private readonly pose: VisitorPose;
  private readonly input: WalkInput = { forward: 0, strafe: 0, turn: 0, run: false };
  private readonly keys = new Set<string>();
  private readonly stick = { x: 0, y: 0 };
  private drag: { id: number; x: number; y: number } | undefined;
  private readonly removers: (() => void)[] = [];
  private mover: Mover;
  private readonly follower = new PathFollower();
  private readonly pathMove = { dx: 0, dz: 0 };
  private mode: CameraMode = 'first-person';
  private readonly body: LocalBody;
  private readonly target = new Vector3(0, 0, 0);

  /**
   * @param blockers rectangles the visitor cannot enter; read every frame, so the owner may grow it (plinths resized after loading).
   * @param keyTarget where keyboard events are heard (the window in a page).
   */
  constructor(
    scene: Scene,
    private readonly canvas: HTMLCanvasElement,
    start: Pose,
    private readonly blockers: readonly FloorRect[],
    keyTarget: EventTarget | undefined,
    private readonly hooks: LocalControllerHooks = {},
  ) {
    this.mover = new FlatMover(blockers);
    this.body = new LocalBody(scene);
    this.pose = { x: start.x, z: start.z, yaw: normalizeYaw(start.yaw), pitch: 0 };
    this.camera = new TargetCamera('visitor', new Vector3(start.x, V.eyeHeight, start.z), scene);
    this.camera.minZ = 0.05;
    this.camera.maxZ = 600;
    this.camera.fov = 0.9;
    scene.activeCamera = this.camera;
    this.applyCamera();

    if (keyTarget) {
      this.listen(keyTarget, 'keydown', (e) => this.onKey(e as KeyboardEvent, true));
      this.listen(keyTarget, 'keyup', (e) => this.onKey(e as KeyboardEvent, false));
      // Keys released while the window had no focus never send keyup: forget them all.
      this.listen(keyTarget, 'blur', () => this.keys.clear());
    }
    this.listen(canvas, 'pointerdown', (e) => this.onPointerDown(e as PointerEvent));
    this.listen(canvas, 'pointermove', (e) => this.onPointerMove(e as PointerEvent));
    this.listen(canvas, 'pointerup', (e) => this.onPointerUp(e as PointerEvent));
    this.listen(canvas, 'pointercancel', (e) => this.onPointerUp(e as PointerEvent));
  }

  /** Per-frame system: keys and stick (or the path being walked) → mover → camera. Allocates nothing. */
  update(dt: number): void {
    const k = this.keys;
    const sx = this.stick.x;
    const sy = this.stick.y;
    this.input.forward = clampUnit((anyHeld(k, FORWARD) ? 1 : 0) - (anyHeld(k, BACK) ? 1 : 0) + sy);
    this.input.strafe = clampUnit((anyHeld(k, RIGHT) ? 1 : 0) - (anyHeld(k, LEFT) ? 1 : 0) + sx);
    this.input.turn = (k.has('ArrowRight') ? 1 : 0) - (k.has('ArrowLeft') ? 1 : 0);
    this.input.run = anyHeld(k, RUN) || Math.sqrt(sx * sx + sy * sy) > V.stickRunThreshold;
    const steering = this.input.forward !== 0 || this.input.strafe !== 0 || this.input.turn !== 0;
    if (this.follower.active && steering) this.endPath('cancelled');
    if (this.follower.active) this.walkPath(dt);
    else stepWalk(this.pose, this.input, dt, this.mover);
    this.applyCamera();
  }

  /** Analog move input from a touch stick: x strafes right, y walks forward, each in [-1, 1]; pushed far, it runs. */
  setMoveInput(x: number, y: number): void {
    this.stick.x = Number.isFinite(x) ? clampUnit(x) : 0;
    this.stick.y = Number.isFinite(y) ? clampUnit(y) : 0;
  }

  /** From now on `mover` moves the body (the physics controller once it has loaded). */
  useMover(mover: Mover): void {
    this.mover = mover;
    mover.place(this.pose);
  }

  /** Walks along `points` (first: where the walk starts) at walking speed until the end, a key or the stick. */
  followPath(points: readonly FloorPoint[]): void {
    if (this.follower.active) this.endPath('cancelled');
    this.follower.start(points);
  }

  /** Stops a walk along a path (reported as `cancelled`). */
  cancelPath(): void {
    if (this.follower.active) this.endPath('cancelled');
  }

  get walkingPath(): boolean {
    return this.follower.active;
  }

  get cameraMode(): CameraMode {
    return this.mode;
  }

  setCameraMode(mode: CameraMode): void {
    if (mode === this.mode) return;
    this.mode = mode;
    this.body.visible = mode === 'third-person';
    this.applyCamera();
    this.hooks.cameraModeChanged?.(mode);
  }

  /** Height of the feet above the floor (on a booth platform, more than 0). */
  get feetY(): number {
    return this.mover.feetY;
  }

  getPose(): Pose {
    return { x: this.pose.x, z: this.pose.z, yaw: this.pose.yaw };
  }

  /** Copies the pose into `out` (for per-frame checks that must not allocate). */
  copyPose(out: Pose): Pose {
    out.x = this.pose.x;
    out.z = this.pose.z;
    out.yaw = this.pose.yaw;
    return out;
  }

  /** Teleports the visitor; a pose inside a wall is pushed out to the nearest free spot. */
  setPose(pose: Pose): void {
    this.pose.x = pose.x;
    this.pose.z = pose.z;
    this.pose.yaw = normalizeYaw(pose.yaw);
    this.mover.place(this.pose);
    this.applyCamera();
  }

  dispose(): void {
    for (const remove of this.removers.splice(0)) remove();
    this.keys.clear();
    this.follower.cancel();
    this.body.dispose();
    this.camera.dispose();
  }

  private walkPath(dt: number): void {
    const status = this.follower.step(this.pose.x, this.pose.z, V.walkSpeed * dt, dt, this.pathMove);
    const { dx, dz } = this.pathMove;
    if (dx !== 0 || dz !== 0) {
      // Turn toward the walking direction, at a limited rate so the view does not snap.
      const want = Math.atan2(dx, dz) / DEG;
      const diff = ((want - this.pose.yaw + 540) % 360) - 180;
      const maxTurn = ENGINE_CONFIG.path.turnSpeedDeg * dt;
      this.pose.yaw = normalizeYaw(this.pose.yaw + Math.max(-maxTurn, Math.min(maxTurn, diff)));
    }
    this.mover.move(this.pose, dx, dz, dt);
    if (status === 'arrived') this.hooks.walkEnded?.('arrived');
    else if (status === 'stuck') this.hooks.walkEnded?.('blocked');
  }

  private endPath(reason: WalkEnd): void {
    this.follower.cancel();
    this.hooks.walkEnded?.(reason);
  }

  private applyCamera(): void {
    const feet = this.mover.feetY;
    const yaw = this.pose.yaw * DEG;
    if (this.mode === 'first-person') {
      this.camera.position.set(this.pose.x, feet + V.eyeHeight, this.pose.z);
      this.camera.rotation.set(this.pose.pitch * DEG, yaw, 0);
      return;
    }
    this.body.place(this.pose.x, feet, this.pose.z, this.pose.yaw);
    // Behind the avatar (opposite its heading), pulled in where a wall is in the way.
    const bx = -Math.sin(yaw);
    const bz = -Math.cos(yaw);
    const back = boomLength(this.blockers, this.pose.x, this.pose.z, bx, bz, CAM.thirdPersonDistance, CAM.wallMargin, CAM.minDistance);
    // Dragging up/down still tilts the view: the camera rises as the visitor looks down.
    const lift = Math.tan(Math.max(-30, Math.min(45, this.pose.pitch)) * DEG) * back;
    this.camera.position.set(this.pose.x + bx * back, feet + CAM.thirdPersonHeight + lift, this.pose.z + bz * back);
    this.target.set(this.pose.x, feet + CAM.thirdPersonTargetHeight, this.pose.z);
    this.camera.setTarget(this.target);
  }

  private listen(target: EventTarget, type: string, handler: (e: Event) => void): void {
    target.addEventListener(type, handler);
    this.removers.push(() => target.removeEventListener(type, handler));
  }

  private onKey(e: KeyboardEvent, down: boolean): void {
    if (down && isEditable(e.target)) return;
    if (down && e.code === CAMERA_KEY && !e.repeat) this.setCameraMode(this.mode === 'first-person' ? 'third-person' : 'first-person');
    if (down) this.keys.add(e.code);
    else this.keys.delete(e.code);
    // Arrows would scroll the page behind the canvas.
    const onPage = e.target === this.canvas || (typeof document !== 'undefined' && e.target === document.body);
    if (down && HANDLED.has(e.code) && onPage) e.preventDefault();
  }

  private onPointerDown(e: PointerEvent): void {
    if (e.button !== 0 && e.pointerType === 'mouse') return;
    this.drag = { id: e.pointerId, x: e.clientX, y: e.clientY };
    this.canvas.setPointerCapture?.(e.pointerId);
  }

  private onPointerMove(e: PointerEvent): void {
    const d = this.drag;
    if (!d || d.id !== e.pointerId) return;
    // Dragging right turns right, dragging down looks down, like most walk-through viewers.
    this.pose.yaw = normalizeYaw(this.pose.yaw + (e.clientX - d.x) * V.lookDegPerPx);
    this.pose.pitch = Math.max(-V.maxPitchDeg, Math.min(V.maxPitchDeg, this.pose.pitch + (e.clientY - d.y) * V.lookDegPerPx));
    d.x = e.clientX;
    d.y = e.clientY;
  }

  private onPointerUp(e: PointerEvent): void {
    if (this.drag?.id !== e.pointerId) return;
    this.drag = undefined;
    this.canvas.releasePointerCapture?.(e.pointerId);
  }
}
