import { describe, expect, it } from 'vitest';
import { MoveTool, type MoveToolHost } from './move-tool';

function host(hit: string | undefined, gizmoUnder = false) {
  const calls: string[] = [];
  const h: MoveToolHost = {
    gizmoAt: () => gizmoUnder,
    pickItem: () => hit,
    select: (id) => calls.push(`select ${id ?? '-'}`),
    setCameraEnabled: (on) => calls.push(`camera ${on}`),
    dragTo: (id, x) => calls.push(`drag ${id} ${x}`),
    drop: (id, x) => calls.push(`drop ${id} ${x}`),
    cancelDrag: (id) => calls.push(`cancel ${id}`),
  };
  return { h, calls };
}

const at = (x: number, pointerId = 1) => ({ clientX: x, clientY: 0, pointerId, button: 0 });

describe('MoveTool', () => {
  it('idle → pointing → dragging → idle: one drop, camera held still meanwhile', () => {
    const { h, calls } = host('plant-1');
    const tool = new MoveTool(h);
    expect(tool.pointerDown(at(10))).toBe(true);
    expect(tool.stateName).toBe('pointing');
    tool.pointerMove(at(12));
    expect(tool.stateName).toBe('pointing');
    tool.pointerMove(at(30));
    tool.pointerMove(at(2, 2));
    expect(tool.stateName).toBe('dragging');
    tool.pointerUp(at(40));
    expect(tool.stateName).toBe('idle');
    expect(calls).toEqual(['select plant-1', 'camera false', 'drag plant-1 30', 'drop plant-1 40', 'camera true']);
  });

  it('a click selects without moving; a press on nothing deselects and leaves the camera alone; Escape cancels a drag', () => {
    const item = host('plant-1');
    const tool = new MoveTool(item.h);
    tool.pointerDown(at(10));
    tool.pointerUp(at(11));
    expect(item.calls).toEqual(['select plant-1', 'camera false', 'camera true']);
    tool.pointerDown(at(10));
    tool.pointerMove(at(50));
    tool.cancel();
    expect(item.calls.slice(-2)).toEqual(['cancel plant-1', 'camera true']);
    const empty = host(undefined);
    expect(new MoveTool(empty.h).pointerDown(at(10))).toBe(false);
    expect(empty.calls).toEqual(['select -']);
  });

  it('leaves a press on a gizmo handle to the gizmo: no pick, no selection change, camera untouched', () => {
    const onHandle = host('plant-1', true);
    const tool = new MoveTool(onHandle.h);
    expect(tool.pointerDown(at(10))).toBe(false);
    tool.pointerMove(at(60));
    tool.pointerUp(at(60));
    expect(tool.stateName).toBe('idle');
    expect(onHandle.calls).toEqual([]);
  });
});
