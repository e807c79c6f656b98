import '@babylonjs/core/Meshes/thinInstanceMesh';
import { StandardMaterial } from '@babylonjs/core/Materials/standardMaterial';
import { Color3 } from '@babylonjs/core/Maths/math.color';
import { CreateCapsule } from '@babylonjs/core/Meshes/Builders/capsuleBuilder';
import type { Mesh } from '@babylonjs/core/Meshes/mesh';
import type { Scene } from '@babylonjs/core/scene';
import { ENGINE_CONFIG } from '../config';

const R = ENGINE_CONFIG.remote;

/**
 * Distant visitors as one thin-instanced capsule in their colours: however many there are, they
 * cost one draw call. Matrices are written straight into the instance buffer each frame (no
 * Babylon math objects), so the per-frame path allocates nothing.
 */
export class FarAvatars {
  readonly mesh: Mesh;
  private readonly material: StandardMaterial;
  private matrices: Float32Array;
  private colors: Float32Array;
  private count = 0;

  constructor(scene: Scene, capacity = 64) {
    this.mesh = CreateCapsule('avatars-far', { height: R.capsuleHeight, radius: R.capsuleRadius, tessellation: 8, subdivisions: 1, capSubdivisions: 3 }, scene);
    this.material = new StandardMaterial('avatars-far', scene);
    this.material.specularColor = Color3.Black();
    this.mesh.material = this.material;
    this.mesh.isPickable = false;
    // Instances move every frame and spread over the hall: skip culling, and stay in a frozen active list.
    this.mesh.alwaysSelectAsActiveMesh = true;
    this.mesh.freezeWorldMatrix();
    this.matrices = new Float32Array(capacity * 16);
    this.colors = new Float32Array(capacity * 4);
    this.bind();
    this.material.freeze();
  }

  /** Makes room for `n` avatars (only when visitors join, never in the frame loop). */
  reserve(n: number): void {
    if (n * 16 <= this.matrices.length) return;
    const capacity = Math.max(n, (this.matrices.length / 16) * 2);
    const m = new Float32Array(capacity * 16);
    m.set(this.matrices);
    const c = new Float32Array(capacity * 4);
    c.set(this.colors);
    this.matrices = m;
    this.colors = c;
    this.bind();
  }

  /** Starts a frame's list. */
  begin(): void {
    this.count = 0;
  }

  /** Adds one avatar standing at (x, z), turned `yawRad`, in colour (r, g, b). Call `reserve` first. */
  push(x: number, z: number, yawRad: number, r: number, g: number, b: number): void {
    const k = this.count++;
    const o = k * 16;
    const m = this.matrices;
    const c = Math.cos(yawRad);
    const s = Math.sin(yawRad);
    // Babylon's row-major RotationY(yaw) then a translation; the capsule is centred, so lift it by half its height.
    m[o] = c;
    m[o + 1] = 0;
    m[o + 2] = -s;
    m[o + 3] = 0;
    m[o + 4] = 0;
    m[o + 5] = 1;
    m[o + 6] = 0;
    m[o + 7] = 0;
    m[o + 8] = s;
    m[o + 9] = 0;
    m[o + 10] = c;
    m[o + 11] = 0;
    m[o + 12] = x;
    m[o + 13] = R.capsuleHeight / 2;
    m[o + 14] = z;
    m[o + 15] = 1;
    const q = k * 4;
    this.colors[q] = r;
    this.colors[q + 1] = g;
    this.colors[q + 2] = b;
    this.colors[q + 3] = 1;
  }

  /** Uploads this frame's list (a few kilobytes for a hundred visitors). */
  end(): void {
    this.mesh.thinInstanceCount = this.count;
    this.mesh.setEnabled(this.count > 0);
    if (this.count === 0) return;
    this.mesh.thinInstanceBufferUpdated('matrix');
    this.mesh.thinInstanceBufferUpdated('color');
  }

  get drawn(): number {
    return this.count;
  }

  dispose(): void {
    this.mesh.dispose(false, false);
    this.material.dispose(false, true);
  }

  private bind(): void {
    this.mesh.thinInstanceSetBuffer('matrix', this.matrices, 16, false);
    this.mesh.thinInstanceSetBuffer('color', this.colors, 4, false);
    this.mesh.thinInstanceCount = this.count;
  }
}
