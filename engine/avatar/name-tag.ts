import { StandardMaterial } from '@babylonjs/core/Materials/standardMaterial';
import { DynamicTexture } from '@babylonjs/core/Materials/Textures/dynamicTexture';
import { Color3 } from '@babylonjs/core/Maths/math.color';
import { CreatePlane } from '@babylonjs/core/Meshes/Builders/planeBuilder';
import { Mesh } from '@babylonjs/core/Meshes/mesh';
import type { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import type { Scene } from '@babylonjs/core/scene';
import { ENGINE_CONFIG } from '../config';
import type { CanvasFactory } from '../hall/label-atlas';

const W = 256;
const H = 64;

/**
 * A billboard with a visitor's name over their head. One small texture per avatar is fine at
 * the tens of avatars an area of interest shows.
 * TODO(issue: 200-booth scale) move names into a shared atlas like the fascias if avatars grow to hundreds.
 */
export class NameTag {
  readonly mesh: Mesh;
  private readonly texture: DynamicTexture;
  private readonly material: StandardMaterial;
  private text = '';

  constructor(scene: Scene, parent: TransformNode, name: string, createCanvas: CanvasFactory) {
    this.texture = new DynamicTexture('name-tag', createCanvas(W, H) as never, scene, true);
    this.texture.hasAlpha = true;
    this.material = new StandardMaterial('name-tag', scene);
    this.material.diffuseTexture = this.texture;
    this.material.useAlphaFromDiffuseTexture = true;
    this.material.disableLighting = true;
    this.material.emissiveColor = Color3.White();
    this.material.backFaceCulling = false;
    this.mesh = CreatePlane('name-tag', { width: 0.9, height: 0.9 * (H / W) }, scene);
    this.mesh.material = this.material;
    this.mesh.parent = parent;
    this.mesh.position.y = ENGINE_CONFIG.remote.nameTagHeight;
    this.mesh.billboardMode = Mesh.BILLBOARDMODE_ALL;
    this.mesh.isPickable = false;
    this.setText(name);
  }

  setText(name: string): void {
    if (name === this.text) return;
    this.text = name;
    const ctx = this.texture.getContext() as CanvasRenderingContext2D;
    ctx.clearRect(0, 0, W, H);
    ctx.fillStyle = 'rgba(15, 25, 45, 0.72)';
    ctx.beginPath();
    ctx.roundRect?.(2, 8, W - 4, H - 16, 24);
    ctx.fill();
    let px = 34;
    ctx.font = `600 ${px}px ${ENGINE_CONFIG.atlas.fontStack}`;
    const width = ctx.measureText(name).width;
    if (width > W - 24) {
      px = Math.max(12, Math.floor((px * (W - 24)) / width));
      ctx.font = `600 ${px}px ${ENGINE_CONFIG.atlas.fontStack}`;
    }
    ctx.fillStyle = '#ffffff';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(name, W / 2, H / 2 + 1);
    this.texture.update(true);
  }

  dispose(): void {
    this.mesh.dispose(false, false);
    this.material.dispose(true, true);
    this.texture.dispose();
  }
}
