import { VertexBuffer } from '@babylonjs/core/Buffers/buffer';
import type { Mesh } from '@babylonjs/core/Meshes/mesh';
import type { Scene } from '@babylonjs/core/scene';
import { footprintRect, type HallLayout, type Locale } from '../../model';
import { hexToRgb, shade } from '../geometry/color';
import { boxesToMeshData } from '../geometry/mesh-data';
import type { WorldBox } from '../geometry/world-box';
import { buildHallMeshes } from '../hall/build-hall-meshes';
import { hallGeometry } from '../hall/hall-geometry';
import { createLabelAtlas, type CanvasFactory, type LabelAtlas } from '../hall/label-atlas';
import { createStaticMesh } from '../scene/static-mesh';
import type { StaticMaterials } from '../scene/static-materials';

/** Free slots show as a thin tile this high, so the organizer sees where booths can go. */
const SLOT_TILE_HEIGHT = 0.02;
/** Tiles stop this far inside their slot's edges, so neighbouring free slots read as separate. */
const SLOT_TILE_INSET = 0.1;

/**
 * What the hall shell (floor, walls, doors, stages, signs, their labels) is drawn from: the whole
 * layout but its slots and spawn points, which the shell does not draw. Moving a slot changes the
 * layout object but not this key, so it rebuilds the slot's tile and booth, not the walls.
 */
export function shellKey(layout: HallLayout): string {
  const { slots: _slots, spawnPoints: _spawns, ...drawn } = layout;
  return JSON.stringify(drawn);
}

/** The preview's hall shell: the visitor's own builders (`hallGeometry`, `buildHallMeshes`, a label atlas). */
export class PreviewHallShell {
  private meshes: Mesh[] = [];
  private atlas: LabelAtlas | undefined;
  private shownLayout: HallLayout | undefined;
  private shownKey: string | undefined;

  constructor(
    private readonly scene: Scene,
    private readonly materials: StaticMaterials,
    private readonly createCanvas: CanvasFactory,
  ) {}

  /** Shows the shell of `layout`, rebuilding it only if what it is drawn from changed; answers whether it did. */
  show(layout: HallLayout, locale: Locale): boolean {
    if (layout === this.shownLayout) return false;
    this.shownLayout = layout;
    const key = shellKey(layout);
    if (key === this.shownKey) return false;
    this.shownKey = key;
    this.clear();
    const hall = hallGeometry(layout);
    this.meshes = buildHallMeshes(this.scene, hall, this.materials);
    this.atlas = hall.labels.length > 0 ? createLabelAtlas(this.scene, hall.labels, locale, this.createCanvas) : undefined;
    const labels = this.atlas?.buildMesh('hall-labels', hall.labels);
    if (labels) this.meshes.push(labels);
    return true;
  }

  setLocale(locale: Locale): void {
    this.atlas?.redraw(locale);
  }

  dispose(): void {
    this.clear();
    this.shownLayout = undefined;
    this.shownKey = undefined;
  }

  private clear(): void {
    for (const m of this.meshes) m.dispose(false, false);
    this.meshes = [];
    this.atlas?.dispose();
    this.atlas = undefined;
  }
}

/** What `FreeSlotTiles.show` did. */
export type TilesChange = 'kept' | 'moved' | 'rebuilt';

/**
 * The free slots as one mesh of thin tiles (one draw call). Dragging a slot keeps the number of
 * tiles and their colour, so the mesh is kept and only its vertex positions are rewritten; a slot
 * added, removed, assigned or freed, or a new carpet colour, builds it anew.
 */
export class FreeSlotTiles {
  private mesh: Mesh | undefined;
  private count = -1;
  private carpetColor = '';
  private shownKey = '';

  constructor(
    private readonly scene: Scene,
    private readonly materials: StaticMaterials,
  ) {}

  show(layout: HallLayout, occupied: ReadonlySet<string>): TilesChange {
    const free = layout.slots.filter((s) => !occupied.has(s.id));
    const key = free.map((s) => `${s.id}:${s.x}:${s.z}:${s.width}:${s.depth}:${s.rotation}`).join(',');
    if (key === this.shownKey && layout.style.carpetColor === this.carpetColor) return 'kept';
    this.shownKey = key;
    const color = shade(hexToRgb(layout.style.carpetColor), 0.35);
    const boxes: WorldBox[] = free.map((s) => {
      const r = footprintRect(s);
      return { x: (r.minX + r.maxX) / 2, y: 0, z: (r.minZ + r.maxZ) / 2, width: r.maxX - r.minX - SLOT_TILE_INSET, height: SLOT_TILE_HEIGHT, depth: r.maxZ - r.minZ - SLOT_TILE_INSET, yaw: 0, color };
    });
    const data = boxesToMeshData(boxes);
    if (this.mesh && boxes.length === this.count && layout.style.carpetColor === this.carpetColor) {
      // Same tiles, other places: normals, colours and indices of axis-aligned boxes stay as they are.
      this.mesh.updateVerticesData(VertexBuffer.PositionKind, data.positions);
      this.mesh.refreshBoundingInfo();
      return 'moved';
    }
    this.mesh?.dispose(false, false);
    this.count = boxes.length;
    this.carpetColor = layout.style.carpetColor;
    this.mesh = createStaticMesh('free-slots', this.scene, data, this.materials.matte);
    this.mesh?.markVerticesDataAsUpdatable(VertexBuffer.PositionKind, true);
    return 'rebuilt';
  }

  /** The tile mesh (tests look at its vertices). */
  get current(): Mesh | undefined {
    return this.mesh;
  }

  dispose(): void {
    this.mesh?.dispose(false, false);
    this.mesh = undefined;
    this.count = -1;
    this.shownKey = '';
  }
}
