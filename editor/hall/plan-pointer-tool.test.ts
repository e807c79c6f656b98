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
  const zoomed: [number, number, number][] = [];
  const tool = new PlanPointerTool({
    shapes: () => planShapes(history.doc),
    selection: () => selection,
    select: (keys) => (selection = [...keys]),
    preview: (cmd: EditCommand<HallLayout> | undefined) => (previewed = cmd?.apply(history.doc)),
    execute: (cmd) => history.execute(cmd),
    pan: (dx, dy) => panned.push([dx, dy]),
    zoom: (factor, sx, sy) => zoomed.push([factor, sx, sy]),
  });
  // 10 px per metre, hall point (x, z) at screen (10x, 10(20 - z)).
  const at = (x: number, z: number, additive = false): PlanPointer => ({ x, z, sx: x * 10, sy: (20 - z) * 10, additive });
  /** Finger `id` at hall point (x, z). */
  const finger = (id: number, x: number, z: number): PlanPointer => ({ ...at(x, z), id, touch: true });
  return { history, tool, at, finger, selection: () => selection, previewed: () => previewed, panned, zoomed };
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

describe('PlanPointerTool on a touch screen', () => {
  it('moves a slot with one finger, past the wider touch threshold', () => {
    const h = harness();
    h.tool.down(h.finger(7, 10, 10));
    // 0.5 m = 5 px: a mouse would be dragging by now, a finger is still tapping.
    h.tool.move(h.finger(7, 10.5, 10));
    expect(h.tool.stateName).toBe('pointing');
    h.tool.move(h.finger(7, 12, 10));
    expect(h.tool.stateName).toBe('moving');
    h.tool.up(h.finger(7, 12, 10));
    expect(h.history.doc.slots[0]).toMatchObject({ x: 12, z: 10 });
    expect(h.selection()).toEqual(['slot:a-1']);
  });

  it('selects on a tap, and a pinch that starts on a slot leaves the selection alone', () => {
    const h = harness();
    h.tool.down(h.finger(1, 13, 10));
    expect(h.selection()).toEqual([]);
    h.tool.up(h.finger(1, 13, 10));
    expect(h.selection()).toEqual(['slot:a-2']);
    h.tool.down(h.finger(2, 10, 10));
    h.tool.down(h.finger(3, 20, 10));
    h.tool.move(h.finger(2, 8, 10));
    h.tool.up(h.finger(2, 8, 10));
    h.tool.up(h.finger(3, 20, 10));
    expect(h.selection()).toEqual(['slot:a-2']);
    expect(h.zoomed).toHaveLength(1);
  });

  it('pinches: spreading two fingers zooms about their midpoint, moving them together pans', () => {
    const h = harness();
    h.tool.down(h.finger(1, 20, 15));
    h.tool.down(h.finger(2, 24, 15));
    expect(h.tool.stateName).toBe('pinching');
    const totalPan = () => h.panned.reduce((sum, [dx, dy]) => [sum[0]! + dx, sum[1]! + dy], [0, 0]);
    // Spread from 40 px to 80 px about the midpoint (220, 50): zoom × 2 in all; one finger at a
    // time sways the midpoint there and back, so the pans cancel out.
    h.tool.move(h.finger(1, 18, 15));
    h.tool.move(h.finger(2, 26, 15));
    expect(totalPan()).toEqual([0, 0]);
    expect(h.zoomed.map(([f]) => f).reduce((a, b) => a * b)).toBeCloseTo(2);
    expect(h.zoomed.at(-1)!.slice(1)).toEqual([220, 50]);
    // Both fingers 20 px down: a two-finger pan, the spread (no zoom) unchanged.
    const zooms = h.zoomed.length;
    h.tool.move(h.finger(1, 18, 13));
    h.tool.move(h.finger(2, 26, 13));
    expect(totalPan()).toEqual([0, 20]);
    // One finger ahead of the other tilts the pair for a moment; once level again the spread is the same.
    expect(h.zoomed.slice(zooms).reduce((k, [f]) => k * f, 1)).toBeCloseTo(1);
    expect(h.history.canUndo).toBe(false);
  });

  it('drops a one-finger drag when a second finger lands, and ignores the finger left after a pinch', () => {
    const h = harness();
    h.tool.down(h.finger(1, 10, 10));
    h.tool.move(h.finger(1, 12, 10));
    expect(h.previewed()).toBeDefined();
    h.tool.down(h.finger(2, 20, 10));
    expect(h.tool.stateName).toBe('pinching');
    expect(h.previewed()).toBeUndefined();
    h.tool.up(h.finger(2, 20, 10));
    expect(h.tool.stateName).toBe('idle');
    const panned = h.panned.length;
    h.tool.move(h.finger(1, 15, 10));
    h.tool.up(h.finger(1, 15, 10));
    expect(h.panned).toHaveLength(panned);
    expect(h.history.canUndo).toBe(false);
    // All fingers up: the next touch selects again.
    h.tool.down(h.finger(3, 13, 10));
    h.tool.up(h.finger(3, 13, 10));
    expect(h.selection()).toEqual(['slot:a-2']);
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
    expect(shapeAt(shapes, 16.5, 2)!.key).toBe('entrance:main');
    expect(shapeAt(shapes, 25, 15)).toBeUndefined();
  });

  it('shows cut-outs under slots, spawn points on top, aisles under everything', () => {
    const doc = { ...testHall(), cutouts: [{ x: 10, z: 10, width: 6, depth: 6 }], aisles: [{ id: 'aisle-1', x: 15, z: 5, width: 30, depth: 3 }] };
    const shapes = planShapes(doc);
    expect(shapeAt(shapes, 10, 10)!.key).toBe('slot:a-1');
    expect(shapeAt(shapes, 8, 12.5)).toMatchObject({ key: 'cutout:0', resizable: true });
    expect(shapeAt(shapes, 15, 1)).toMatchObject({ key: 'spawn:0', resizable: false, yaw: 0 });
    expect(shapeAt(shapes, 25, 5)).toMatchObject({ key: 'aisle:aisle-1', resizable: true });
  });

  it('drags a cut-out off a slot with snapping, and resizes it by a handle', () => {
    const h = harness();
    h.history.execute({ label: 'cut-out', apply: (d) => ({ ...d, cutouts: [{ x: 8, z: 12, width: 4, depth: 4 }] }) });
    h.tool.down(h.at(7, 13));
    h.tool.move(h.at(3.2, 13.1));
    h.tool.up(h.at(3.2, 13.1));
    expect(h.selection()).toEqual(['cutout:0']);
    expect(h.history.doc.cutouts[0]).toMatchObject({ x: 4, z: 12 });
    const shape = planShapes(h.history.doc).find((s) => s.key === 'cutout:0')!;
    h.tool.down(h.at(6, 12), { shape, handle: HANDLES.find((x) => x.name === 'e')! });
    h.tool.move(h.at(7.2, 12));
    h.tool.up(h.at(7.2, 12));
    expect(h.history.doc.cutouts[0]).toMatchObject({ x: 4.5, width: 5, depth: 4 });
  });

  it('grabs a selected cut-out where a slot lies on top of it; a click there on nothing selected hits the slot', () => {
    const h = harness();
    h.history.execute({ label: 'cut-out', apply: (d) => ({ ...d, cutouts: [{ x: 10, z: 10, width: 4, depth: 4 }] }) });
    h.tool.down(h.at(10, 10));
    h.tool.up(h.at(10, 10));
    expect(h.selection()).toEqual(['slot:a-1']);
    h.tool.down(h.at(25, 15));
    h.tool.up(h.at(25, 15));
    h.tool.down(h.at(8.2, 10));
    h.tool.up(h.at(8.2, 10));
    expect(h.selection()).toEqual(['cutout:0']);
    h.tool.down(h.at(10, 10));
    h.tool.move(h.at(10, 15));
    h.tool.up(h.at(10, 15));
    expect(h.history.doc.cutouts[0]).toMatchObject({ x: 10, z: 15 });
    expect(h.history.doc.slots[0]).toMatchObject({ x: 10, z: 10 });
  });
});
