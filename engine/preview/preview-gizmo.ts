import '@babylonjs/core/Culling/ray';
import type { Camera } from '@babylonjs/core/Cameras/camera';
import { PositionGizmo } from '@babylonjs/core/Gizmos/positionGizmo';
import { RotationGizmo } from '@babylonjs/core/Gizmos/rotationGizmo';
import { ScaleGizmo } from '@babylonjs/core/Gizmos/scaleGizmo';
import { Matrix, Quaternion, Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { AbstractMesh } from '@babylonjs/core/Meshes/abstractMesh';
import { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import type { Node } from '@babylonjs/core/node';
import { UtilityLayerRenderer } from '@babylonjs/core/Rendering/utilityLayerRenderer';
import type { Scene } from '@babylonjs/core/scene';
import type { BoothItem, BoothSlot, BoothTemplate } from '../../model';
import { boothFrame } from '../booth/booth-frame';
import { TypedEmitter, type Listener } from '../events';
import { PREVIEW_GIZMO_CONFIG as G } from './preview-gizmo-config';

/** Which gizmo shows on the selected item: move on the floor, turn about y, scale uniformly. */
export type GizmoMode = 'move' | 'rotate' | 'scale';
/**
 * The handles the gizmos offer: the booth's across (x) and depth (z) arrows, the floor square, the
 * yaw ring, the uniform scale knob. The knob sits on the item's own origin (its base) and scales
 * along the hall's up axis: dragged up the screen the item grows, down it shrinks (dragging it
 * "away from the item" does nothing, there is no away).
 */
export type GizmoHandle = 'x' | 'z' | 'floor' | 'yaw' | 'scale';

/** An item's place in its booth's (template) frame, as the editor stores it: metres, degrees, a factor. */
export interface GizmoPose {
  x: number;
  y: number;
  z: number;
  yaw: number;
  scale: number;
}

export interface GizmoDragEvent {
  slotId: string;
  itemId: string;
  mode: GizmoMode;
  /** Where the handle puts the item now: the editor snaps, checks and shows it (not an edit yet). */
  pose: GizmoPose;
}

export interface PreviewGizmoEvents {
  /** A handle was grabbed (the camera holds still until `dragEnd`). */
  dragStart: GizmoDragEvent;
  /** Every drag step. */
  drag: GizmoDragEvent;
  /** The handle was let go: commit the pose or put the item back, then `attach` again. */
  dragEnd: GizmoDragEvent;
}

/** What the gizmo needs from the preview: the scene, its camera, and where an item stands now. */
export interface PreviewGizmoDeps {
  scene: Scene;
  camera: Camera;
  canvas: HTMLCanvasElement;
  locate(slotId: string, itemId: string): { slot: BoothSlot; template: BoothTemplate; item: BoothItem } | undefined;
  setCameraEnabled(enabled: boolean): void;
  /** The picture changed (a handle shown, hidden or moved): the preview draws on demand. */
  onChanged?: () => void;
}

/** Real Babylon gizmos on one booth item of the editor preview, in a utility layer drawn over the hall. */
export interface PreviewGizmo {
  readonly mode: GizmoMode;
  /** The item the gizmo is on, if any. */
  readonly target: { slotId: string; itemId: string } | undefined;
  readonly dragging: boolean;
  /** Puts the gizmo on an item where the preview shows it now (after an edit, undo or a selection), or hides it (undefined). Ignored while a handle is dragged. */
  attach(target: { slotId: string; itemId: string } | undefined): void;
  setMode(mode: GizmoMode): void;
  /** Snap steps of the handles: metres along the floor, degrees about y (scale is snapped by the editor). */
  setSnap(snap: { move: number; yawDeg: number }): void;
  /** The handle under a pointer (client px), so a press there is left to the gizmo. */
  handleAt(clientX: number, clientY: number): GizmoHandle | undefined;
  /** Where a handle of the shown gizmo is on the page (client px): for tests and touch hints. */
  handlePoint(handle: GizmoHandle): { x: number; y: number } | undefined;
  on<K extends keyof PreviewGizmoEvents>(event: K, listener: Listener<PreviewGizmoEvents[K]>): () => void;
  /** Frees the gizmos, their utility layer and nodes. */
  dispose(): void;
}

const DEG = Math.PI / 180;

/** The node transforms that show `pose` on `slot`: the booth frame (slot centre, rotation) and the item's offset in it (stretched like booth-geometry stretches item positions). */
export function gizmoNodeTransforms(slot: BoothSlot, template: BoothTemplate, pose: GizmoPose) {
  const frame = boothFrame(slot, template);
  return {
    booth: { x: frame.x, z: frame.z, yawRad: frame.yawDeg * DEG },
    place: { x: pose.x * frame.scaleX, y: pose.y, z: pose.z * frame.scaleZ },
    item: { yawRad: pose.yaw * DEG, scale: pose.scale },
  };
}

/** Reads a pose back from the nodes (inverse of `gizmoNodeTransforms`), yaw in [0, 360). */
export function poseFromNodes(slot: BoothSlot, template: BoothTemplate, place: Vector3, itemRotation: Quaternion, itemScaling: Vector3): GizmoPose {
  const frame = boothFrame(slot, template);
  // Babylon's RotationY turns +z toward +x, as the booth frame's yaw does: read the yaw off the turned forward vector.
  const forward = Vector3.Forward().applyRotationQuaternion(itemRotation);
  const yaw = ((Math.atan2(forward.x, forward.z) / DEG) % 360 + 360) % 360;
  return {
    x: tidy(place.x / frame.scaleX),
    y: tidy(place.y),
    z: tidy(place.z / frame.scaleZ),
    yaw: tidy(yaw),
    scale: tidy((itemScaling.x + itemScaling.y + itemScaling.z) / 3),
  };
}

/**
 * The booth editor's gizmos. The booth's items are merged into a few meshes per booth, so the
 * gizmo drives proxy nodes — booth frame → place (moved by the floor handles, along the booth's
 * own axes) → item (turned and scaled) — and reports the pose they describe on every drag step.
 * The utility layer hears the scene's pointer events (the preview attaches scene control), so
 * mouse, pen and touch all drag it; it draws over the hall (its own depth), so walls never hide it.
 */
export function createPreviewGizmo(deps: PreviewGizmoDeps): PreviewGizmo {
  const { scene, camera, canvas } = deps;
  const events = new TypedEmitter<PreviewGizmoEvents>();
  const layer = new UtilityLayerRenderer(scene);
  layer.setRenderCamera(camera);
  const boothNode = new TransformNode('gizmo-booth', scene);
  const placeNode = new TransformNode('gizmo-place', scene);
  placeNode.parent = boothNode;
  const itemNode = new TransformNode('gizmo-item', scene);
  itemNode.parent = placeNode;
  itemNode.rotationQuaternion = Quaternion.Identity();

  let mode: GizmoMode = 'move';
  let target: { slotId: string; itemId: string } | undefined;
  let located: { slot: BoothSlot; template: BoothTemplate } | undefined;
  let snap: { move: number; yawDeg: number } = { move: G.defaultMoveStep, yawDeg: G.defaultYawStepDeg };
  let dragging = false;
  let disposed = false;

  const position = new PositionGizmo(layer, G.thickness);
  // Items stand on the floor or an anchor: no up arrow, no vertical planes; the floor square stays.
  position.yGizmo.isEnabled = false;
  position.planarGizmoEnabled = true;
  position.xPlaneGizmo.isEnabled = false;
  position.zPlaneGizmo.isEnabled = false;
  const rotation = new RotationGizmo(layer, 32, false, G.thickness);
  rotation.xGizmo.isEnabled = false;
  rotation.zGizmo.isEnabled = false;
  const scaling = new ScaleGizmo(layer, G.thickness);
  scaling.xGizmo.isEnabled = false;
  scaling.yGizmo.isEnabled = false;
  scaling.zGizmo.isEnabled = false;
  scaling.sensitivity = G.scaleSensitivity;
  for (const g of [position, rotation, scaling]) g.scaleRatio = G.scaleRatio;

  const handles: { handle: GizmoHandle; mode: GizmoMode; drag: PositionGizmo['xGizmo']['dragBehavior'] }[] = [
    { handle: 'x', mode: 'move', drag: position.xGizmo.dragBehavior },
    { handle: 'z', mode: 'move', drag: position.zGizmo.dragBehavior },
    { handle: 'floor', mode: 'move', drag: position.yPlaneGizmo.dragBehavior },
    { handle: 'yaw', mode: 'rotate', drag: rotation.yGizmo.dragBehavior },
    { handle: 'scale', mode: 'scale', drag: scaling.uniformScaleGizmo.dragBehavior },
  ];

  const applySnap = () => {
    position.snapDistance = snap.move;
    rotation.snapDistance = snap.yawDeg * DEG;
  };
  applySnap();

  const event = (m: GizmoMode): GizmoDragEvent | undefined => {
    if (!target || !located) return undefined;
    const q = itemNode.rotationQuaternion ?? Quaternion.FromEulerVector(itemNode.rotation);
    return { ...target, mode: m, pose: poseFromNodes(located.slot, located.template, placeNode.position, q, itemNode.scaling) };
  };
  const unsubscribe: (() => void)[] = [];
  for (const { mode: m, drag } of handles) {
    const start = drag.onDragStartObservable.add(() => {
      dragging = true;
      deps.setCameraEnabled(false);
      const e = event(m);
      if (e) events.emit('dragStart', e);
    });
    // Added after the gizmo's own observer, so the nodes have already moved.
    const step = drag.onDragObservable.add(() => {
      deps.onChanged?.();
      const e = event(m);
      if (e) events.emit('drag', e);
    });
    const end = drag.onDragEndObservable.add(() => {
      dragging = false;
      deps.setCameraEnabled(true);
      const e = event(m);
      if (e) events.emit('dragEnd', e);
    });
    unsubscribe.push(() => {
      drag.onDragStartObservable.remove(start);
      drag.onDragObservable.remove(step);
      drag.onDragEndObservable.remove(end);
    });
  }

  const show = () => {
    const on = target && located ? mode : undefined;
    position.attachedNode = on === 'move' ? placeNode : null;
    rotation.attachedNode = on === 'rotate' ? itemNode : null;
    scaling.attachedNode = on === 'scale' ? itemNode : null;
    deps.onChanged?.();
  };

  const attach = (next: { slotId: string; itemId: string } | undefined) => {
    if (disposed || dragging) return;
    const found = next && deps.locate(next.slotId, next.itemId);
    target = found ? { ...next } : undefined;
    located = found;
    if (found) {
      const t = gizmoNodeTransforms(found.slot, found.template, found.item);
      boothNode.position.set(t.booth.x, 0, t.booth.z);
      boothNode.rotation.set(0, t.booth.yawRad, 0);
      placeNode.position.set(t.place.x, t.place.y, t.place.z);
      placeNode.rotation.set(0, 0, 0);
      Quaternion.RotationYawPitchRollToRef(t.item.yawRad, 0, 0, itemNode.rotationQuaternion!);
      itemNode.scaling.setAll(t.item.scale);
      for (const n of [boothNode, placeNode, itemNode]) n.computeWorldMatrix(true);
    }
    show();
  };

  const ownerOf = (mesh: AbstractMesh): GizmoHandle | undefined => handles.find(({ mode: m, drag }) => m === mode && drag.attachedNode && mesh.isDescendantOf(drag.attachedNode as Node))?.handle;
  const canvasOffset = () => canvas.getBoundingClientRect?.() ?? { left: 0, top: 0 };

  return {
    get mode() {
      return mode;
    },
    get target() {
      return target;
    },
    get dragging() {
      return dragging;
    },
    attach,
    setMode(next) {
      if (disposed || next === mode || dragging) return;
      mode = next;
      show();
    },
    setSnap(next) {
      snap = { ...next };
      applySnap();
    },
    handleAt(clientX, clientY) {
      if (disposed || !target) return undefined;
      const rect = canvasOffset();
      const pick = layer.utilityLayerScene.pick(clientX - rect.left, clientY - rect.top, (m) => m.isPickable && m.isEnabled() && !!ownerOf(m), false, camera);
      return pick?.pickedMesh ? ownerOf(pick.pickedMesh) : undefined;
    },
    handlePoint(handle) {
      const entry = handles.find((h) => h.handle === handle);
      const root = entry?.mode === mode && target ? (entry.drag.attachedNode as Node | null) : null;
      if (!root) return undefined;
      // The middle of the handle's pickable parts (the arrow's collider, the ring, the knob), projected on the canvas.
      const meshes = layer.utilityLayerScene.meshes.filter((m) => m.isPickable && m.isEnabled() && m.isDescendantOf(root) && m.getTotalVertices() > 0);
      if (meshes.length === 0) return undefined;
      const min = new Vector3(Infinity, Infinity, Infinity);
      const max = new Vector3(-Infinity, -Infinity, -Infinity);
      for (const m of meshes) {
        m.computeWorldMatrix(true);
        const box = m.getBoundingInfo().boundingBox;
        min.minimizeInPlace(box.minimumWorld);
        max.maximizeInPlace(box.maximumWorld);
      }
      let point = min.add(max).scaleInPlace(0.5);
      // A ring's middle is its centre, which is not on the ring: take the point of the ring nearest the camera instead.
      if (handle === 'yaw') {
        const centre = point;
        const radius = (max.x - min.x) / 2;
        const toCamera = camera.globalPosition.subtract(centre);
        toCamera.y = 0;
        point = centre.add(toCamera.normalize().scaleInPlace(radius * 0.98));
      }
      const engine = scene.getEngine();
      const rect = canvas.getBoundingClientRect?.() ?? { left: 0, top: 0, width: engine.getRenderWidth(), height: engine.getRenderHeight() };
      const viewport = camera.viewport.toGlobal(rect.width, rect.height);
      const s = Vector3.Project(point, Matrix.IdentityReadOnly, scene.getTransformMatrix(), viewport);
      return { x: rect.left + s.x, y: rect.top + s.y };
    },
    on: (name, listener) => events.on(name, listener),
    dispose() {
      if (disposed) return;
      disposed = true;
      if (dragging) deps.setCameraEnabled(true);
      for (const off of unsubscribe) off();
      events.clear();
      for (const g of [position, rotation, scaling]) g.dispose();
      itemNode.dispose();
      placeNode.dispose();
      boothNode.dispose();
      layer.dispose();
    },
  };
}

function tidy(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
