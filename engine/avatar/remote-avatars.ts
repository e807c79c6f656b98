import type { AssetContainer } from '@babylonjs/core/assetContainer';
import type { Material } from '@babylonjs/core/Materials/material';
import { StandardMaterial } from '@babylonjs/core/Materials/standardMaterial';
import { Color3 } from '@babylonjs/core/Maths/math.color';
import { CreateCapsule } from '@babylonjs/core/Meshes/Builders/capsuleBuilder';
import type { Node } from '@babylonjs/core/node';
import { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import type { Scene } from '@babylonjs/core/scene';
import { ENGINE_CONFIG } from '../config';
import type { CanvasFactory } from '../hall/label-atlas';
import { addAvatarSlot, avatarInterpolationSystem, createAvatarPoseState, removeAvatarSlot, setAvatarTarget } from './avatar-interpolation';
import { NameTag } from './name-tag';

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

/** The material of avatar.glb that takes the visitor's colour. */
export const AVATAR_BODY_MATERIAL = 'avatar-body';
const DEG = Math.PI / 180;
const R = ENGINE_CONFIG.remote;

interface Avatar {
  id: string;
  root: TransformNode;
  body: Node | undefined;
  /** Materials made for this avatar alone (its tinted body). */
  materials: Material[];
  tag: NameTag;
  color: string;
}

/**
 * Other visitors: a tinted body (avatar.glb once loaded, a capsule until then or if it fails)
 * with a name tag, moved smoothly toward each network pose. Poses live in typed arrays
 * (avatar-interpolation.ts); `avatars[i]` is the avatar of pose slot i.
 */
export class RemoteAvatars implements RemoteAvatarsApi {
  private readonly poses = createAvatarPoseState();
  private readonly avatars: Avatar[] = [];
  private readonly slotOf = new Map<string, number>();
  private model: AssetContainer | undefined;
  private disposed = false;

  constructor(
    private readonly scene: Scene,
    private readonly createCanvas: CanvasFactory,
  ) {}

  /** Swaps capsules for the avatar model once it has loaded; later avatars use it directly. */
  useModel(container: AssetContainer): void {
    if (this.disposed) {
      container.dispose();
      return;
    }
    this.model = container;
    for (const a of this.avatars) this.setBody(a);
  }

  upsert(id: string, state: RemoteAvatarState): void {
    let i = this.slotOf.get(id);
    if (i === undefined) {
      i = addAvatarSlot(this.poses, state.x, state.z, state.yaw);
      this.slotOf.set(id, i);
      const root = new TransformNode(`avatar-${id}`, this.scene);
      const a: Avatar = { id, root, body: undefined, materials: [], tag: new NameTag(this.scene, root, state.name, this.createCanvas), color: state.color };
      this.avatars[i] = a;
      this.setBody(a);
      this.place(i);
      return;
    }
    setAvatarTarget(this.poses, i, state.x, state.z, state.yaw);
    const a = this.avatars[i]!;
    a.tag.setText(state.name);
    if (a.color !== state.color) {
      a.color = state.color;
      this.setBody(a);
    }
  }

  remove(id: string): void {
    const i = this.slotOf.get(id);
    if (i === undefined) return;
    this.disposeAvatar(this.avatars[i]!);
    this.slotOf.delete(id);
    const moved = removeAvatarSlot(this.poses, i);
    if (moved >= 0) {
      const a = this.avatars[moved]!;
      this.avatars[i] = a;
      this.slotOf.set(a.id, i);
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

  /** Per-frame system: interpolate, then move the nodes. Allocates nothing. */
  update(dt: number): void {
    avatarInterpolationSystem(this.poses, dt);
    for (let i = 0; i < this.poses.count; i++) this.place(i);
  }

  dispose(): void {
    this.disposed = true;
    for (const a of this.avatars) this.disposeAvatar(a);
    this.avatars.length = 0;
    this.slotOf.clear();
    this.poses.count = 0;
    this.model?.dispose();
    this.model = undefined;
  }

  private place(i: number): void {
    const root = this.avatars[i]!.root;
    root.position.set(this.poses.x[i]!, 0, this.poses.z[i]!);
    root.rotation.y = this.poses.yaw[i]! * DEG;
  }

  /** (Re)builds an avatar's body in its colour: the model if loaded, else a capsule. */
  private setBody(a: Avatar): void {
    a.body?.dispose(false, false);
    for (const m of a.materials.splice(0)) m.dispose(true, false);
    if (this.model) {
      const entries = this.model.instantiateModelsToScene((name) => `${a.id}-${name}`, false, { doNotInstantiate: true });
      const body = entries.rootNodes[0];
      if (body) {
        body.parent = a.root;
        const tint = Color3.FromHexString(a.color);
        for (const mesh of body.getChildMeshes(false)) {
          mesh.isPickable = false;
          const mat = mesh.material;
          if (mat?.name !== AVATAR_BODY_MATERIAL) continue;
          const own = mat.clone(`${AVATAR_BODY_MATERIAL}-${a.id}`);
          if (!own) continue;
          tintMaterial(own, tint);
          a.materials.push(own);
          mesh.material = own;
        }
        a.body = body;
        return;
      }
    }
    const capsule = CreateCapsule(`avatar-${a.id}-capsule`, { height: R.capsuleHeight, radius: R.capsuleRadius }, this.scene);
    capsule.position.y = R.capsuleHeight / 2;
    capsule.parent = a.root;
    capsule.isPickable = false;
    const mat = new StandardMaterial(`avatar-${a.id}`, this.scene);
    mat.diffuseColor = Color3.FromHexString(a.color);
    capsule.material = mat;
    a.materials.push(mat);
    a.body = capsule;
  }

  private disposeAvatar(a: Avatar): void {
    a.tag.dispose();
    a.body?.dispose(false, false);
    for (const m of a.materials.splice(0)) m.dispose(true, false);
    a.root.dispose(false, false);
  }
}

/** Sets a material's base colour whatever its type: glTF gives PBR (linear colour), capsules Standard. */
function tintMaterial(material: Material, srgb: Color3): void {
  const m = material as Material & { albedoColor?: Color3; baseColor?: Color3; diffuseColor?: Color3 };
  if (m.albedoColor) m.albedoColor = srgb.toLinearSpace();
  else if (m.baseColor) m.baseColor = srgb.toLinearSpace();
  else if (m.diffuseColor) m.diffuseColor = srgb.clone();
}
