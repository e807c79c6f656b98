import { describe, expect, it } from 'vitest';
import { boothSolids, boxFloorRect, hallSolids, walkObstacles, type BoothItem, type FloorRect, type HallView } from '../../model';
import { boothGeometry } from '../booth/booth-geometry';
import { hallGeometry } from '../hall/hall-geometry';
import { buildHallFixture } from '../testing/hall-fixture';
import { syntheticGridLayout, syntheticInlineTemplate } from '../testing/synthetic-hall';

const key = (r: FloorRect) => [r.minX, r.maxX, r.minZ, r.maxZ].map((v) => v.toFixed(6)).join(',');
const keys = (rects: readonly FloorRect[]) => rects.map(key).sort();

/** The synthetic grid hall with every furniture kind added to each booth, turned every which way. */
function furnishedHall(): HallView {
  const view = buildHallFixture(syntheticGridLayout(), [syntheticInlineTemplate()]);
  const extra: BoothItem[] = [
    { id: 'plant', kind: 'plant', x: -1.2, y: 0, z: -1.2, yaw: 0, scale: 1 },
    { id: 'seat', kind: 'seating', x: 1.1, y: 0, z: 0.2, yaw: 45, scale: 1.2 },
    { id: 'rack', kind: 'brochure-rack', x: -1.2, y: 0, z: 0.2, yaw: 90, scale: 1 },
    { id: 'screen', kind: 'screen', x: 0, y: 0, z: 0.3, yaw: 180, scale: 1 },
    { id: 'table', kind: 'meeting-table', x: 0.2, y: 0, z: 0.2, yaw: 0, scale: 0.8 },
    { id: 'poster-floor', kind: 'poster', x: 0.5, y: 0, z: -0.3, yaw: 0, scale: 1 },
  ];
  return { ...view, booths: view.booths.map((b) => ({ ...b, design: { ...b.design, items: [...b.design.items, ...extra] } })) };
}

describe('one walk rule for engine, server and editors', () => {
  it('the engine blocks exactly the booth rectangles model/walkObstacles reports', () => {
    const view = furnishedHall();
    const engine = boothGeometry(view).blockers;
    const model = boothSolids(view)
      .filter((s) => s.blocks)
      .map((s) => boxFloorRect(s.box));
    expect(engine.length).toBeGreaterThan(view.booths.length * 8);
    expect(keys(engine)).toEqual(keys(model));
  });

  it('the engine blocks exactly the hall rectangles model/hallSolids reports', () => {
    const view = furnishedHall();
    const engine = hallGeometry(view.layout).blockers;
    expect(keys(engine)).toEqual(keys(hallSolids(view.layout).filter((s) => s.blocks).map((s) => boxFloorRect(s.box))));
    expect(keys(walkObstacles(view))).toEqual(keys([...engine, ...boothGeometry(view).blockers]));
  });
});
