import type { BoothTemplate, HallLayout } from '../../model';

/**
 * A hall layout generated in code, shaped like the built-in "standard-grid" template (42 × 38 m,
 * 60 shell-scheme 3 × 3 booths in back-to-back rows, 4 m carpeted aisles, hanging row signs).
 * Engine tests use it because the layer rules keep engine/ from importing hall-templates/;
 * benchmarks (bench/ may import both) can feed the real templates to `buildHallFixture` instead.
 */
export function syntheticGridLayout(options: { blocks?: number; boothsPerRun?: number; stage?: boolean; boothWidth?: number; boothDepth?: number } = {}): HallLayout {
  const blocks = options.blocks ?? 3;
  const perRun = options.boothsPerRun ?? 5;
  // Booth footprint (3 × 3 by default); a block is two rows back to back plus a 4 m aisle.
  const bw = options.boothWidth ?? 3;
  const bd = options.boothDepth ?? 3;
  const pitch = 2 * bd + 4;
  const run = perRun * bw;
  const width = 4 + run + 4 + run + 4;
  const foyer = 8;
  const depth = foyer + blocks * pitch;
  const runStarts = [4, 4 + run + 4];
  const slots: HallLayout['slots'] = [];
  const aisles: HallLayout['aisles'] = [{ id: 'aisle-foyer', x: width / 2, z: foyer - 2, width, depth: 4 }];
  const signage: HallLayout['signage'] = [];
  const lanes = [2, 4 + run + 2, width - 2];
  for (let b = 0; b < blocks; b++) {
    const backZ = foyer + bd + b * pitch;
    const south = String.fromCharCode(65 + 2 * b);
    const north = String.fromCharCode(66 + 2 * b);
    for (const [row, z, rotation] of [[south, backZ - bd / 2, 0], [north, backZ + bd / 2, 180]] as const) {
      runStarts.forEach((start, r) => {
        for (let i = 0; i < perRun; i++) {
          const n = r * perRun + i + 1;
          const id = `${row.toLowerCase()}-${String(n).padStart(2, '0')}`;
          slots.push({ id, label: id.toUpperCase(), kind: 'inline', x: start + bw / 2 + bw * i, z, width: bw, depth: bd, rotation });
        }
      });
    }
    aisles.push({ id: `aisle-${north.toLowerCase()}`, x: width / 2, z: backZ + bd + 2, width, depth: 4 });
    lanes.forEach((x, k) => aisles.push({ id: `lane-${b}-${k}`, x, z: backZ, width: 4, depth: 2 * bd }));
    const rows = b < blocks - 1 ? [north, String.fromCharCode(67 + 2 * b)] : [north];
    lanes.forEach((x, k) =>
      signage.push({ id: `sign-${b}-${k}`, x, z: backZ + bd + 2, height: 5, yaw: 180, text: { 'zh-CN': `${rows.join(' · ')} 排`, en: `Row ${rows.join(' · ')}` } }),
    );
  }
  return {
    version: 1,
    id: 'synthetic-grid',
    name: { 'zh-CN': '测试展厅', en: 'Test hall' },
    size: { width, depth, height: 10 },
    cutouts: [],
    style: { floorColor: '#d9d4c7', wallColor: '#f4f1ea', carpetColor: '#2f5d8a' },
    entrances: [
      { id: 'main', wall: 'south', offset: width / 2, width: 6, name: { 'zh-CN': '正门', en: 'Main entrance' } },
      { id: 'west-door', wall: 'south', offset: 2, width: 3 },
    ],
    spawnPoints: [{ x: width / 2, z: 1.5, yaw: 0 }],
    slots,
    aisles,
    stages: options.stage ? [{ id: 'stage', x: width - 8, z: 2.5, width: 8, depth: 3, rotation: 180, name: { 'zh-CN': '主舞台', en: 'Main stage' } }] : [],
    signage,
  };
}

/** A 3 × 3 shell-scheme booth like the built-in "inline-3x3": back and side walls, a fascia, a counter, three stands. */
export function syntheticInlineTemplate(): BoothTemplate {
  const wall = (x: number, z: number, width: number, depth: number) => ({ kind: 'wall' as const, x, y: 0, z, width, height: 2.5, depth });
  return {
    version: 1,
    id: 'inline-3x3',
    name: { 'zh-CN': '标准展位 3×3', en: 'Shell scheme 3×3' },
    kind: 'inline',
    footprint: { width: 3, depth: 3 },
    fixtures: [
      wall(0, 1.45, 3, 0.1),
      wall(-1.45, -0.05, 0.1, 2.9),
      wall(1.45, -0.05, 0.1, 2.9),
      { kind: 'fascia', x: 0, y: 2.5, z: -1.45, width: 3, height: 0.3, depth: 0.1 },
      { kind: 'counter', x: 0.75, y: 0, z: -0.95, width: 1, height: 1.05, depth: 0.5 },
    ],
    anchors: [
      { id: 'stand-1', kind: 'stand', x: -0.9, y: 0, z: 0.8, yaw: 180 },
      { id: 'stand-2', kind: 'stand', x: 0.7, y: 0, z: 0.8, yaw: 180 },
      { id: 'stand-3', kind: 'stand', x: -0.9, y: 0, z: -0.5, yaw: 180 },
      { id: 'poster', kind: 'poster', x: 0, y: 1.5, z: 1.4, yaw: 180 },
      { id: 'counter', kind: 'counter', x: 0.75, y: 0, z: -0.95, yaw: 180 },
    ],
  };
}
