import { TargetCamera } from '@babylonjs/core/Cameras/targetCamera';
import { Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { Scene } from '@babylonjs/core/scene';
import { ENGINE_CONFIG } from '../config';
import type { FloorRect } from '../geometry/world-box';
import { pushOutOfRects } from './collide';
import { normalizeYaw, stepWalk, type VisitorPose, type WalkInput } from './walk';

/** A visitor's place in model coordinates: metres, yaw in degrees clockwise from north. */
export interface Pose {
  x: number;
  z: number;
  yaw: number;
}

const V = ENGINE_CONFIG.visitor;
const DEG = Math.PI / 180;
const FORWARD = ['KeyW', 'ArrowUp'];
const BACK = ['KeyS', 'ArrowDown'];
const LEFT = ['KeyA'];
const RIGHT = ['KeyD'];
const RUN = ['ShiftLeft', 'ShiftRight'];
const HANDLED = new Set([...FORWARD, ...BACK, ...LEFT, ...RIGHT, 'ArrowLeft', 'ArrowRight']);

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
 * The local visitor: a first-person camera at eye height, walked with WASD / arrows (Shift
 * runs, ←/→ turn), looked around by dragging on the canvas, kept out of walls by circle-vs-box
 * collision against the hall's blocker rectangles.
 * TODO(issue: Rapier character controller) replace the 2D push-out with Rapier.
 */
export class LocalController {
  readonly camera: TargetCamera;
  private readonly pose: VisitorPose;
  private readonly input: WalkInput = { forward: 0, strafe: 0, turn: 0, run: false };
  private readonly keys = new Set<string>();
  private drag: { id: number; x: number; y: number } | undefined;
  private readonly removers: (() => void)[] = [];

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
  ) {
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

  /** Per-frame system: keys → walk → camera. Allocates nothing. */
  update(dt: number): void {
    const k = this.keys;
    this.input.forward = (anyHeld(k, FORWARD) ? 1 : 0) - (anyHeld(k, BACK) ? 1 : 0);
    this.input.strafe = (anyHeld(k, RIGHT) ? 1 : 0) - (anyHeld(k, LEFT) ? 1 : 0);
    this.input.turn = (k.has('ArrowRight') ? 1 : 0) - (k.has('ArrowLeft') ? 1 : 0);
    this.input.run = anyHeld(k, RUN);
    stepWalk(this.pose, this.input, dt, this.blockers);
    this.applyCamera();
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
    pushOutOfRects(this.pose, V.radius, this.blockers);
    this.applyCamera();
  }

  dispose(): void {
    for (const remove of this.removers.splice(0)) remove();
    this.keys.clear();
    this.camera.dispose();
  }

  private applyCamera(): void {
    this.camera.position.set(this.pose.x, V.eyeHeight, this.pose.z);
    this.camera.rotation.set(this.pose.pitch * DEG, this.pose.yaw * DEG, 0);
  }

  private listen(target: EventTarget, type: string, handler: (e: Event) => void): void {
    target.addEventListener(type, handler);
    this.removers.push(() => target.removeEventListener(type, handler));
  }

  private onKey(e: KeyboardEvent, down: boolean): void {
    if (down && isEditable(e.target)) return;
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
