import { ENGINE_CONFIG } from '../config';

/** A cell of the text atlas in canvas pixels (y down from the top). */
export interface AtlasCell {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface AtlasLayout {
  width: number;
  height: number;
  rowHeight: number;
  cells: Map<string, AtlasCell>;
}

export interface AtlasRequest {
  key: string;
  /** Width / height of the surface the text is shown on. */
  aspect: number;
}

export interface AtlasOptions {
  width?: number;
  maxSize?: number;
  rowHeight?: number;
  minRowHeight?: number;
  padding?: number;
}

/**
 * Packs one cell per label into a single atlas, in rows ("shelves"): each cell is as wide as its
 * surface's aspect needs at the row height, so text is never stretched. One texture for every
 * name in the hall keeps the labels to one material and one draw call. When the cells do not
 * fit in `maxSize`², rows get lower (less sharp text) rather than the atlas larger.
 */
export function layoutAtlas(requests: readonly AtlasRequest[], options: AtlasOptions = {}): AtlasLayout {
  const A = ENGINE_CONFIG.atlas;
  const width = options.width ?? A.width;
  const maxSize = options.maxSize ?? A.maxSize;
  const pad = options.padding ?? A.padding;
  const minRow = options.minRowHeight ?? A.minRowHeight;
  for (let row = options.rowHeight ?? A.rowHeight; ; row = Math.max(minRow, Math.floor(row * 0.75))) {
    const packed = pack(requests, width, row, pad);
    const height = nextPowerOfTwo(Math.max(packed.used, 1));
    if (height <= maxSize || row === minRow) return { width, height, rowHeight: row, cells: packed.cells };
  }
}

function pack(requests: readonly AtlasRequest[], width: number, row: number, pad: number): { cells: Map<string, AtlasCell>; used: number } {
  const cells = new Map<string, AtlasCell>();
  let x = 0;
  let y = 0;
  for (const r of requests) {
    if (cells.has(r.key)) continue;
    const aspect = Number.isFinite(r.aspect) && r.aspect > 0 ? r.aspect : 1;
    const w = Math.min(width - 2 * pad, Math.max(8, Math.round(aspect * row)));
    if (x + w + 2 * pad > width) {
      x = 0;
      y += row + 2 * pad;
    }
    cells.set(r.key, { x: x + pad, y: y + pad, width: w, height: row });
    x += w + 2 * pad;
  }
  return { cells, used: cells.size ? y + row + 2 * pad : 0 };
}

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

/**
 * UVs of a cell as [u0, v0, u1, v1] with v0 at the cell's bottom edge: Babylon flips canvas
 * textures on upload (invertY), so canvas row 0 is v = 1. Half a texel is trimmed so linear
 * filtering never bleeds in a neighbour's pixels.
 */
export function cellUv(cell: AtlasCell, atlas: { width: number; height: number }): [number, number, number, number] {
  const hu = 0.5 / atlas.width;
  const hv = 0.5 / atlas.height;
  return [
    cell.x / atlas.width + hu,
    1 - (cell.y + cell.height) / atlas.height + hv,
    (cell.x + cell.width) / atlas.width - hu,
    1 - cell.y / atlas.height - hv,
  ];
}

/**
 * Font size (px) that makes `text` fit a cell: as large as the cell's height allows, shrunk when
 * the measured width is too long. `measure(text, px)` is the canvas's measureText width.
 */
export function fitFontSize(text: string, cell: AtlasCell, measure: (text: string, px: number) => number, margin = 0.08): number {
  const maxH = cell.height * (1 - 2 * margin) * 0.8;
  const maxW = cell.width * (1 - 2 * margin);
  const probe = 100;
  const w = measure(text, probe);
  const byWidth = w > 0 ? (probe * maxW) / w : maxH;
  return Math.max(6, Math.floor(Math.min(maxH, byWidth)));
}
