/**
 * The immersive VR session: loaded with `import()` only when the visitor enters VR, so none of
 * Babylon's WebXR code is in the first-frame JavaScript.
 */
import '@babylonjs/core/Culling/ray';
import { Ray } from '@babylonjs/core/Culling/ray';
import { StandardMaterial } from '@babylonjs/core/Materials/standardMaterial';
import { Color3 } from '@babylonjs/core/Maths/math.color';
import { Vector3 } from '@babylonjs/core/Maths/math.vector';
import { CreateBox } from '@babylonjs/core/Meshes/Builders/boxBuilder';
import { CreateDisc } from '@babylonjs/core/Meshes/Builders/discBuilder';
import { CreateLines } from '@babylonjs/core/Meshes/Builders/linesBuilder';
import type { AbstractMesh } from '@babylonjs/core/Meshes/abstractMesh';
import type { Observer } from '@babylonjs/core/Misc/observable';
import type { Scene } from '@babylonjs/core/scene';
import { WebXRExperienceHelper } from '@babylonjs/core/XR/webXRExperienceHelper';
import { WebXRInput } from '@babylonjs/core/XR/webXRInput';
import type { WebXRInputSource } from '@babylonjs/core/XR/webXRInputSource';
import { WebXRState } from '@babylonjs/core/XR/webXRTypes';
import type { Pose } from '../avatar/local-controller';
import { ENGINE_CONFIG } from '../config';
import type { PickResult } from '../interact/hall-picker';
import type { InteractionTarget } from '../interact/interaction-targets';
import type { XRState } from './xr-support';

const X = ENGINE_CONFIG.xr;
const RAD = 180 / Math.PI;

/** What the XR session needs from the hall view. */
export interface XRHost {
  scene: Scene;
  pickRay(ray: Ray): PickResult | undefined;
  hover(result: PickResult | undefined): void;
  select(target: InteractionTarget): void;
  /** Whether a visitor may stand at (x, z): floor, and not in or against anything. */
  canStandAt(x: number, z: number): boolean;
  setPose(pose: Pose): void;
  /** Called every XR frame: the headset moves the view all the time (the hall view thaws its frozen active-mesh list). */
  everyFrame(): void;
  onState(state: XRState): void;
}

/** A controller's pointing ray in hall coordinates (for tests and debugging aids). */
export interface XRPointerRay {
  handedness: string;
  origin: { x: number; y: number; z: number };
  direction: { x: number; y: number; z: number };
}

export interface XRSessionHandle {
  /** Ends the session; resolves when the scene is back on the visitor's own camera. */
  exit(): Promise<void>;
  /** The headset's position in hall coordinates. */
  head(): { x: number; y: number; z: number };
  pointerRays(): XRPointerRay[];
  /** Ends the session if it runs and frees everything it made. */
  dispose(): void;
}

const toXRState: Record<WebXRState, XRState> = {
  [WebXRState.ENTERING_XR]: 'entering',
  [WebXRState.IN_XR]: 'in',
  [WebXRState.EXITING_XR]: 'exiting',
  [WebXRState.NOT_IN_XR]: 'off',
};

/**
 * Starts an immersive-vr session on the hall's scene (local-floor: the floor is y = 0) with the
 * visitor's position and heading. In it:
 * - each controller shows a simple ray and handle (no controller models: Babylon would fetch
 *   them from its CDN), and a ring on the floor where the ray meets walkable floor;
 * - a trigger (`select`) picks along that controller's ray with the hall's own picker: a product,
 *   booth or screen is selected (the same events as a tap), the floor is teleported to when a
 *   visitor may stand there;
 * - hover outlines follow the last-used controller, one pick every `hoverIntervalMs`;
 * - the visitor pose follows the headset, so the room and booth presence see where they are.
 * Resolves once the session runs; when it ends (exit, or the headset's own button) everything
 * made here is disposed and `onState('off')` fires.
 */
export async function enterImmersiveVR(host: XRHost): Promise<XRSessionHandle> {
  const { scene } = host;
  const helper = await WebXRExperienceHelper.CreateAsync(scene);
  const input = new WebXRInput(helper.sessionManager, helper.camera, {
    doNotLoadControllerMeshes: true,
    disableOnlineControllerRepository: true,
    controllerOptions: { doNotLoadControllerMesh: true },
  });
  const material = new StandardMaterial('xr-controller', scene);
  material.diffuseColor = new Color3(0.15, 0.17, 0.2);
  material.emissiveColor = new Color3(0.1, 0.1, 0.12);
  const reticle = CreateDisc('xr-teleport-ring', { radius: X.reticleRadius, tessellation: 32 }, scene);
  const reticleMaterial = new StandardMaterial('xr-teleport-ring', scene);
  reticleMaterial.disableLighting = true;
  reticleMaterial.alpha = 0.75;
  reticle.material = reticleMaterial;
  reticle.rotation.x = Math.PI / 2;
  reticle.isPickable = false;
  reticle.setEnabled(false);

  const visuals = new Map<WebXRInputSource, AbstractMesh[]>();
  const addVisual = (controller: WebXRInputSource) => {
    const ray = CreateLines(`xr-ray-${controller.uniqueId}`, { points: [Vector3.Zero(), new Vector3(0, 0, X.rayLength)] }, scene);
    ray.color = new Color3(0.55, 0.85, 1);
    const handle = CreateBox(`xr-handle-${controller.uniqueId}`, { width: 0.04, height: 0.04, depth: 0.14 }, scene);
    handle.material = material;
    for (const m of [ray, handle]) {
      m.isPickable = false;
      m.parent = controller.pointer;
    }
    visuals.set(controller, [ray, handle]);
  };
  const removeVisual = (controller: WebXRInputSource) => {
    for (const m of visuals.get(controller) ?? []) m.dispose(false, false);
    visuals.delete(controller);
  };
  input.onControllerAddedObservable.add(addVisual);
  input.onControllerRemovedObservable.add(removeVisual);

  const ray = new Ray(Vector3.Zero(), Vector3.Forward(), ENGINE_CONFIG.interact.pickMaxDistance);
  let active: WebXRInputSource | undefined;
  const pointerRay = (controller: WebXRInputSource) => {
    // The pointer is an empty mesh: nothing renders it, so its world matrix is only as fresh as
    // the last time someone asked. Select events arrive before the frame renders: ask now.
    controller.pointer.computeWorldMatrix(true);
    controller.getWorldPointerRayToRef(ray);
    return ray;
  };

  // A trigger is handled in the next XR frame, once WebXRInput has placed the controllers for
  // it: select events arrive at the start of a frame, before the poses are updated.
  let pendingSelect: WebXRInputSource | undefined;
  const onSelect = (event: Event) => {
    const source = (event as XRInputSourceEvent).inputSource;
    pendingSelect = input.controllers.find((c) => c.inputSource === source);
  };
  const handleSelect = (controller: WebXRInputSource) => {
    active = controller;
    const hit = host.pickRay(pointerRay(controller));
    if (hit?.kind === 'target') host.select(hit.target);
    else if (hit?.kind === 'floor' && host.canStandAt(hit.x, hit.z)) teleport(hit.x, hit.z);
  };

  const camera = helper.camera;
  const forward = new Vector3();
  const pose: Pose = { x: 0, z: 0, yaw: 0 };
  const synced = { x: NaN, z: NaN, yaw: NaN };
  const headYaw = () => {
    camera.getDirectionToRef(Vector3.Forward(), forward);
    return Math.atan2(forward.x, forward.z) * RAD;
  };
  /** Moves the tracking origin so the head lands over (x, z); height and heading stay. */
  const teleport = (x: number, z: number) => {
    camera.position.x = x;
    camera.position.z = z;
    followHead(true);
  };
  /** The visitor pose follows the headset (allocation-free: it runs every XR frame). */
  const followHead = (force: boolean) => {
    const yaw = headYaw();
    const dYaw = Math.abs(((yaw - synced.yaw + 540) % 360) - 180);
    const moved = Math.hypot(camera.position.x - synced.x, camera.position.z - synced.z);
    if (!force && moved < X.headFollowDistance && dYaw < X.headFollowYawDeg) return;
    pose.x = synced.x = camera.position.x;
    pose.z = synced.z = camera.position.z;
    pose.yaw = synced.yaw = yaw;
    host.setPose(pose);
  };

  let lastHoverAt = -Infinity;
  const onFrame = () => {
    host.everyFrame();
    followHead(false);
    if (pendingSelect) {
      const controller = pendingSelect;
      pendingSelect = undefined;
      handleSelect(controller);
    }
    const now = performance.now();
    if (now - lastHoverAt < ENGINE_CONFIG.interact.hoverIntervalMs) return;
    lastHoverAt = now;
    const controller = active ?? input.controllers.find((c) => c.inputSource.handedness === 'right') ?? input.controllers[0];
    if (!controller) return;
    const hit = host.pickRay(pointerRay(controller));
    host.hover(hit);
    if (hit?.kind === 'floor') {
      reticle.position.set(hit.x, 0.01, hit.z);
      reticleMaterial.emissiveColor.copyFrom(host.canStandAt(hit.x, hit.z) ? OK_COLOR : NO_COLOR);
      reticle.setEnabled(true);
    } else reticle.setEnabled(false);
  };

  let disposed = false;
  let frameObserver: Observer<XRFrame> | null = null;
  let ended: () => void = () => undefined;
  const endedPromise = new Promise<void>((resolve) => (ended = resolve));
  const cleanUp = () => {
    if (disposed) return;
    disposed = true;
    helper.sessionManager.session?.removeEventListener('select', onSelect);
    if (frameObserver) helper.sessionManager.onXRFrameObservable.remove(frameObserver);
    host.hover(undefined);
    for (const controller of [...visuals.keys()]) removeVisual(controller);
    reticle.dispose(false, true);
    material.dispose();
    input.dispose();
    helper.dispose();
    ended();
  };
  let started = false;
  helper.onStateChangedObservable.add((state) => {
    if (state !== WebXRState.NOT_IN_XR) started = true;
    host.onState(toXRState[state]);
    if (state === WebXRState.NOT_IN_XR && started) {
      // Leave the visitor where the headset was, then give the scene back (after this callback:
      // the helper is still restoring the visitor's camera).
      followHead(true);
      queueMicrotask(cleanUp);
    }
  });

  try {
    await helper.enterXRAsync('immersive-vr', 'local-floor');
  } catch (err) {
    cleanUp();
    throw err;
  }
  helper.sessionManager.session.addEventListener('select', onSelect);
  frameObserver = helper.sessionManager.onXRFrameObservable.add(onFrame);

  return {
    async exit() {
      if (disposed) return;
      await helper.exitXRAsync();
      await endedPromise;
    },
    head: () => ({ x: camera.position.x, y: camera.position.y, z: camera.position.z }),
    pointerRays: () =>
      input.controllers.map((c) => {
        const r = pointerRay(c);
        return { handedness: c.inputSource.handedness, origin: { x: r.origin.x, y: r.origin.y, z: r.origin.z }, direction: { x: r.direction.x, y: r.direction.y, z: r.direction.z } };
      }),
    dispose() {
      if (disposed) return;
      if (helper.sessionManager.inXRSession) void helper.sessionManager.exitXRAsync().catch(() => undefined);
      cleanUp();
    },
  };
}

const OK_COLOR = new Color3(0.3, 0.95, 0.5);
const NO_COLOR = new Color3(0.95, 0.3, 0.3);
