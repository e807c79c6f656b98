import { describe, expect, it } from 'vitest';
import { checkHallLayout, HallLayoutSchema } from '../../model';
import { EditHistory } from '../core/edit-history';
import { addAisle, addCutout, addSpawnPoint, renameStage, setHallStyle, setSignText, setSpawnYaw } from './floor-commands';
import { addSign, addStage, duplicateSelection, moveSelection, removalRefusal, removeSelection, rotateSelection, setRect, type PlanKey } from './hall-commands';
import { HALL_EDITOR_CONFIG as C } from './hall-editor-config';
import { testHall } from './testing/test-hall';

const codes = (doc: ReturnType<typeof testHall>) => checkHallLayout(doc).map((p) => p.code);

describe('cut-outs, spawn points and aisles on the plan', () => {
  it('adds a cut-out on a slot (a problem), moves it off with undo/redo, resizes and deletes it', () => {
    const history = new EditHistory(testHall());
    history.execute(addCutout(10.2, 9.9));
    expect(history.doc.cutouts).toEqual([{ x: 10, z: 10, width: 4, depth: 4 }]);
    expect(codes(history.doc)).toEqual(['slot-in-cutout', 'slot-in-cutout']);
    expect(checkHallLayout(history.doc)[0]!.refs).toEqual([{ kind: 'cutout', id: '0' }]);
    history.execute(moveSelection(['cutout:0'], 0, 6));
    expect(history.doc.cutouts[0]).toMatchObject({ x: 10, z: 16 });
    expect(codes(history.doc)).toEqual([]);
    history.undo();
    expect(codes(history.doc)).toHaveLength(2);
    history.redo();
    history.execute(setRect('cutout:0', { x: 10, z: 17, width: 6, depth: 6.0001 }));
    expect(history.doc.cutouts[0]).toEqual({ x: 10, z: 17, width: 6, depth: 6 });
    history.execute(removeSelection(['cutout:0']));
    expect(history.doc.cutouts).toEqual([]);
    expect(HallLayoutSchema.safeParse(history.doc).success).toBe(true);
  });

  it('stops adding cut-outs and spawn points at the schema limits', () => {
    const full = Array.from({ length: C.maxCutouts }, () => addCutout(2, 2)).reduce((d, c) => c.apply(d), testHall());
    expect(full.cutouts).toHaveLength(8);
    expect(addCutout(2, 2).apply(full)).toBe(full);
    const crowd = Array.from({ length: C.maxSpawnPoints - 1 }, () => addSpawnPoint(5, 5)).reduce((d, c) => c.apply(d), testHall());
    expect(crowd.spawnPoints).toHaveLength(32);
    expect(addSpawnPoint(5, 5).apply(crowd)).toBe(crowd);
  });

  it('moves, turns and deletes spawn points, but never the last one', () => {
    const two = addSpawnPoint(20.3, 5).apply(testHall());
    expect(two.spawnPoints[1]).toEqual({ x: 20.5, z: 5, yaw: 0 });
    const moved = moveSelection(['spawn:1'], 1, -1).apply(two);
    expect(moved.spawnPoints[1]).toMatchObject({ x: 21.5, z: 4 });
    expect(rotateSelection(['spawn:1']).apply(moved).spawnPoints[1]!.yaw).toBe(45);
    expect(rotateSelection(['spawn:1'], -1).apply(moved).spawnPoints[1]!.yaw).toBe(315);
    expect(setSpawnYaw(1, -90).apply(moved).spawnPoints[1]!.yaw).toBe(270);
    expect(setSpawnYaw(1, 0).apply(moved)).toBe(moved);
    expect(removeSelection(['spawn:0']).apply(moved).spawnPoints).toEqual([{ x: 21.5, z: 4, yaw: 0 }]);
    // Both, or the only one: refused whole (nothing else in the selection goes either).
    expect(removalRefusal(moved, ['spawn:0', 'spawn:1'])).toBe('lastSpawnPoint');
    expect(removeSelection(['spawn:0', 'spawn:1', 'slot:a-1']).apply(moved)).toBe(moved);
    expect(removalRefusal(testHall(), ['entrance:main'])).toBe('lastEntrance');
    expect(removalRefusal(testHall(), ['slot:a-1'])).toBeUndefined();
  });

  it('shows a spawn point moved into a slot as a problem', () => {
    const doc = moveSelection(['spawn:0'], -5, 9).apply(testHall());
    expect(doc.spawnPoints[0]).toMatchObject({ x: 10, z: 10 });
    expect(checkHallLayout(doc).map((p) => [p.code, p.refs])).toEqual([['spawn-off-floor', [{ kind: 'spawn', id: '0' }]]]);
  });

  it('adds, turns, duplicates and deletes aisles', () => {
    const doc = addAisle(15, 4.2, 'aisle-1').apply(testHall());
    expect(doc.aisles).toEqual([{ id: 'aisle-1', x: 15, z: 4, width: 12, depth: 3 }]);
    expect(rotateSelection(['aisle:aisle-1']).apply(doc).aisles[0]).toMatchObject({ width: 3, depth: 12 });
    let made: PlanKey[] = [];
    const copied = duplicateSelection(['aisle:aisle-1', 'spawn:0', 'cutout:0'], (keys) => (made = keys)).apply(doc);
    expect(made).toEqual(['aisle:aisle-2', 'spawn:1']);
    expect(copied.aisles[1]).toMatchObject({ id: 'aisle-2', x: 18 });
    expect(removeSelection(['aisle:aisle-1']).apply(doc).aisles).toEqual([]);
  });
});

describe('texts and colours from the inspector', () => {
  it('renames a stage and edits a sign in both languages, keeping further locales', () => {
    const doc = [addStage(5, 16, 'stage-1', { 'zh-CN': '舞台', en: 'Stage' }), addSign(2, 2, 'sign-1', { 'zh-CN': '指示', en: 'Sign' })].reduce((d, c) => c.apply(d), testHall());
    const withJa = { ...doc, stages: doc.stages.map((s) => ({ ...s, name: { ...s.name, ja: 'ステージ' } })) };
    const renamed = renameStage('stage-1', { 'zh-CN': '主舞台', en: 'Main stage' }).apply(withJa);
    expect(renamed.stages[0]!.name).toEqual({ 'zh-CN': '主舞台', en: 'Main stage', ja: 'ステージ' });
    expect(renameStage('stage-1', { 'zh-CN': '主舞台', en: 'Main stage' }).apply(renamed)).toBe(renamed);
    expect(renameStage('nope', { 'zh-CN': 'x', en: 'x' }).apply(renamed)).toBe(renamed);
    expect(setSignText('sign-1', { 'zh-CN': '出口', en: 'Exit' }).apply(doc).signage[0]!.text).toEqual({ 'zh-CN': '出口', en: 'Exit' });
  });

  it('changes hall colours, lower-cased, and records nothing for the same colour', () => {
    const doc = testHall();
    const red = setHallStyle({ carpetColor: '#AA0000' }).apply(doc);
    expect(red.style).toEqual({ ...doc.style, carpetColor: '#aa0000' });
    expect(setHallStyle({ floorColor: '#CCCCCC' }).apply(doc)).toBe(doc);
  });
});
