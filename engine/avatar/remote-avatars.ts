import type { AssetContainer } from '@babylonjs/core/assetContainer';
import type { Material } from '@babylonjs/core/Materials/material';
import { StandardMaterial } from '@babylonjs/core/Materials/standardMaterial';
import { Color3 } from '@babylonjs/core/Maths/math.color';
import { CreateCapsule } from '@babylonjs/core/Meshes/Builders/capsuleBuilder';
import type { AbstractMesh } from '@babylonjs/core/Meshes/abstractMesh';
import type { Node } from '@babylonjs/core/node';
import { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import type { Scene } from '@babylonjs/core/scene';
import { ENGINE_CONFIG } from '../config';
import type { CanvasFactory } from '../hall/label-atlas';
import { addAvatarSlot, avatarInterpolationSystem, createAvatarPoseState, removeAvatarSlot, setAvatarTarget } from './avatar-interpolation';
import { FarAvatars } from './far-avatars';
import { NameTagAtlas, type NameTag } from './name-tag';

/** What the room tells us about another visitor. */
export interface RemoteAvatarState {
  name: string;
  /** `#rrggbb`. */
  color: string;
  x: number;
  z: number;
  /** Degrees clockwise from north. */
  yaw: number;
}

/** The part of the remote avatars a page (or the room binding) uses. */
export interface RemoteAvatarsApi {
  /** Adds a visitor or sets their latest pose (and name/colour); they glide there over the next frames. */
  upsert(id: string, state: RemoteAvatarState): void;
  remove(id: string): void;
  /** Where the avatar is drawn now (interpolated), in model coordinates. */
  positionOf(id: string): { x: number; z: number } | undefined;
  ids(): string[];
}

export interface RemoteAvatarsOptions {
  /** Called just before an avatar gains or loses its full body (the meshes a frozen view must re-check). */
  onChanged?: () => void;
}

/** The material of avatar.glb that takes the visitor's colour. */
export const AVATAR_BODY_MATERIAL = 'avatar-body';
const DEG = Math.PI / 180;
const R = ENGINE_CONFIG.remote;
const A = ENGINE_CONFIG.avatars;

interface Avatar {
  id: string;
  name: string;
  color: string;
  /** The colour as 0–1 floats for the far capsules (their Standard material works in gamma space, like `#rrggbb`). */
  rgb: Color3;
  /** Present while the avatar is near: its own node, body and name tag. */
  near: NearBody | undefined;
}

interface NearBody {
  root: TransformNode;
  body: Node;
  /** Materials made for this avatar alone (its tinted body). */
  materials: Material[];
  tag: NameTag | undefined;
}

/**
 * Other visitors. Poses live in typed arrays (avatar-interpolation.ts) and glide toward each
 * network pose; `avatars[i]` is the avatar of pose slot i. Only the few nearest visitors (within
 * `ENGINE_CONFIG.avatars.nearDistance`, at most `maxNear`) get a full body (avatar.glb once loaded,
 * a capsule until then) and a name tag from the shared atlas; everyone else is one thin instance
 * of a coloured capsule, so a hundred visitors cost a handful of draw calls.
 */
export class RemoteAvatars implements RemoteAvatarsApi {
  private readonly poses = createAvatarPoseState();
  private readonly avatars: Avatar[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly far: FarAvatars;
  private readonly tags: NameTagAtlas;
  /** Each slot's ranking distance to the viewer at the last split (grows with the pose arrays). */
  private distance = new Float64Array(16);
  private wantNear = new Uint8Array(16);
  private nearCount = 0;
  private frame = 0;
  private model: AssetContainer | undefined;
  private disposed = false;

  constructor(
    private readonly scene: Scene,
    createCanvas: CanvasFactory,
    private readonly options: RemoteAvatarsOptions = {},
  ) {
    this.far = new FarAvatars(scene);
    this.tags = new NameTagAtlas(scene, A.maxNear, createCanvas);
  }

  /** Swaps capsules for the avatar model once it has loaded; later avatars use it directly. */
  useModel(container: AssetContainer): void {
    if (this.disposed) {
      container.dispose();
      return;
    }
    this.model = container;
    for (const a of this.avatars) {
      if (!a.near) continue;
      this.options.onChanged?.();
      this.setBody(a, a.near);
    }
  }

  upsert(id: string, state: RemoteAvatarState): void {
    let i = this.slotOf.get(id);
    if (i === undefined) {
      i = addAvatarSlot(this.poses, state.x, state.z, state.yaw);
      this.slotOf.set(id, i);
      this.avatars[i] = { id, name: state.name, color: state.color, rgb: Color3.FromHexString(state.color), near: undefined };
      this.far.reserve(this.poses.count);
      if (this.distance.length < this.poses.x.length) {
        this.distance = new Float64Array(this.poses.x.length);
        const wanted = new Uint8Array(this.poses.x.length);
        wanted.set(this.wantNear);
        this.wantNear = wanted;
      }
      this.wantNear[i] = 0;
      // A newcomer is split on the next frame, not after up to `splitEveryFrames` frames.
      this.frame = 0;
      return;
    }
    setAvatarTarget(this.poses, i, state.x, state.z, state.yaw);
    const a = this.avatars[i]!;
    if (a.name !== state.name) {
      a.name = state.name;
      a.near?.tag?.setText(state.name);
    }
    if (a.color !== state.color) {
      a.color = state.color;
      a.rgb.copyFrom(Color3.FromHexString(state.color));
      if (a.near) {
        this.options.onChanged?.();
        this.setBody(a, a.near);
      }
    }
  }

  remove(id: string): void {
    const i = this.slotOf.get(id);
    if (i === undefined) return;
    const a = this.avatars[i]!;
    if (a.near) this.dropBody(a);
    this.slotOf.delete(id);
    const moved = removeAvatarSlot(this.poses, i);
    if (moved >= 0) {
      const m = this.avatars[moved]!;
      this.avatars[i] = m;
      this.wantNear[i] = this.wantNear[moved]!;
      this.slotOf.set(m.id, i);
    }
    this.avatars.length = this.poses.count;
  }

  positionOf(id: string): { x: number; z: number } | undefined {
    const i = this.slotOf.get(id);
    return i === undefined ? undefined : { x: this.poses.x[i]!, z: this.poses.z[i]! };
  }

  ids(): string[] {
    return [...this.slotOf.keys()];
  }

  /** How many avatars have a full body now, and how many are far capsules. */
  counts(): { near: number; far: number } {
    return { near: this.nearCount, far: this.far.drawn };
  }

  /**
   * Per-frame system: interpolate, every few frames re-split near and far around the camera,
   * then move the near bodies and write the far capsules. Allocates nothing unless an avatar
   * crosses the near/far line (then its body is built or freed).
   */
  update(dt: number): void {
    avatarInterpolationSystem(this.poses, dt);
    if (this.frame-- <= 0) {
      this.frame = A.splitEveryFrames;
      this.split();
    }
    const { x, z, yaw } = this.poses;
    this.far.begin();
    for (let i = 0; i < this.poses.count; i++) {
      const a = this.avatars[i]!;
      if (a.near) {
        a.near.root.position.set(x[i]!, 0, z[i]!);
        a.near.root.rotation.y = yaw[i]! * DEG;
      } else {
        this.far.push(x[i]!, z[i]!, yaw[i]! * DEG, a.rgb.r, a.rgb.g, a.rgb.b);
      }
    }
    this.far.end();
  }

  dispose(): void {
    this.disposed = true;
    for (const a of this.avatars) if (a.near) this.dropBody(a);
    this.avatars.length = 0;
    this.slotOf.clear();
    this.poses.count = 0;
    this.far.dispose();
    this.tags.dispose();
    this.model?.dispose();
    this.model = undefined;
  }

  /**
   * Chooses who is near: the `maxNear` closest avatars within `nearDistance` (or within
   * `farDistance` for those already near, so nobody flickers at the line). Selection by repeated
   * minimum over a few dozen slots: no sorting, no allocation.
   */
  private split(): void {
    const cam = this.scene.activeCamera;
    if (!cam) return;
    const cx = cam.globalPosition.x;
    const cz = cam.globalPosition.z;
    const n = this.poses.count;
    const d = this.distance;
    const want = this.wantNear;
    // Those already near rank as if that much closer, so two visitors at about the same distance
    // do not swap bodies back and forth (each swap rebuilds meshes and thaws a frozen view).
    const keep = A.farDistance - A.nearDistance;
    for (let i = 0; i < n; i++) {
      const dx = this.poses.x[i]! - cx;
      const dz = this.poses.z[i]! - cz;
      const near = this.avatars[i]!.near !== undefined;
      const dist = Math.sqrt(dx * dx + dz * dz);
      d[i] = dist <= (near ? A.farDistance : A.nearDistance) ? dist - (near ? keep : 0) : Infinity;
      want[i] = 0;
    }
    for (let k = 0; k < A.maxNear; k++) {
      let best = -1;
      for (let i = 0; i < n; i++) if (!want[i] && d[i]! < Infinity && (best < 0 || d[i]! < d[best]!)) best = i;
      if (best < 0) break;
      want[best] = 1;
    }
    for (let i = 0; i < n; i++) {
      const a = this.avatars[i]!;
      if (want[i] && !a.near) this.addBody(a);
      else if (!want[i] && a.near) this.dropBody(a);
    }
  }

  private addBody(a: Avatar): void {
    this.options.onChanged?.();
    const root = new TransformNode(`avatar-${a.id}`, this.scene);
    const near: NearBody = { root, body: root, materials: [], tag: this.tags.acquire(root, a.name) };
    this.setBody(a, near);
    a.near = near;
    this.nearCount++;
  }

  private dropBody(a: Avatar): void {
    const near = a.near;
    if (!near) return;
    // Thaw a frozen view before its meshes go.
    this.options.onChanged?.();
    near.tag?.dispose();
    if (near.body !== near.root) near.body.dispose(false, false);
    // Not forcing the effect out: every near avatar's material shares one compiled shader, and
    // forcing it would make the others compile it again (a GL program link per departure).
    for (const m of near.materials.splice(0)) m.dispose(false, false);
    near.root.dispose(false, false);
    a.near = undefined;
    this.nearCount--;
  }

  /** (Re)builds an avatar's body in its colour: the model if loaded, else a capsule. */
  private setBody(a: Avatar, near: NearBody): void {
    if (near.body !== near.root) near.body.dispose(false, false);
    for (const m of near.materials.splice(0)) m.dispose(false, false);
    near.body = near.root;
    if (this.model) {
      const entries = this.model.instantiateModelsToScene((name) => `${a.id}-${name}`, false, { doNotInstantiate: true });
      const body = entries.rootNodes[0];
      if (body) {
        body.parent = near.root;
        const tint = Color3.FromHexString(a.color);
        for (const mesh of body.getChildMeshes(false)) {
          prepareBodyMesh(mesh);
          const mat = mesh.material;
          if (mat?.name !== AVATAR_BODY_MATERIAL) continue;
          const own = mat.clone(`${AVATAR_BODY_MATERIAL}-${a.id}`);
          if (!own) continue;
          tintMaterial(own, tint);
          near.materials.push(own);
          mesh.material = own;
        }
        near.body = body;
        return;
      }
    }
    const capsule = CreateCapsule(`avatar-${a.id}-capsule`, { height: R.capsuleHeight, radius: R.capsuleRadius }, this.scene);
    capsule.position.y = R.capsuleHeight / 2;
    capsule.parent = near.root;
    prepareBodyMesh(capsule);
    const mat = new StandardMaterial(`avatar-${a.id}`, this.scene);
    mat.diffuseColor = Color3.FromHexString(a.color);
    capsule.material = mat;
    near.materials.push(mat);
    near.body = capsule;
  }
}

/** Not pickable, and kept in a frozen active-mesh list: avatars move while the visitor stands still. */
function prepareBodyMesh(mesh: AbstractMesh): void {
  mesh.isPickable = false;
  mesh.alwaysSelectAsActiveMesh = true;
}

/** Sets a material's base colour whatever its type: glTF gives PBR (linear colour), capsules Standard. */
function tintMaterial(material: Material, srgb: Color3): void {
  const m = material as Material & { albedoColor?: Color3; baseColor?: Color3; diffuseColor?: Color3 };
  if (m.albedoColor) m.albedoColor = srgb.toLinearSpace();
  else if (m.baseColor) m.baseColor = srgb.toLinearSpace();
  else if (m.diffuseColor) m.diffuseColor = srgb.clone();
}
