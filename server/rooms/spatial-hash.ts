/**
 * A uniform grid over the hall floor holding small integer ids (the room's avatar slots), so
 * "who is within r metres" looks at a few cells instead of every avatar. Rebuilt per area-of-
 * interest pass (`clear` + `insert`); cells keep their arrays, so a rebuild allocates nothing.
 */
export class SpatialHash {
  readonly cols: number;
  readonly rows: number;
  private readonly cells: number[][];

  constructor(
    width: number,
    depth: number,
    readonly cellSize: number,
  ) {
    if (!(cellSize > 0)) throw new Error('cell size must be positive');
    this.cols = Math.max(1, Math.ceil(width / cellSize));
    this.rows = Math.max(1, Math.ceil(depth / cellSize));
    this.cells = Array.from({ length: this.cols * this.rows }, () => []);
  }

  clear(): void {
    for (const cell of this.cells) cell.length = 0;
  }

  insert(id: number, x: number, z: number): void {
    this.cells[this.row(z) * this.cols + this.col(x)]!.push(id);
  }

  /**
   * Appends to `out` the ids in every cell the square around (x, z) with half-side `radius`
   * touches: a superset of those within `radius`; the caller checks the distance.
   */
  query(x: number, z: number, radius: number, out: number[]): number[] {
    const c0 = this.col(x - radius);
    const c1 = this.col(x + radius);
    const r0 = this.row(z - radius);
    const r1 = this.row(z + radius);
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const cell = this.cells[r * this.cols + c]!;
        for (let i = 0; i < cell.length; i++) out.push(cell[i]!);
      }
    }
    return out;
  }

  /** Positions outside the floor fall into the border cells. */
  private col(x: number): number {
    return Math.min(this.cols - 1, Math.max(0, Math.floor(x / this.cellSize)));
  }
  private row(z: number): number {
    return Math.min(this.rows - 1, Math.max(0, Math.floor(z / this.cellSize)));
  }
}
