import { describe, expect, it } from 'vitest';
import type { HallLayout } from '../../model';
import { EditHistory, type EditCommand } from '../core/edit-history';
import type { PlanKey } from './hall-commands';
import { fitViewport, HANDLES, planShapes, shapeAt, toHall, toScreen, zoomAt } from './plan-geometry';
import { PlanPointerTool, type PlanPointer } from './plan-pointer-tool';
import { testHall } from './testing/test-hall';

/** The tool driven against a real history, with the plan's shapes recomputed from it. */
function harness() {
  const history = new EditHistory(testHall());
  let selection: PlanKey[] = [];
  let previewed: HallLayout | undefined;
  const panned: [number, number][] = [];
  const tool = new PlanPointerTool({
    shapes: () => planShapes(history.doc),
    selection: () => selection,
    select: (keys) => (selection = [...keys]),
    preview: (cmd: EditCommand<HallLayout> | undefined) => (previewed = cmd?.apply(history.doc)),
    execute: (cmd) => history.execute(cmd),
    pan: (dx, dy) => panned.push([dx, dy]),
  });
  // 10 px per metre, hall point (x, z) at screen (10x, 10(20 - z)).
  const at = (x: number, z: number, additive = false): PlanPointer => ({ x, z, sx: x * 10, sy: (20 - z) * 10, additive });
  return { history, tool, at, selection: () => selection, previewed: () => previewed, panned };
}

describe('PlanPointerTool', () => {
  it('selects on click and clears on a click on empty floor', () => {
    const h = harness();
    h.tool.down(h.at(10, 10));
    h.tool.up(h.at(10, 10));
    expect(h.selection()).toEqual(['slot:a-1']);
    h.tool.down(h.at(13, 10, true));
    h.tool.up(h.at(13, 10, true));
    expect(h.selection()).toEqual(['slot:a-1', 'slot:a-2']);
    h.tool.down(h.at(25, 15));
    h.tool.up(h.at(25, 15));
    expect(h.selection()).toEqual([]);
    expect(h.history.canUndo).toBe(false);
  });

  it('drags a slot on the grid, shows it live, and records one edit on release', () => {
    const h = harness();
    h.tool.down(h.at(10, 10));
    h.tool.move(h.at(11.1, 10.2));
    expect(h.tool.stateName).toBe('moving');
    expect(h.previewed()!.slots[0]).toMatchObject({ x: 11, z: 10 });
    h.tool.move(h.at(12.3, 10));
    h.tool.up(h.at(12.3, 10));
    expect(h.history.doc.slots[0]).toMatchObject({ x: 12.5, z: 10 });
    expect(h.previewed()).toBeUndefined();
    h.history.undo();
    expect(h.history.doc.slots[0]!.x).toBe(10);
    expect(h.history.canUndo).toBe(false);
  });

  it('resizes by a handle, keeping the opposite edge', () => {
    const h = harness();
    const shape = planShapes(h.history.doc).find((s) => s.key === 'slot:a-1')!;
    const east = HANDLES.find((x) => x.name === 'e')!;
    h.tool.down(h.at(11.5, 10), { shape, handle: east });
    h.tool.move(h.at(13.1, 10));
    h.tool.up(h.at(13.1, 10));
    // West edge stays at 8.5; the east edge snaps from 11.5 + 1.6 to 13: 4.5 m wide.
    expect(h.history.doc.slots[0]).toMatchObject({ x: 10.75, width: 4.5, depth: 3 });
  });

  it('pans on a drag over empty floor, and a cancelled drag records nothing', () => {
    const h = harness();
    h.tool.down(h.at(25, 15));
    h.tool.move(h.at(26, 15));
    expect(h.panned).toEqual([[10, 0]]);
    h.tool.up(h.at(26, 15));
    h.tool.down(h.at(10, 10));
    h.tool.move(h.at(14, 10));
    h.tool.cancel();
    expect(h.history.canUndo).toBe(false);
    expect(h.previewed()).toBeUndefined();
  });
});

describe('plan geometry', () => {
  it('maps hall and screen both ways with north up, and zooms about the pointer', () => {
    const v = fitViewport({ width: 30, depth: 20 }, 648, 448);
    expect(v.scale).toBe(20);
    const { sx, sy } = toScreen(v, 20, 10, 5);
    expect(toHall(v, 20, sx, sy)).toEqual({ x: 10, z: 5 });
    const zoomed = zoomAt(v, 2, sx, sy);
    expect(zoomed.scale).toBe(40);
    const back = toHall(zoomed, 20, sx, sy);
    expect(back.x).toBeCloseTo(10);
    expect(back.z).toBeCloseTo(5);
    expect(zoomAt(v, 1000, 0, 0).scale).toBe(80);
  });

  it('hits the topmost shape: signs over slots over stages over entrances', () => {
    const doc = { ...testHall(), signage: [{ id: 's', x: 10, z: 10, height: 4, yaw: 0, text: { 'zh-CN': '牌', en: 'Sign' } }] };
    const shapes = planShapes(doc);
    expect(shapeAt(shapes, 10, 10)!.key).toBe('sign:s');
    expect(shapeAt(shapes, 11, 11)!.key).toBe('slot:a-1');
    expect(shapeAt(shapes, 15, 1)!.key).toBe('entrance:main');
    expect(shapeAt(shapes, 25, 15)).toBeUndefined();
  });
});
