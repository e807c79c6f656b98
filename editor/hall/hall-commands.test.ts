import { describe, expect, it } from 'vitest';
import { checkHallLayout } from '../../model';
import { EditHistory } from '../core/edit-history';
import {
  addEntrance,
  addSign,
  addSlot,
  addStage,
  assignExhibitor,
  duplicateSelection,
  moveSelection,
  removeSelection,
  resizeHall,
  rotateSelection,
  setRect,
  snap,
  type PlanKey,
} from './hall-commands';
import { testHall } from './testing/test-hall';

describe('hall editing commands', () => {
  it('snaps to the grid without float noise', () => {
    expect(snap(10.26)).toBe(10.5);
    expect(snap(0.1 + 0.2, 0.1)).toBe(0.3);
  });

  it('moves slots into an overlap (a problem) and back, with undo and redo', () => {
    const history = new EditHistory(testHall());
    history.execute(moveSelection(['slot:a-2'], -2, 0));
    expect(history.doc.slots[1]).toMatchObject({ x: 11, z: 10 });
    expect(checkHallLayout(history.doc).map((p) => p.code)).toEqual(['slot-overlaps-slot']);
    history.undo();
    expect(checkHallLayout(history.doc)).toEqual([]);
    history.redo();
    expect(history.doc.slots[1]!.x).toBe(11);
    expect(history.undoLabel).toBe('move a-2');
  });

  it('slides an entrance along its wall and keeps it on the wall', () => {
    const moved = moveSelection(['entrance:main'], 40, 5).apply(testHall());
    expect(moved.entrances[0]).toMatchObject({ wall: 'south', offset: 28 });
  });

  it('records nothing for a move of zero or of nothing', () => {
    const history = new EditHistory(testHall());
    history.execute(moveSelection(['slot:a-1'], 0, 0));
    history.execute(moveSelection(['slot:nope'] as PlanKey[], 0, 0));
    history.execute(removeSelection([]));
    expect(history.canUndo).toBe(false);
  });

  it('resizes a turned slot in its own frame', () => {
    const turned = rotateSelection(['slot:a-1']).apply(testHall());
    expect(turned.slots[0]!.rotation).toBe(90);
    const wide = setRect('slot:a-1', { x: 10, z: 10, width: 6, depth: 3 }).apply(turned);
    // On the floor 6 m east-west; turned 90°, that is its depth.
    expect(wide.slots[0]).toMatchObject({ width: 3, depth: 6 });
    expect(setRect('slot:a-1', { x: 10, z: 10, width: 0.2, depth: 3 }).apply(testHall()).slots[0]!.width).toBe(1);
  });

  it('duplicates unassigned with fresh ids, and deletes', () => {
    let made: PlanKey[] = [];
    const doc = duplicateSelection(['slot:a-2'], (keys) => (made = keys)).apply(testHall());
    expect(made).toEqual(['slot:a-3']);
    expect(doc.slots[2]).toMatchObject({ id: 'a-3', x: 16 });
    expect(doc.slots[2]!.exhibitorId).toBeUndefined();
    expect(removeSelection(['slot:a-1', 'slot:a-3']).apply(doc).slots.map((s) => s.id)).toEqual(['a-2']);
  });

  it('keeps the last entrance', () => {
    const doc = testHall();
    expect(removeSelection(['entrance:main']).apply(doc)).toBe(doc);
    const two = addEntrance('north', 'north-door').apply(testHall());
    expect(two.entrances[1]).toMatchObject({ wall: 'north', offset: 15 });
    expect(removeSelection(['entrance:main']).apply(two).entrances.map((e) => e.id)).toEqual(['north-door']);
  });

  it('adds slots, stages and signs on the grid, and assigns and frees exhibitors', () => {
    const doc = [addSlot(20.2, 14.9, 'b-1'), addStage(5, 16, 'stage-1', { 'zh-CN': '舞台', en: 'Stage' }), addSign(2, 2, 'sign-1', { 'zh-CN': '指示', en: 'Sign' })].reduce(
      (d, cmd) => cmd.apply(d),
      testHall(),
    );
    expect(doc.slots[2]).toMatchObject({ id: 'b-1', x: 20, z: 15, width: 3, depth: 3 });
    expect(doc.stages[0]).toMatchObject({ id: 'stage-1', width: 8, depth: 4 });
    expect(doc.signage[0]).toMatchObject({ id: 'sign-1', x: 2, z: 2 });
    const assigned = assignExhibitor('a-1', 'ex-9').apply(doc);
    expect(assigned.slots[0]!.exhibitorId).toBe('ex-9');
    expect('exhibitorId' in assignExhibitor('a-2', undefined).apply(doc).slots[1]!).toBe(false);
    expect(assignExhibitor('a-2', 'ex-1').apply(doc)).toBe(doc);
  });

  it('resizes the hall keeping coordinates, so what no longer fits shows as a problem', () => {
    const small = resizeHall(14, 20).apply(testHall());
    expect(small.size).toMatchObject({ width: 14, depth: 20 });
    expect(small.spawnPoints[0]!.x).toBe(13.5);
    const codes = checkHallLayout(small).map((p) => p.code);
    expect(codes).toContain('slot-outside-hall');
    expect(codes).not.toContain('spawn-off-floor');
  });
});
