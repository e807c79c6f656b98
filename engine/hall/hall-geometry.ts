import { boxFloorRect, footprintRect, hallSolids, type HallLayout } from '../../model';
import { ENGINE_CONFIG } from '../config';
import { hexToRgb, rgbToCss, shade } from '../geometry/color';
import type { LabelSpot } from '../geometry/label';
import { frameToWorld, placeBox, type FloorRect, type WorldBox } from '../geometry/world-box';
import { boundaryEdges, floorGrid, floorRects, isFloorAt, type BoundaryEdge } from './hall-floor';

/** A straight wall piece on the floor plan (for tests and the minimap later). */
export interface WallSegment {
  x0: number;
  z0: number;
  x1: number;
  z1: number;
}

/** The hall shell as plain data: everything static that is not a booth. */
export interface HallGeometry {
  /** Floor slabs, top face at y = 0, covering the hall minus its cutouts. */
  floor: WorldBox[];
  /** Perimeter walls (outside the floor edge) with gaps at entrances, plus lintels over the doors. */
  walls: WorldBox[];
  /** The wall lines on the plan, gaps included, before thickness is added. */
  wallSegments: WallSegment[];
  carpets: WorldBox[];
  /** Stage platforms and their backdrops. */
  stages: WorldBox[];
  /** Sign boards and their posts. */
  signs: WorldBox[];
  labels: LabelSpot[];
  /** Floor rectangles a visitor cannot enter: walls, cutouts, stages, sign posts (model's `hallSolids`, the rule the server and editors use too). */
  blockers: FloorRect[];
}

const H = ENGINE_CONFIG.hall;
const DEG = Math.PI / 180;

/** HallLayout → hall shell geometry in world coordinates. Pure; no Babylon. */
export function hallGeometry(layout: HallLayout): HallGeometry {
  const grid = floorGrid(layout);
  const floorColor = hexToRgb(layout.style.floorColor);
  const floor = floorRects(grid).map((r) => rectBox(r, -H.floorThickness, H.floorThickness, floorColor));
  const carpetColor = hexToRgb(layout.style.carpetColor);
  const carpets = layout.aisles.map((a) => rectBox(footprintRect(a), 0, H.carpetHeight, carpetColor));

  const walls: WorldBox[] = [];
  const wallSegments: WallSegment[] = [];
  const labels: LabelSpot[] = [];
  const wallColor = hexToRgb(layout.style.wallColor);
  const t = H.wallThickness;
  for (const edge of boundaryEdges(grid)) {
    for (const [from, to] of cutGaps(edge, layout)) {
      // Walls stand outside the floor edge. An end gets stretched by the wall thickness only at a
      // convex corner, where it would otherwise leave a notch; at a concave corner the stretch
      // would poke into the hall.
      const side = -edge.floorSide;
      const stretch = (end: number, dir: number) =>
        isDoorEnd(edge, end, layout) || probeFloor(grid, edge, end + dir * 0.01, side * 0.01) ? 0 : t;
      const a = from - stretch(from, -1);
      const b = to + stretch(to, 1);
      const rect = edgeRect(edge, a, b, edge.at + (side * t) / 2, t);
      walls.push(rectBox(rect, 0, layout.size.height, wallColor));
      wallSegments.push(edge.axis === 'x' ? { x0: from, z0: edge.at, x1: to, z1: edge.at } : { x0: edge.at, z0: from, x1: edge.at, z1: to });
    }
  }

  const doorHeight = Math.min(3.2, layout.size.height - 0.4);
  for (const e of layout.entrances) {
    const edge = entranceEdge(e.wall, layout);
    const rect = edgeRect(edge, e.offset - e.width / 2, e.offset + e.width / 2, edge.at - (edge.floorSide * t) / 2, t);
    walls.push(rectBox(rect, doorHeight, layout.size.height - doorHeight, wallColor));
    // TODO(issue: hall exits) doors lead nowhere yet, so the doorway is closed to walking (hallSolids walls it off).
    if (e.name) {
      const facing = edge.axis === 'x' ? (edge.floorSide > 0 ? 0 : 180) : edge.floorSide > 0 ? 90 : 270;
      const inward = edge.at + edge.floorSide * 0.02;
      const along = e.offset;
      labels.push({
        key: `entrance:${e.id}`,
        text: e.name,
        style: { background: rgbToCss(shade(wallColor, -0.6)), foreground: '#ffffff' },
        aspect: e.width / H.entranceLabelHeight,
        quads: [
          {
            x: edge.axis === 'x' ? along : inward,
            z: edge.axis === 'x' ? inward : along,
            y: doorHeight + H.entranceLabelHeight / 2 + 0.1,
            width: e.width,
            height: H.entranceLabelHeight,
            facingYaw: facing * DEG,
          },
        ],
      });
    }
  }

  const stages: WorldBox[] = [];
  const stageColor = { r: 0.22, g: 0.24, b: 0.28 };
  for (const s of layout.stages) {
    const frame = { x: s.x, z: s.z, yawDeg: s.rotation };
    const bd = H.stageBackdropDepth;
    stages.push(placeBox(frame, { x: 0, y: 0, z: 0, width: s.width, height: H.stageHeight, depth: s.depth }, stageColor));
    stages.push(placeBox(frame, { x: 0, y: 0, z: s.depth / 2 - bd / 2, width: s.width, height: H.stageBackdropHeight, depth: bd }, shade(stageColor, -0.3)));
    const front = frameToWorld(frame, 0, s.depth / 2 - bd - 0.02);
    const labelH = 0.8;
    labels.push({
      key: `stage:${s.id}`,
      text: s.name,
      style: { background: '#1b2a4a', foreground: '#ffffff' },
      aspect: (s.width * 0.8) / labelH,
      quads: [{ x: front.x, z: front.z, y: H.stageBackdropHeight - labelH / 2 - 0.3, width: s.width * 0.8, height: labelH, facingYaw: (s.rotation + 180) * DEG }],
    });
  }

  const signs: WorldBox[] = [];
  const signColor = { r: 0.1, g: 0.17, b: 0.3 };
  for (const s of layout.signage) {
    const frame = { x: s.x, z: s.z, yawDeg: s.yaw };
    const bw = H.signBoardWidth;
    const bh = H.signBoardHeight;
    const bottom = Math.max(0, s.height - bh / 2);
    signs.push(placeBox(frame, { x: 0, y: bottom, z: 0, width: bw, height: bh, depth: H.signBoardDepth }, signColor));
    // Low signs stand on a post; high ones (aisle markers at 5 m) hang from the roof structure.
    if (bottom > 0.01 && s.height <= H.signPostMaxHeight) {
      const p = H.signPostSize;
      signs.push(placeBox(frame, { x: 0, y: 0, z: 0, width: p, height: bottom, depth: p }, shade(signColor, 0.3)));
    }
    const off = H.signBoardDepth / 2 + 0.005;
    const quad = (dir: 1 | -1) => {
      const p = frameToWorld(frame, 0, dir * off);
      return { x: p.x, z: p.z, y: bottom + bh / 2, width: bw * 0.94, height: bh * 0.8, facingYaw: (s.yaw + (dir > 0 ? 0 : 180)) * DEG };
    };
    labels.push({
      key: `sign:${s.id}`,
      text: s.text,
      style: { background: rgbToCss(signColor), foreground: '#ffffff' },
      aspect: (bw * 0.94) / (bh * 0.8),
      quads: [quad(1), quad(-1)],
    });
  }

  const blockers = hallSolids(layout)
    .filter((s) => s.blocks)
    .map((s) => boxFloorRect(s.box));
  return { floor, walls, wallSegments, carpets, stages, signs, labels, blockers };
}

function rectBox(r: FloorRect, y: number, height: number, color: WorldBox['color']): WorldBox {
  return { x: (r.minX + r.maxX) / 2, z: (r.minZ + r.maxZ) / 2, width: r.maxX - r.minX, depth: r.maxZ - r.minZ, y, height, yaw: 0, color };
}

/** A rectangle `from..to` along the edge's axis, `thickness` across, centred on `centre`. */
function edgeRect(edge: BoundaryEdge, from: number, to: number, centre: number, thickness: number): FloorRect {
  const h = thickness / 2;
  return edge.axis === 'x'
    ? { minX: from, maxX: to, minZ: centre - h, maxZ: centre + h }
    : { minX: centre - h, maxX: centre + h, minZ: from, maxZ: to };
}

/** The edge line of one of the four outer walls, with its floor side. */
function entranceEdge(wall: 'north' | 'south' | 'east' | 'west', layout: HallLayout): BoundaryEdge {
  const { width, depth } = layout.size;
  switch (wall) {
    case 'south':
      return { axis: 'x', at: 0, from: 0, to: width, floorSide: 1 };
    case 'north':
      return { axis: 'x', at: depth, from: 0, to: width, floorSide: -1 };
    case 'west':
      return { axis: 'z', at: 0, from: 0, to: depth, floorSide: 1 };
    case 'east':
      return { axis: 'z', at: width, from: 0, to: depth, floorSide: -1 };
  }
}

/** Entrances on the same outer line as `edge`, as [from, to] spans along it. */
function doorSpans(edge: BoundaryEdge, layout: HallLayout): [number, number][] {
  return layout.entrances
    .filter((e) => {
      const line = entranceEdge(e.wall, layout);
      return line.axis === edge.axis && line.at === edge.at && line.floorSide === edge.floorSide;
    })
    .map((e) => [e.offset - e.width / 2, e.offset + e.width / 2] as [number, number])
    .sort((a, b) => a[0] - b[0]);
}

/** The parts of `edge` left after cutting out its entrances. */
function cutGaps(edge: BoundaryEdge, layout: HallLayout): [number, number][] {
  const out: [number, number][] = [];
  let cursor = edge.from;
  for (const [a, b] of doorSpans(edge, layout)) {
    if (b <= cursor || a >= edge.to) continue;
    if (a > cursor) out.push([cursor, a]);
    cursor = Math.max(cursor, b);
  }
  if (cursor < edge.to) out.push([cursor, edge.to]);
  return out.filter(([a, b]) => b - a > 1e-6);
}

function isDoorEnd(edge: BoundaryEdge, at: number, layout: HallLayout): boolean {
  return doorSpans(edge, layout).some(([a, b]) => Math.abs(a - at) < 1e-6 || Math.abs(b - at) < 1e-6);
}

/** Whether the floor continues at `along` on the edge, `across` from its line. */
function probeFloor(grid: ReturnType<typeof floorGrid>, edge: BoundaryEdge, along: number, across: number): boolean {
  return edge.axis === 'x' ? isFloorAt(grid, along, edge.at + across) : isFloorAt(grid, edge.at + across, along);
}
