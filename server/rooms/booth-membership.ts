import { footprintRect, rectContainsPoint, type HallView, type Rect } from '../../model';

export interface BoothArea {
  slotId: string;
  /** The booth design's id: analytics events name booths by it, as the pages' beacons do. */
  boothId: string;
  exhibitorId: string;
  rect: Rect;
}

const CELL_M = 4;

/**
 * Which booth a point on the floor stands in: the footprints of the hall's occupied slots,
 * indexed by a coarse grid so a lookup checks only the one or two booths around the point.
 */
export class BoothMembership {
  readonly booths: readonly BoothArea[];
  private readonly cols: number;
  private readonly rows: number;
  private readonly cells: number[][];
  private readonly bySlotId: Map<string, BoothArea>;

  constructor(view: Pick<HallView, 'layout' | 'booths'>) {
    const slots = new Map(view.layout.slots.map((s) => [s.id, s]));
    this.booths = view.booths.flatMap((b) => {
      const slot = slots.get(b.slotId);
      return slot ? [{ slotId: b.slotId, boothId: b.design.id, exhibitorId: b.exhibitorId, rect: footprintRect(slot) }] : [];
    });
    this.bySlotId = new Map(this.booths.map((b) => [b.slotId, b]));
    this.cols = Math.max(1, Math.ceil(view.layout.size.width / CELL_M));
    this.rows = Math.max(1, Math.ceil(view.layout.size.depth / CELL_M));
    this.cells = Array.from({ length: this.cols * this.rows }, () => []);
    this.booths.forEach((booth, index) => {
      const { minX, maxX, minZ, maxZ } = booth.rect;
      for (let r = this.row(minZ); r <= this.row(maxZ); r++) {
        for (let c = this.col(minX); c <= this.col(maxX); c++) this.cells[r * this.cols + c]!.push(index);
      }
    });
  }

  /** The booth at (x, z), or undefined in the aisles. */
  at(x: number, z: number): BoothArea | undefined {
    const cell = this.cells[this.row(z) * this.cols + this.col(x)]!;
    for (const index of cell) {
      const booth = this.booths[index]!;
      if (rectContainsPoint(booth.rect, x, z)) return booth;
    }
    return undefined;
  }

  bySlot(slotId: string): BoothArea | undefined {
    return this.bySlotId.get(slotId);
  }

  /** Slot ids of the booths an exhibitor has in this hall (its staff see their channel anywhere). */
  slotsOf(exhibitorId: string): string[] {
    return this.booths.filter((b) => b.exhibitorId === exhibitorId).map((b) => b.slotId);
  }

  private col(x: number): number {
    return Math.min(this.cols - 1, Math.max(0, Math.floor(x / CELL_M)));
  }
  private row(z: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor(z / CELL_M)));
  }
}
