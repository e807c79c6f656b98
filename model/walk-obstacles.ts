import type { HallView } from './api-types';
import { placeBoothShape } from './booth-solids';
import { cutoutRect, type HallLayout } from './hall-layout';
import { boxFloorRect, placeSolid, type FloorRect, type SolidBox } from './solid-box';

/**
 * Who may stand where: one rule for the engine (collision, click-to-walk), the server (move
 * checks) and the editors (reachability). Sizes in metres.
 */
export const WALK_RULES = {
  /** A box blocks walking when it reaches below this height… */
  maxBottom: 1.2,
  /** …and rises above this one (lower things, like booth platforms, are stepped onto; plinths, 0.25 m, still block)… */
  minTop: 0.2,
  /** …and is at least this thick (thinner boxes are posters and screens hung on walls). */
  minThickness: 0.05,
  /** A visitor's body radius: shoulders plus a little room so a first-person camera never clips a wall. */
  visitorRadius: 0.3,
  /** Walk grid resolution: fine enough for a 1 m gap between booths to stay open with the radius taken off. */
  cellSize: 0.25,
} as const;

/** The hall shell's sizes that decide where walls and stages stand (the engine draws them with the same numbers). */
export const HALL_SHELL = {
  wallThickness: 0.3,
  stageHeight: 0.6,
  stageBackdropHeight: 4,
  stageBackdropDepth: 0.2,
  signBoardHeight: 0.7,
  signPostSize: 0.1,
  /** Signs centred higher than this hang (no post to the floor). */
  signPostMaxHeight: 3,
} as const;

/**
 * Whether a box stands in a visitor's way: low platforms are walked onto, fascias hang overhead,
 * and sheets (posters on a wall) are thinner than any wall they hang on.
 */
export function blocksWalking(b: Pick<SolidBox, 'y' | 'height' | 'width' | 'depth'>): boolean {
  return b.y < WALK_RULES.maxBottom && b.y + b.height > WALK_RULES.minTop && Math.min(b.width, b.depth) >= WALK_RULES.minThickness;
}

/** Whether a visitor steps onto a box rather than against it (booth platforms, low plinths). */
export function isStepOn(b: Pick<SolidBox, 'y' | 'height' | 'width' | 'depth'>): boolean {
  return b.y < WALK_RULES.minTop && b.y + b.height <= WALK_RULES.minTop && Math.min(b.width, b.depth) >= WALK_RULES.minThickness;
}

/** A solid a visitor meets: a box in the way (`blocks`) or a low one to step onto. */
export interface WalkSolid {
  box: SolidBox;
  blocks: boolean;
  /** What it is, for messages and tests: `wall`, `stage`, `sign`, `booth:<slotId>`. */
  source: string;
  /** A product stand's default plinth: the engine resizes it to the product once the model has loaded. */
  plinth?: boolean;
}

/**
 * The hall shell's obstacles: bands just outside each outer wall (entrances stay closed until
 * doors lead somewhere), each floor cutout as a whole (its walls stand inside it), stage
 * platforms with their backdrops, and the posts of low signs. Pure.
 */
export function hallSolids(layout: Pick<HallLayout, 'size' | 'cutouts' | 'stages' | 'signage'>): WalkSolid[] {
  const { width, depth, height } = layout.size;
  const t = HALL_SHELL.wallThickness;
  const out: WalkSolid[] = [];
  const wall = (r: FloorRect) => out.push({ box: rectSolid(r, 0, height), blocks: true, source: 'wall' });
  wall({ minX: -t, maxX: width + t, minZ: -t, maxZ: 0 });
  wall({ minX: -t, maxX: width + t, minZ: depth, maxZ: depth + t });
  wall({ minX: -t, maxX: 0, minZ: 0, maxZ: depth });
  wall({ minX: width, maxX: width + t, minZ: 0, maxZ: depth });
  for (const c of layout.cutouts.map(cutoutRect)) {
    const r = { minX: Math.max(0, c.minX), maxX: Math.min(width, c.maxX), minZ: Math.max(0, c.minZ), maxZ: Math.min(depth, c.maxZ) };
    if (r.maxX > r.minX && r.maxZ > r.minZ) wall(r);
  }
  for (const s of layout.stages) {
    const frame = { x: s.x, z: s.z, yawDeg: s.rotation };
    const bd = HALL_SHELL.stageBackdropDepth;
    out.push({ box: placeSolid(frame, { x: 0, y: 0, z: 0, width: s.width, height: HALL_SHELL.stageHeight, depth: s.depth }), blocks: true, source: 'stage' });
    out.push({ box: placeSolid(frame, { x: 0, y: 0, z: s.depth / 2 - bd / 2, width: s.width, height: HALL_SHELL.stageBackdropHeight, depth: bd }), blocks: true, source: 'stage' });
  }
  for (const s of layout.signage) {
    const bottom = signBottom(s.height);
    // Low signs stand on a post; high ones (aisle markers at 5 m) hang from the roof structure.
    if (bottom > 0.01 && s.height <= HALL_SHELL.signPostMaxHeight) {
      const p = HALL_SHELL.signPostSize;
      // The post is p thick; the blocking square is 2p wide so a visitor never brushes the board's edge.
      out.push({ box: rectSolid({ minX: s.x - p, maxX: s.x + p, minZ: s.z - p, maxZ: s.z + p }, 0, bottom), blocks: true, source: 'sign' });
    }
  }
  return out;
}

/** Where a sign board's bottom edge is, from the height of its centre. */
export function signBottom(centreHeight: number): number {
  return Math.max(0, centreHeight - HALL_SHELL.signBoardHeight / 2);
}

/** Booth fixtures, items and default plinths that block walking or are stepped onto. Pure. */
export function boothSolids(view: Pick<HallView, 'layout' | 'boothTemplates' | 'booths'>): WalkSolid[] {
  const slots = new Map(view.layout.slots.map((s) => [s.id, s]));
  const templates = new Map(view.boothTemplates.map((t) => [t.id, t]));
  const out: WalkSolid[] = [];
  for (const booth of view.booths) {
    const slot = slots.get(booth.slotId);
    const template = templates.get(booth.design.templateId);
    if (!slot || !template) continue;
    const source = `booth:${booth.slotId}`;
    const shape = placeBoothShape(slot, template, booth.design.items);
    const add = (box: SolidBox, plinth = false) => {
      const entry: WalkSolid | undefined = blocksWalking(box) ? { box, blocks: true, source } : isStepOn(box) ? { box, blocks: false, source } : undefined;
      if (!entry) return;
      if (plinth) entry.plinth = true;
      out.push(entry);
    };
    for (const f of shape.fixtures) add(f.world);
    for (const item of shape.items) {
      for (const s of item.solids) add(s.world);
      if (item.plinth) add(item.plinth, true);
    }
  }
  return out;
}

/** Every solid of a hall a visitor meets: the shell, then the booths. */
export function walkSolids(view: Pick<HallView, 'layout' | 'boothTemplates' | 'booths'>): WalkSolid[] {
  return [...hallSolids(view.layout), ...boothSolids(view)];
}

/** Floor rectangles visitors cannot enter: hall walls, stages, sign posts, booth fixtures and items that block walking. */
export function walkObstacles(view: Pick<HallView, 'layout' | 'boothTemplates' | 'booths'>): FloorRect[] {
  return walkSolids(view)
    .filter((s) => s.blocks)
    .map((s) => boxFloorRect(s.box));
}

function rectSolid(r: FloorRect, y: number, height: number): SolidBox {
  return { x: (r.minX + r.maxX) / 2, z: (r.minZ + r.maxZ) / 2, width: r.maxX - r.minX, depth: r.maxZ - r.minZ, y, height, yaw: 0 };
}
