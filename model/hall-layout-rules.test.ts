import { describe, expect, it } from 'vitest';
import { HallLayoutDocument, type BoothSlot, type HallLayout } from './hall-layout';
import { checkHallLayout, formatLayoutProblem, templateFitsSlot, type CheckedHall } from './hall-layout-rules';
import { LIMITS } from './limits';
import { WALK_RULES } from './walk-obstacles';

/** A 30 × 20 m hall with one 4 m door in the middle of the south wall. */
function hall(slots: Partial<BoothSlot>[], extra: Partial<CheckedHall> = {}): CheckedHall {
  return {
    size: { width: 30, depth: 20, height: 8 },
    cutouts: [],
    entrances: [{ id: 'main', wall: 'south', offset: 15, width: 4 }],
    stages: [],
    spawnPoints: [{ x: 25, z: 1, yaw: 0 }],
    aisles: [],
    signage: [],
    slots: slots.map((s, i) => ({ id: `s-${i}`, label: `S-${i}`, x: 10, z: 10, width: 3, depth: 3, rotation: 0, kind: 'inline', ...s })),
    ...extra,
  };
}

const codes = (h: CheckedHall) => checkHallLayout(h).map((p) => p.code);

describe('checkHallLayout', () => {
  it('accepts booths back to back, against a wall, and across a wide aisle', () => {
    // s-0 and s-1 touch; s-2 is a 3 m aisle south of them; s-3 stands against the west wall, s-4 against the north one.
    expect(checkHallLayout(hall([{ x: 10, z: 7.5 }, { x: 13, z: 7.5 }, { x: 10, z: 1.5 }, { x: 1.5, z: 10 }, { x: 20, z: 18.5 }]))).toEqual([]);
  });

  it('reports overlapping slots with both ids and a message in each language', () => {
    const [problem, ...rest] = checkHallLayout(hall([{ x: 10, z: 10 }, { x: 11, z: 10.5, id: 'b' }]));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: 'slot-overlaps-slot', slotIds: ['b', 's-0'], path: ['slots', 1] });
    expect(problem!.message.en).toBe('slot "b" overlaps slot "s-0"');
    expect(problem!.message['zh-CN']).toContain('重叠');
    expect(formatLayoutProblem(problem!)).toBe('slots[1]: slot "b" overlaps slot "s-0"');
  });

  it('reports a slot outside the hall by wall and distance', () => {
    const problems = checkHallLayout(hall([{ x: 29, z: 10 }]));
    expect(problems.map((p) => [p.code, p.message.en])).toEqual([['slot-outside-hall', `slot "s-0" extends 0.5 m beyond the hall's east wall`]]);
    expect(problems[0]!.message['zh-CN']).toContain('东墙');
  });

  it('reports a slot in front of an entrance, and a rotated slot by its turned footprint', () => {
    expect(codes(hall([{ x: 15, z: 1.5, id: 'door' }]))).toEqual(['slot-blocks-entrance']);
    // 6 × 3 turned 90° covers x 13.5..16.5, z 4..10: clear of the 3 m in front of the door.
    expect(codes(hall([{ x: 15, z: 7, width: 6, depth: 3, rotation: 90 }]))).toEqual([]);
    // At z 2..8 it covers the door's clear area and leaves a 2 m gap to the south wall.
    expect(codes(hall([{ x: 15, z: 5, width: 6, depth: 3, rotation: 90 }]))).toEqual(['slot-blocks-entrance', 'aisle-too-narrow']);
  });

  it('enforces the minimum aisle width between facing slots, walls and stages', () => {
    const narrow = checkHallLayout(hall([{ x: 10, z: 10 }, { x: 15, z: 10, id: 'e' }]));
    expect(narrow.map((p) => p.code)).toEqual(['aisle-too-narrow']);
    expect(narrow[0]!.slotIds).toEqual(['e', 's-0']);
    expect(narrow[0]!.message.en).toMatch(/is 2 m wide; aisles must be at least 3 m/);
    // Exactly the minimum is fine; diagonal neighbours do not form an aisle.
    expect(codes(hall([{ x: 10, z: 10 }, { x: 10 + 3 + LIMITS.minAisleWidth, z: 10 }]))).toEqual([]);
    expect(codes(hall([{ x: 10, z: 10 }, { x: 14, z: 14 }]))).toEqual([]);
    expect(codes(hall([{ x: 2.5, z: 10 }]))).toEqual(['aisle-too-narrow']);
    const stage = { id: 'stage', name: { 'zh-CN': '舞台', en: 'Stage' }, x: 20, z: 10, width: 4, depth: 4, rotation: 0 as const };
    const nearStage = checkHallLayout(hall([{ x: 15, z: 10 }], { stages: [stage] }));
    expect(nearStage.map((p) => [p.code, p.stageIds])).toEqual([['aisle-too-narrow', ['stage']]]);
    expect(codes(hall([{ x: 19, z: 10 }], { stages: [stage] }))).toEqual(['slot-overlaps-stage']);
  });

  it('reports slots in a cut-out, stages outside the hall, and duplicate ids', () => {
    expect(codes(hall([{ x: 25, z: 15 }], { cutouts: [{ x: 25, z: 15, width: 10, depth: 10 }] }))).toEqual(['slot-in-cutout']);
    const stage = { id: 'big', name: { 'zh-CN': '舞台', en: 'Stage' }, x: 29, z: 10, width: 4, depth: 4, rotation: 0 as const };
    expect(codes(hall([], { stages: [stage] }))).toEqual(['stage-outside-hall']);
    expect(codes(hall([{ id: 'a', x: 5 }, { id: 'a', x: 20 }]))).toEqual(['duplicate-slot-id']);
  });

  it('needs a booth template for every assigned slot when given the templates', () => {
    const templates = [{ kind: 'inline' as const, footprint: { width: 3, depth: 3 } }];
    expect(templateFitsSlot(templates[0]!, { kind: 'inline', width: 3, depth: 3 })).toBe(true);
    expect(templateFitsSlot(templates[0]!, { kind: 'corner', width: 3, depth: 3 })).toBe(false);
    const odd = hall([{ width: 4, exhibitorId: 'ex-1' }, { x: 20, width: 4 }]);
    expect(checkHallLayout(odd, { boothTemplates: templates }).map((p) => [p.code, p.slotIds])).toEqual([['no-booth-template', ['s-0']]]);
    expect(checkHallLayout(odd)).toEqual([]);
  });

  it('finds the same overlaps, boundary and entrance problems as the HallLayout schema, in the same words', () => {
    const slots = [{ x: 10, z: 10 }, { x: 11, z: 10 }, { x: 29.5, z: 10 }, { x: 15, z: 1.5 }];
    const checked = hall(slots);
    const doc: HallLayout = {
      version: 1,
      id: 'h',
      name: { 'zh-CN': '馆', en: 'Hall' },
      style: { floorColor: '#cccccc', wallColor: '#ffffff', carpetColor: '#224466' },
      ...checked,
    };
    const result = HallLayoutDocument.validate(doc);
    expect(result.ok).toBe(false);
    const fromSchema = result.ok ? [] : result.errors;
    const fromRules = checkHallLayout(checked)
      .filter((p) => p.code !== 'aisle-too-narrow')
      .map((p) => formatLayoutProblem(p));
    expect(fromRules.sort()).toEqual([...fromSchema].sort());
  });

  it('keeps stages, entrances, aisles and signs out of the cut-outs, naming the cut-out', () => {
    const cutout = { x: 25, z: 15, width: 10, depth: 10 };
    const stage = { id: 'cafe-stage', name: { 'zh-CN': '舞台', en: 'Stage' }, x: 20, z: 15, width: 4, depth: 4, rotation: 0 as const };
    const onCutout = checkHallLayout(hall([], { cutouts: [cutout], stages: [stage] }));
    expect(onCutout.map((p) => [p.code, p.stageIds, p.refs])).toEqual([['stage-in-cutout', ['cafe-stage'], [{ kind: 'cutout', id: '0' }]]]);
    // Moved 3 m west it clears the cut-out (touching edges do not count).
    expect(codes(hall([], { cutouts: [cutout], stages: [{ ...stage, x: 18 }] }))).toEqual([]);
    // A door on the north wall at x 25 opens into the cut-out's corner of the hall.
    const door = { id: 'north', wall: 'north' as const, offset: 25, width: 4 };
    const entrance = checkHallLayout(hall([], { cutouts: [cutout], entrances: [{ id: 'main', wall: 'south', offset: 15, width: 4 }, door] }));
    expect(entrance.map((p) => [p.code, p.path, p.refs.map((r) => r.kind)])).toEqual([['entrance-in-cutout', ['entrances', 1], ['entrance', 'cutout']]]);
    const aisles = [{ id: 'in', x: 15, z: 12, width: 20, depth: 3 }, { id: 'beyond', x: 5, z: 5, width: 12, depth: 3 }, { id: 'fine', x: 10, z: 5, width: 10, depth: 3 }];
    expect(checkHallLayout(hall([], { cutouts: [cutout], aisles })).map((p) => [p.code, p.refs[0]!.id])).toEqual([['aisle-off-floor', 'in'], ['aisle-off-floor', 'beyond']]);
    const sign = (id: string, x: number, z: number) => ({ id, x, z, height: 4, yaw: 0, text: { 'zh-CN': '牌', en: 'Sign' } });
    expect(checkHallLayout(hall([], { cutouts: [cutout], signage: [sign('cafe', 26, 16), sign('out', 31, 5), sign('ok', 10, 5)] })).map((p) => [p.code, p.refs[0]!.id])).toEqual([
      ['sign-off-floor', 'cafe'],
      ['sign-off-floor', 'out'],
    ]);
  });

  it('needs every spawn point on walkable floor: inside the walls by a body, off cut-outs, slots and stages', () => {
    const spawn = (x: number, z: number) => ({ x, z, yaw: 0 });
    const cutout = { x: 25, z: 15, width: 10, depth: 10 };
    const stage = { id: 'main-stage', name: { 'zh-CN': '舞台', en: 'Stage' }, x: 15, z: 17, width: 8, depth: 4, rotation: 0 as const };
    const spawnProblems = (points: { x: number; z: number; yaw: number }[]) =>
      checkHallLayout(hall([{ id: 'a', x: 10, z: 10 }], { cutouts: [cutout], stages: [stage], spawnPoints: points })).map((p) => [p.code, p.path, p.message.en]);
    expect(spawnProblems([spawn(15, 1), spawn(5, 5)])).toEqual([]);
    expect(spawnProblems([spawn(15, 1), spawn(26, 16), spawn(10, 10), spawn(15, 17), spawn(15, 0.1), spawn(19.8, 12)])).toEqual([
      ['spawn-off-floor', ['spawnPoints', 1], 'spawn point lies outside the hall'],
      ['spawn-off-floor', ['spawnPoints', 2], 'spawn point 3 stands in slot "a": visitors must appear in an aisle'],
      ['spawn-off-floor', ['spawnPoints', 3], 'spawn point 4 stands on stage "main-stage": visitors must appear on the floor'],
      ['spawn-off-floor', ['spawnPoints', 4], `spawn point 5 is less than ${WALK_RULES.visitorRadius} m from a wall: a visitor would stand in it`],
      ['spawn-off-floor', ['spawnPoints', 5], `spawn point 6 is less than ${WALK_RULES.visitorRadius} m from a wall: a visitor would stand in it`],
    ]);
    const inSlot = checkHallLayout(hall([{ id: 'a', x: 10, z: 10 }], { spawnPoints: [spawn(10, 10)] }))[0]!;
    expect(inSlot).toMatchObject({ slotIds: ['a'], refs: [{ kind: 'spawn', id: '0' }] });
    expect(inSlot.message['zh-CN']).toContain('出生点 1');
  });
});
