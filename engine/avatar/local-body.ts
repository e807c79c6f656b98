import { StandardMaterial } from '@babylonjs/core/Materials/standardMaterial';
import { Color3 } from '@babylonjs/core/Maths/math.color';
import { CreateBox } from '@babylonjs/core/Meshes/Builders/boxBuilder';
import { CreateCapsule } from '@babylonjs/core/Meshes/Builders/capsuleBuilder';
import { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import type { Scene } from '@babylonjs/core/scene';
import { ENGINE_CONFIG } from '../config';

const V = ENGINE_CONFIG.visitor;
const DEG = Math.PI / 180;

/**
 * The local visitor's own body, seen only in third person: a capsule the size of the physics
 * capsule with a visor showing which way it faces. Owns its meshes and material.
 */
export class LocalBody {
  private readonly root: TransformNode;
  private readonly material: StandardMaterial;

  constructor(scene: Scene) {
    this.root = new TransformNode('local-body', scene);
    this.material = new StandardMaterial('local-body', scene);
    this.material.diffuseColor = new Color3(0.16, 0.45, 0.85);
    this.material.specularColor = new Color3(0.1, 0.1, 0.1);
    const capsule = CreateCapsule('local-body-capsule', { height: V.bodyHeight, radius: V.radius * 0.9, tessellation: 12, capSubdivisions: 3 }, scene);
    capsule.position.y = V.bodyHeight / 2;
    const visor = CreateBox('local-body-visor', { width: V.radius * 1.2, height: 0.12, depth: 0.12 }, scene);
    visor.position.set(0, V.eyeHeight - 0.05, V.radius * 0.85);
    for (const m of [capsule, visor]) {
      m.material = this.material;
      m.isPickable = false;
      m.parent = this.root;
    }
    this.root.setEnabled(false);
  }

  set visible(on: boolean) {
    this.root.setEnabled(on);
  }

  get visible(): boolean {
    return this.root.isEnabled(false);
  }

  /** Per frame: feet at (x, feetY, z), facing yaw (degrees clockwise from north). */
  place(x: number, feetY: number, z: number, yawDeg: number): void {
    this.root.position.set(x, feetY, z);
    this.root.rotation.y = yawDeg * DEG;
  }

  dispose(): void {
    this.root.dispose(false, false);
    this.material.dispose();
  }
}
