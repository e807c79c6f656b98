import { StandardMaterial } from '@babylonjs/core/Materials/standardMaterial';
import { DynamicTexture } from '@babylonjs/core/Materials/Textures/dynamicTexture';
import { Color3 } from '@babylonjs/core/Maths/math.color';
import { Mesh } from '@babylonjs/core/Meshes/mesh';
import { VertexData } from '@babylonjs/core/Meshes/mesh.vertexData';
import type { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import type { Scene } from '@babylonjs/core/scene';
import { ENGINE_CONFIG } from '../config';
import type { CanvasFactory } from '../hall/label-atlas';

const CELL_W = 256;
const CELL_H = 64;
const COLS = 4;
const TAG_WIDTH = 0.9;

type Ctx2d = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/**
 * Every visitor name over a head in one texture and one material: a cell per near avatar (only
 * near avatars show a name, so `capacity` cells are enough however many visitors there are).
 */
export class NameTagAtlas {
  readonly material: StandardMaterial;
  private readonly texture: DynamicTexture;
  private readonly free: number[] = [];
  private readonly rows: number;

  constructor(
    private readonly scene: Scene,
    readonly capacity: number,
    createCanvas: CanvasFactory,
  ) {
    this.rows = Math.max(1, Math.ceil(capacity / COLS));
    this.texture = new DynamicTexture('name-tags', createCanvas(CELL_W * COLS, CELL_H * this.rows) as never, scene, true);
    this.texture.hasAlpha = true;
    this.material = new StandardMaterial('name-tags', scene);
    this.material.diffuseTexture = this.texture;
    this.material.useAlphaFromDiffuseTexture = true;
    this.material.disableLighting = true;
    this.material.emissiveColor = Color3.White();
    this.material.backFaceCulling = false;
    for (let i = capacity - 1; i >= 0; i--) this.free.push(i);
  }

  /** A tag showing `name` over `parent`, or undefined when every cell is taken. */
  acquire(parent: TransformNode, name: string): NameTag | undefined {
    const cell = this.free.pop();
    if (cell === undefined) return undefined;
    return new NameTag(this, cell, parent, name);
  }

  /** @internal */
  release(cell: number): void {
    this.free.push(cell);
  }

  /** @internal The cell's UV rectangle [u0, v0, u1, v1] (v up: canvas textures are flipped on upload). */
  cellUv(cell: number): [number, number, number, number] {
    const col = cell % COLS;
    const row = Math.floor(cell / COLS);
    const w = CELL_W * COLS;
    const h = CELL_H * this.rows;
    return [(col * CELL_W + 0.5) / w, 1 - ((row + 1) * CELL_H - 0.5) / h, ((col + 1) * CELL_W - 0.5) / w, 1 - (row * CELL_H + 0.5) / h];
  }

  /** @internal Draws `name` into its cell: a dark rounded pill with white text. */
  draw(cell: number, name: string): void {
    const ctx = this.texture.getContext() as Ctx2d;
    const x = (cell % COLS) * CELL_W;
    const y = Math.floor(cell / COLS) * CELL_H;
    ctx.clearRect(x, y, CELL_W, CELL_H);
    ctx.fillStyle = 'rgba(15, 25, 45, 0.72)';
    ctx.beginPath();
    ctx.roundRect?.(x + 2, y + 8, CELL_W - 4, CELL_H - 16, 24);
    ctx.fill();
    let px = 34;
    ctx.font = `600 ${px}px ${ENGINE_CONFIG.atlas.fontStack}`;
    const width = ctx.measureText(name).width;
    if (width > CELL_W - 24) {
      px = Math.max(12, Math.floor((px * (CELL_W - 24)) / width));
      ctx.font = `600 ${px}px ${ENGINE_CONFIG.atlas.fontStack}`;
    }
    ctx.fillStyle = '#ffffff';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(name, x + CELL_W / 2, y + CELL_H / 2 + 1);
    this.texture.update(true);
  }

  /** @internal */
  get sceneRef(): Scene {
    return this.scene;
  }

  dispose(): void {
    this.material.dispose(false, true);
    this.texture.dispose();
  }
}

/** A visitor's name over their head: a billboard quad showing one cell of the shared atlas. */
export class NameTag {
  readonly mesh: Mesh;
  private text = '';

  constructor(
    private readonly atlas: NameTagAtlas,
    private readonly cell: number,
    parent: TransformNode,
    name: string,
  ) {
    const [u0, v0, u1, v1] = atlas.cellUv(cell);
    const w = TAG_WIDTH / 2;
    const h = (TAG_WIDTH * (CELL_H / CELL_W)) / 2;
    const data = new VertexData();
    data.positions = [-w, -h, 0, w, -h, 0, w, h, 0, -w, h, 0];
    data.normals = [0, 0, -1, 0, 0, -1, 0, 0, -1, 0, 0, -1];
    data.uvs = [u0, v0, u1, v0, u1, v1, u0, v1];
    data.indices = [0, 2, 1, 0, 3, 2];
    this.mesh = new Mesh('name-tag', atlas.sceneRef);
    data.applyToMesh(this.mesh, false);
    this.mesh.material = atlas.material;
    this.mesh.parent = parent;
    this.mesh.position.y = ENGINE_CONFIG.remote.nameTagHeight;
    this.mesh.billboardMode = Mesh.BILLBOARDMODE_ALL;
    this.mesh.isPickable = false;
    // Avatars move on their own: keep the tag in a frozen active-mesh list.
    this.mesh.alwaysSelectAsActiveMesh = true;
    this.setText(name);
  }

  setText(name: string): void {
    if (name === this.text) return;
    this.text = name;
    this.atlas.draw(this.cell, name);
  }

  dispose(): void {
    this.mesh.dispose(false, false);
    this.atlas.release(this.cell);
  }
}
