import type { BoothTemplate, HallView } from '../../model';
import { buildHallFixture } from './hall-fixture';
import { syntheticGridLayout } from './synthetic-hall';

/** What the stress hall holds by default: the bar of 200 booths with 10 products each. */
export const STRESS_HALL = { blocks: 5, boothsPerRun: 10, boothWidth: 5, boothDepth: 4, productsPerBooth: 10 } as const;

/**
 * A 5 × 4 m shell booth with ten product stands in two rows of five, a counter at the front and
 * a poster on the back wall: the densest booth the stress hall needs.
 */
export function stressBoothTemplate(): BoothTemplate {
  const wall = (x: number, z: number, width: number, depth: number) => ({ kind: 'wall' as const, x, y: 0, z, width, height: 2.5, depth });
  const stands = [1.2, 0.1].flatMap((z, row) => [-2, -1, 0, 1, 2].map((x, i) => ({ id: `stand-${row * 5 + i + 1}`, kind: 'stand' as const, x, y: 0, z, yaw: 180 })));
  return {
    version: 1,
    id: 'stress-5x4',
    name: { 'zh-CN': '压力测试展位 5×4', en: 'Stress booth 5×4' },
    kind: 'inline',
    footprint: { width: 5, depth: 4 },
    fixtures: [
      wall(0, 1.95, 5, 0.1),
      wall(-2.45, -0.05, 0.1, 3.9),
      wall(2.45, -0.05, 0.1, 3.9),
      { kind: 'fascia', x: 0, y: 2.5, z: -1.95, width: 5, height: 0.35, depth: 0.1 },
      { kind: 'counter', x: 1.6, y: 0, z: -1.45, width: 1.2, height: 1.05, depth: 0.5 },
    ],
    anchors: [...stands, { id: 'poster', kind: 'poster', x: -0.5, y: 1.9, z: 1.9, yaw: 180 }],
  };
}

/**
 * The benchmark's stress hall: 200 booths (five blocks of two back-to-back rows, two runs of ten
 * booths each) of 5 × 4 m, 2,000 product stands showing the eight small sample models, on a
 * 112 × 68 m floor. Deterministic; schema-valid.
 */
export function stressHallView(options: { modelUrl?: (name: string) => string } = {}): HallView {
  const S = STRESS_HALL;
  const layout = syntheticGridLayout({ blocks: S.blocks, boothsPerRun: S.boothsPerRun, boothWidth: S.boothWidth, boothDepth: S.boothDepth, stage: true });
  return buildHallFixture({ ...layout, id: 'stress-hall', name: { 'zh-CN': '压力测试展厅', en: 'Stress hall' } }, [stressBoothTemplate()], {
    productsPerBooth: S.productsPerBooth,
    ...(options.modelUrl ? { modelUrl: options.modelUrl } : {}),
  });
}
