import type { BoothTemplate } from './booth-template';
import { footprintRect, rectsOverlap, round, type Rect } from './geometry';
import { cutoutRect, entranceClearRect, type BoothSlot, type HallLayout } from './hall-layout';
import { LIMITS, type RequiredLocale } from './limits';
import { WALK_RULES } from './walk-obstacles';

/** What is wrong, in a word the editor can style and tests can match. */
export type LayoutProblemCode =
  | 'duplicate-slot-id'
  | 'slot-outside-hall'
  | 'slot-in-cutout'
  | 'slot-overlaps-slot'
  | 'slot-blocks-entrance'
  | 'slot-overlaps-stage'
  | 'aisle-too-narrow'
  | 'stage-outside-hall'
  | 'stage-in-cutout'
  | 'entrance-in-cutout'
  | 'aisle-off-floor'
  | 'sign-off-floor'
  | 'spawn-off-floor'
  | 'no-booth-template';

/**
 * Another part of the layout a problem concerns. Cut-outs and spawn points have no id in the
 * document, so they are named by their index (`'0'`, `'1'`…); the others by their id.
 */
export interface LayoutItemRef {
  kind: 'cutout' | 'spawn' | 'aisle' | 'entrance' | 'sign';
  id: string;
}

/**
 * One problem of a hall layout: which slots (and stages) it concerns, where in the document it is,
 * and a message in each page language. The layout editor outlines `slotIds` in red and lists the
 * messages; the server refuses a publish with the `en` messages prefixed by the path.
 */
export interface LayoutProblem {
  code: LayoutProblemCode;
  slotIds: string[];
  stageIds: string[];
  /** Cut-outs, spawn points, aisles, entrances and signs it concerns (outlined like slots). */
  refs: LayoutItemRef[];
  path: (string | number)[];
  message: Record<RequiredLocale, string>;
}

/** The part of a layout the rules read (the editor checks documents that are not yet valid). */
export type CheckedHall = Pick<HallLayout, 'size' | 'cutouts' | 'entrances' | 'slots' | 'stages' | 'spawnPoints' | 'aisles' | 'signage'>;

/** The booth templates to check assigned slots against; leave out to skip that rule. */
export interface LayoutRuleOptions {
  boothTemplates?: readonly Pick<BoothTemplate, 'kind' | 'footprint'>[];
}

/**
 * A booth template fits a slot when it is of the slot's kind and has its footprint (in the booth's
 * own frame, so rotation does not matter).
 */
export function templateFitsSlot(template: Pick<BoothTemplate, 'kind' | 'footprint'>, slot: Pick<BoothSlot, 'kind' | 'width' | 'depth'>): boolean {
  return (
    template.kind === slot.kind &&
    Math.abs(template.footprint.width - slot.width) <= LIMITS.epsilon &&
    Math.abs(template.footprint.depth - slot.depth) <= LIMITS.epsilon
  );
}

const WALL_ZH: Record<string, string> = { north: '北', south: '南', east: '东', west: '西' };

/**
 * Every rule a published hall layout must keep: slots inside the hall and out of its cut-outs,
 * not overlapping each other or a stage, the clear area in front of each entrance kept free,
 * aisles (gaps between facing slots, stages and walls) either closed (0 m: booths back to back or
 * against a wall) or at least `LIMITS.minAisleWidth` wide; stages, entrances, carpeted aisles and
 * signs on the floor and out of the cut-outs; every spawn point on walkable floor (inside the
 * walls by a visitor's radius, off cut-outs, slots and stages); and, given the booth templates, a
 * template for every slot an exhibitor is assigned to. Pure: runs in the editor on every edit and
 * on the server on every publish. O(n²) in slots, fine for `LIMITS.slotsPerHall`.
 */
export function checkHallLayout(hall: CheckedHall, options: LayoutRuleOptions = {}): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const { width, depth } = hall.size;
  const eps = LIMITS.epsilon;
  const slotRects = hall.slots.map(footprintRect);
  const stageRects = hall.stages.map(footprintRect);
  const cutouts = hall.cutouts.map(cutoutRect);
  const clearRects = hall.entrances.map((e) => entranceClearRect(e, hall.size));
  const minAisle = LIMITS.minAisleWidth;
  const add = (code: LayoutProblemCode, path: (string | number)[], slotIds: string[], en: string, zh: string, stageIds: string[] = [], refs: LayoutItemRef[] = []) =>
    problems.push({ code, path, slotIds, stageIds, refs, message: { en, 'zh-CN': zh } });
  const cutoutRef = (k: number): LayoutItemRef => ({ kind: 'cutout', id: String(k) });

  const seen = new Set<string>();
  hall.slots.forEach((slot, i) => {
    const r = slotRects[i]!;
    const label = slot.label || slot.id;
    if (seen.has(slot.id)) add('duplicate-slot-id', ['slots', i, 'id'], [slot.id], `duplicate slot id "${slot.id}"`, `展位编号“${slot.id}”重复`);
    seen.add(slot.id);

    const beyond: [string, string, number][] = [
      ['x', 'west', -r.minX],
      ['x', 'east', r.maxX - width],
      ['z', 'south', -r.minZ],
      ['z', 'north', r.maxZ - depth],
    ];
    for (const [axis, wall, over] of beyond) {
      if (over > eps) {
        add('slot-outside-hall', ['slots', i, axis], [slot.id], `slot "${slot.id}" extends ${round(over)} m beyond the hall's ${wall} wall`, `展位 ${label} 超出${WALL_ZH[wall]}墙 ${round(over)} 米`);
      }
    }
    cutouts.forEach((c, k) => {
      if (rectsOverlap(r, c)) add('slot-in-cutout', ['slots', i], [slot.id], `slot "${slot.id}" lies in cutout ${k}, which is not part of the hall`, `展位 ${label} 位于展馆之外的缺角区域`, [], [cutoutRef(k)]);
    });
    hall.entrances.forEach((entrance, k) => {
      if (rectsOverlap(r, clearRects[k]!)) {
        add(
          'slot-blocks-entrance',
          ['slots', i],
          [slot.id],
          `slot blocks entrance "${entrance.id}" (${LIMITS.entranceClearance} m in front of it must stay clear)`,
          `展位 ${label} 挡住了入口“${entrance.id}”（入口前 ${LIMITS.entranceClearance} 米内须保持畅通）`,
        );
      }
    });
    hall.stages.forEach((stage, k) => {
      if (rectsOverlap(r, stageRects[k]!)) {
        add('slot-overlaps-stage', ['slots', i], [slot.id], `slot overlaps stage "${stage.id}"`, `展位 ${label} 与舞台“${stage.id}”重叠`, [stage.id]);
      }
    });
    for (let j = 0; j < i; j++) {
      const other = hall.slots[j]!;
      const o = slotRects[j]!;
      if (rectsOverlap(r, o)) {
        add('slot-overlaps-slot', ['slots', i], [slot.id, other.id], `slot "${slot.id}" overlaps slot "${other.id}"`, `展位 ${label} 与展位 ${other.label || other.id} 重叠`);
        continue;
      }
      const gap = facingGap(r, o);
      if (gap !== undefined && gap > eps && gap < minAisle - eps) {
        add(
          'aisle-too-narrow',
          ['slots', i],
          [slot.id, other.id],
          `the aisle between slots "${other.id}" and "${slot.id}" is ${round(gap)} m wide; aisles must be at least ${minAisle} m (or 0 m: booths back to back)`,
          `展位 ${other.label || other.id} 与 ${label} 之间的通道只有 ${round(gap)} 米，通道至少 ${minAisle} 米（或 0 米：背靠背）`,
        );
      }
    }
    // Gaps to the walls: a booth stands against a wall or leaves a walkable aisle beside it.
    for (const [wall, gap] of [
      ['west', r.minX],
      ['east', width - r.maxX],
      ['south', r.minZ],
      ['north', depth - r.maxZ],
    ] as const) {
      if (gap > eps && gap < minAisle - eps) {
        add(
          'aisle-too-narrow',
          ['slots', i],
          [slot.id],
          `the aisle between slot "${slot.id}" and the ${wall} wall is ${round(gap)} m wide; aisles must be at least ${minAisle} m (or 0 m: against the wall)`,
          `展位 ${label} 与${WALL_ZH[wall]}墙之间的通道只有 ${round(gap)} 米，通道至少 ${minAisle} 米（或 0 米：靠墙）`,
        );
      }
    }
    hall.stages.forEach((stage, k) => {
      const s = stageRects[k]!;
      if (rectsOverlap(r, s)) return;
      const gap = facingGap(r, s);
      if (gap !== undefined && gap > eps && gap < minAisle - eps) {
        add(
          'aisle-too-narrow',
          ['slots', i],
          [slot.id],
          `the aisle between slot "${slot.id}" and stage "${stage.id}" is ${round(gap)} m wide; aisles must be at least ${minAisle} m`,
          `展位 ${label} 与舞台“${stage.id}”之间的通道只有 ${round(gap)} 米，通道至少 ${minAisle} 米`,
          [stage.id],
        );
      }
    });
    const templates = options.boothTemplates;
    if (templates && slot.exhibitorId && !templates.some((t) => templateFitsSlot(t, slot))) {
      add(
        'no-booth-template',
        ['slots', i],
        [slot.id],
        `no booth template fits a ${round(slot.width)} × ${round(slot.depth)} m ${slot.kind} slot, so its exhibitor cannot have a booth there`,
        `没有适合 ${round(slot.width)} × ${round(slot.depth)} 米 ${slot.kind} 展位的展台模板，已分配的展商无法在此搭建展台`,
      );
    }
  });

  hall.stages.forEach((stage, k) => {
    const s = stageRects[k]!;
    if (s.minX < -eps || s.minZ < -eps || s.maxX > width + eps || s.maxZ > depth + eps) {
      add('stage-outside-hall', ['stages', k], [], `stage "${stage.id}" extends beyond the hall's walls`, `舞台“${stage.id}”超出展馆墙体`, [stage.id]);
    }
    cutouts.forEach((c, j) => {
      if (rectsOverlap(s, c)) add('stage-in-cutout', ['stages', k], [], `stage "${stage.id}" lies in cutout ${j}, which is not part of the hall`, `舞台“${stage.id}”位于展馆之外的缺角区域`, [stage.id], [cutoutRef(j)]);
    });
  });

  hall.entrances.forEach((entrance, k) => {
    // A door whose clear area falls in a cut-out opens onto floor that is not there.
    cutouts.forEach((c, j) => {
      if (rectsOverlap(clearRects[k]!, c)) {
        add('entrance-in-cutout', ['entrances', k], [], `entrance "${entrance.id}" opens into cutout ${j}, which is not part of the hall`, `入口“${entrance.id}”通向展馆之外的缺角区域`, [], [{ kind: 'entrance', id: entrance.id }, cutoutRef(j)]);
      }
    });
  });

  hall.aisles.forEach((aisle, k) => {
    const a = footprintRect(aisle);
    const ref: LayoutItemRef = { kind: 'aisle', id: aisle.id };
    if (a.minX < -eps || a.minZ < -eps || a.maxX > width + eps || a.maxZ > depth + eps) {
      add('aisle-off-floor', ['aisles', k], [], `aisle "${aisle.id}" extends beyond the hall's walls`, `通道“${aisle.id}”超出展馆墙体`, [], [ref]);
    }
    cutouts.forEach((c, j) => {
      if (rectsOverlap(a, c)) add('aisle-off-floor', ['aisles', k], [], `aisle "${aisle.id}" runs into cutout ${j}, which is not part of the hall`, `通道“${aisle.id}”伸入展馆之外的缺角区域`, [], [ref, cutoutRef(j)]);
    });
  });

  hall.signage.forEach((sign, k) => {
    const inCutout = cutouts.findIndex((c) => strictlyInside(c, sign.x, sign.z, 0));
    if (sign.x < -eps || sign.x > width + eps || sign.z < -eps || sign.z > depth + eps || inCutout >= 0) {
      add('sign-off-floor', ['signage', k], [], `sign "${sign.id}" stands outside the hall`, `指示牌“${sign.id}”位于展馆之外`, [], [{ kind: 'sign', id: sign.id }, ...(inCutout >= 0 ? [cutoutRef(inCutout)] : [])]);
    }
  });

  hall.spawnPoints.forEach((p, k) => checkSpawnPoint(hall, p, k, slotRects, stageRects, cutouts, add));
  return problems;
}

type AddProblem = (code: LayoutProblemCode, path: (string | number)[], slotIds: string[], en: string, zh: string, stageIds?: string[], refs?: LayoutItemRef[]) => void;

/**
 * A spawn point is where a visitor appears: it must be walkable floor with room for the visitor's
 * body (`WALK_RULES.visitorRadius`) — inside the walls, off every cut-out, and not inside a booth
 * slot or on a stage. Outside the hall or in a cut-out it has the schema's words.
 */
function checkSpawnPoint(hall: CheckedHall, p: HallLayout['spawnPoints'][number], k: number, slotRects: Rect[], stageRects: Rect[], cutouts: Rect[], add: AddProblem): void {
  const r = WALK_RULES.visitorRadius;
  const { width, depth } = hall.size;
  const ref: LayoutItemRef = { kind: 'spawn', id: String(k) };
  const path = ['spawnPoints', k];
  const inCutout = cutouts.findIndex((c) => strictlyInside(c, p.x, p.z, 0));
  if (p.x < 0 || p.x > width || p.z < 0 || p.z > depth || inCutout >= 0) {
    add('spawn-off-floor', path, [], 'spawn point lies outside the hall', `出生点 ${k + 1} 位于展馆之外`, [], inCutout >= 0 ? [ref, { kind: 'cutout', id: String(inCutout) }] : [ref]);
    return;
  }
  const nearCutout = cutouts.findIndex((c) => strictlyInside(c, p.x, p.z, r));
  if (p.x < r || p.x > width - r || p.z < r || p.z > depth - r || nearCutout >= 0) {
    add('spawn-off-floor', path, [], `spawn point ${k + 1} is less than ${r} m from a wall: a visitor would stand in it`, `出生点 ${k + 1} 离墙不足 ${r} 米，访客会卡在墙里`, [], nearCutout >= 0 ? [ref, { kind: 'cutout', id: String(nearCutout) }] : [ref]);
    return;
  }
  const slot = slotRects.findIndex((s) => strictlyInside(s, p.x, p.z, 0));
  if (slot >= 0) {
    const id = hall.slots[slot]!.id;
    add('spawn-off-floor', path, [id], `spawn point ${k + 1} stands in slot "${id}": visitors must appear in an aisle`, `出生点 ${k + 1} 位于展位“${id}”内，访客须在通道中出现`, [], [ref]);
    return;
  }
  const stage = stageRects.findIndex((s) => strictlyInside(s, p.x, p.z, 0));
  if (stage >= 0) {
    const id = hall.stages[stage]!.id;
    add('spawn-off-floor', path, [], `spawn point ${k + 1} stands on stage "${id}": visitors must appear on the floor`, `出生点 ${k + 1} 位于舞台“${id}”上，访客须在地面出现`, [id], [ref]);
  }
}

/** Whether (x, z) lies inside `r` grown by `margin` on every side (its edge not included). */
function strictlyInside(r: Rect, x: number, z: number, margin: number): boolean {
  return x > r.minX - margin && x < r.maxX + margin && z > r.minZ - margin && z < r.maxZ + margin;
}

/**
 * The width of the aisle between two rectangles that face each other (share a stretch of x or of
 * z), or undefined when they only meet diagonally.
 */
function facingGap(a: Rect, b: Rect): number | undefined {
  const eps = LIMITS.epsilon;
  const sharedX = Math.min(a.maxX, b.maxX) - Math.max(a.minX, b.minX);
  const sharedZ = Math.min(a.maxZ, b.maxZ) - Math.max(a.minZ, b.minZ);
  if (sharedZ > eps) return Math.max(a.minX - b.maxX, b.minX - a.maxX);
  if (sharedX > eps) return Math.max(a.minZ - b.maxZ, b.minZ - a.maxZ);
  return undefined;
}

/** `slots[3]: slot "a-01" overlaps slot "a-02"` — how the server reports a problem. */
export function formatLayoutProblem(problem: LayoutProblem, locale: RequiredLocale = 'en'): string {
  const path = problem.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  return `${path}: ${problem.message[locale]}`;
}
