import { StandardMaterial } from '@babylonjs/core/Materials/standardMaterial';
import { DynamicTexture } from '@babylonjs/core/Materials/Textures/dynamicTexture';
import { Texture } from '@babylonjs/core/Materials/Textures/texture';
import { Color3 } from '@babylonjs/core/Maths/math.color';
import type { Mesh } from '@babylonjs/core/Meshes/mesh';
import type { Scene } from '@babylonjs/core/scene';
import { pickText, type Locale } from '../../model';
import { ENGINE_CONFIG } from '../config';
import type { LabelSpot } from '../geometry/label';
import { quadsToMeshData, type TexturedQuad } from '../geometry/mesh-data';
import { createStaticMesh } from '../scene/static-mesh';
import { cellUv, fitFontSize, layoutAtlas, type AtlasLayout } from './fascia-atlas';

/** A canvas the atlas can draw on: a DOM canvas in the page, an OffscreenCanvas or a stub elsewhere. */
export interface AtlasCanvas {
  width: number;
  height: number;
  getContext(kind: '2d'): unknown;
}
export type CanvasFactory = (width: number, height: number) => AtlasCanvas;

/** All texts of the hall (fascia names, signs, stage names) in one texture with one material. */
export interface LabelAtlas {
  readonly layout: AtlasLayout;
  readonly texture: DynamicTexture;
  readonly material: StandardMaterial;
  /** One mesh showing every quad of `labels` (each must have been passed to createLabelAtlas). */
  buildMesh(name: string, labels: readonly LabelSpot[]): Mesh | undefined;
  /** Draws every text again in another locale; cells and meshes stay as they are. */
  redraw(locale: Locale): void;
  dispose(): void;
}

type Ctx2d = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export function defaultCanvasFactory(width: number, height: number): AtlasCanvas {
  if (typeof document !== 'undefined') {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    return canvas;
  }
  return new OffscreenCanvas(width, height);
}

/**
 * Lays out a cell per label, draws every text into one canvas and wraps it as one
 * DynamicTexture, so a hall with 200 fascias still has a single label texture.
 */
export function createLabelAtlas(scene: Scene, labels: readonly LabelSpot[], locale: Locale, createCanvas: CanvasFactory = defaultCanvasFactory): LabelAtlas {
  const layout = layoutAtlas(labels.map((l) => ({ key: l.key, aspect: l.aspect })));
  const canvas = createCanvas(layout.width, layout.height);
  // Mipmaps keep distant names from shimmering; cell padding limits bleeding between cells.
  const texture = new DynamicTexture('hall-labels', canvas as never, scene, true, Texture.TRILINEAR_SAMPLINGMODE);
  texture.anisotropicFilteringLevel = 4;
  texture.hasAlpha = false;
  const material = new StandardMaterial('hall-labels', scene);
  material.diffuseTexture = texture;
  // Unlit: names must read the same in every corner of the hall. With lighting off, a white
  // emissive colour is what lets the texture through at full brightness.
  material.disableLighting = true;
  material.emissiveColor = Color3.White();
  const all = new Map(labels.map((l) => [l.key, l]));

  const redraw = (loc: Locale) => {
    const ctx = texture.getContext() as Ctx2d;
    ctx.clearRect(0, 0, layout.width, layout.height);
    for (const label of all.values()) {
      const cell = layout.cells.get(label.key);
      if (!cell) continue;
      ctx.fillStyle = label.style.background;
      ctx.fillRect(cell.x, cell.y, cell.width, cell.height);
      const text = pickText(label.text, loc);
      const font = (px: number) => `600 ${px}px ${ENGINE_CONFIG.atlas.fontStack}`;
      const px = fitFontSize(text, cell, (t, size) => {
        ctx.font = font(size);
        return ctx.measureText(t).width;
      });
      ctx.font = font(px);
      ctx.fillStyle = label.style.foreground;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(text, cell.x + cell.width / 2, cell.y + cell.height / 2 + px * 0.04);
    }
    texture.update(true);
  };
  redraw(locale);
  material.freeze();

  return {
    layout,
    texture,
    material,
    buildMesh(name, shown) {
      const quads: TexturedQuad[] = [];
      for (const label of shown) {
        const cell = layout.cells.get(label.key);
        if (!cell) continue;
        const uv = cellUv(cell, layout);
        for (const q of label.quads) quads.push({ ...q, uv });
      }
      return createStaticMesh(name, scene, quadsToMeshData(quads), material);
    },
    redraw,
    dispose() {
      material.dispose(false, true);
      texture.dispose();
    },
  };
}
