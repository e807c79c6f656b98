import type { BoothSlot, Entrance, HallLayout } from '../../model';
import type { EditCommand } from '../core/edit-history';
import { HALL_EDITOR_CONFIG as C } from './hall-editor-config';

/**
 * What the plan can select, by kind and id: booth slots, stages, signs, entrances, carpeted aisles,
 * floor cut-outs and spawn points. Cut-outs and spawn points have no id in the document, so their
 * index stands for it (`cutout:0`, `spawn:1`).
 */
export type PlanKind = 'slot' | 'stage' | 'sign' | 'entrance' | 'aisle' | 'cutout' | 'spawn';
/** `slot:a-01`, `stage:main`, `cutout:0` — one string per selectable thing, so selections are plain sets. */
export type PlanKey = `${PlanKind}:${string}`;

export const planKey = (kind: PlanKind, id: string): PlanKey => `${kind}:${id}`;
export function parsePlanKey(key: PlanKey): { kind: PlanKind; id: string } {
  const i = key.indexOf(':');
  return { kind: key.slice(0, i) as PlanKind, id: key.slice(i + 1) };
}

/** The key of everything selectable in a layout. */
export function planKeysOf(doc: Pick<HallLayout, 'slots' | 'stages' | 'signage' | 'entrances' | 'aisles' | 'cutouts' | 'spawnPoints'>): PlanKey[] {
  return [
    ...doc.slots.map((s) => planKey('slot', s.id)),
    ...doc.stages.map((s) => planKey('stage', s.id)),
    ...doc.signage.map((s) => planKey('sign', s.id)),
    ...doc.entrances.map((e) => planKey('entrance', e.id)),
    ...doc.aisles.map((a) => planKey('aisle', a.id)),
    ...doc.cutouts.map((_, i) => planKey('cutout', String(i))),
    ...doc.spawnPoints.map((_, i) => planKey('spawn', String(i))),
  ];
}

/** Rounds to the editor's grid (and drops float noise such as 0.30000000000000004). */
export function snap(value: number, grid: number = C.grid): number {
  return Math.round(Math.round(value / grid) * grid * 1000) / 1000;
}

/** A centred rectangle as slots and stages keep it. */
export interface CentredRect {
  x: number;
  z: number;
  width: number;
  depth: number;
}

type HallCommand = EditCommand<HallLayout>;

/** Millimetre rounding: keeps float noise (0.30000000000000004) out of documents. */
const mm = (v: number) => Math.round(v * 1000) / 1000;

const command = (label: string, apply: (doc: HallLayout) => HallLayout): HallCommand => ({ label, apply });

function wallLength(entrance: Pick<Entrance, 'wall'>, size: HallLayout['size']): number {
  return entrance.wall === 'north' || entrance.wall === 'south' ? size.width : size.depth;
}

/**
 * Moves everything selected by (dx, dz) — grid steps, so shapes keep their alignment; entrances
 * slide along their wall and stay on it. Returns the same document when nothing moves.
 */
export function moveSelection(keys: readonly PlanKey[], dx: number, dz: number): HallCommand {
  const wanted = new Set(keys);
  return command(keys.length === 1 ? `move ${parsePlanKey(keys[0]!).id}` : `move ${keys.length} items`, (doc) => {
    if ((dx === 0 && dz === 0) || wanted.size === 0) return doc;
    const shift = <T extends { x: number; z: number }>(item: T): T => ({ ...item, x: mm(item.x + dx), z: mm(item.z + dz) });
    return {
      ...doc,
      slots: doc.slots.map((s) => (wanted.has(planKey('slot', s.id)) ? shift(s) : s)),
      stages: doc.stages.map((s) => (wanted.has(planKey('stage', s.id)) ? shift(s) : s)),
      signage: doc.signage.map((s) => (wanted.has(planKey('sign', s.id)) ? shift(s) : s)),
      aisles: doc.aisles.map((a) => (wanted.has(planKey('aisle', a.id)) ? shift(a) : a)),
      cutouts: doc.cutouts.map((c, i) => (wanted.has(planKey('cutout', String(i))) ? shift(c) : c)),
      spawnPoints: doc.spawnPoints.map((p, i) => (wanted.has(planKey('spawn', String(i))) ? shift(p) : p)),
      entrances: doc.entrances.map((e) => {
        if (!wanted.has(planKey('entrance', e.id))) return e;
        const along = e.wall === 'north' || e.wall === 'south' ? dx : dz;
        const half = e.width / 2;
        return { ...e, offset: Math.min(wallLength(e, doc.size) - half, Math.max(half, mm(e.offset + along))) };
      }),
    };
  });
}

/**
 * Gives a slot, stage, aisle or cut-out a new footprint (from a resize handle, whose edges are already on the
 * grid: the centre may then sit on a half step), never below the minimum side.
 */
export function setRect(key: PlanKey, rect: CentredRect): HallCommand {
  const { kind, id } = parsePlanKey(key);
  const fit = (r: CentredRect): CentredRect => ({ x: mm(r.x), z: mm(r.z), width: Math.max(C.minSide, mm(r.width)), depth: Math.max(C.minSide, mm(r.depth)) });
  return command(`resize ${id}`, (doc) => {
    if (kind === 'slot') {
      return {
        ...doc,
        slots: doc.slots.map((s) => {
          if (s.id !== id) return s;
          // The rectangle is on the floor; a turned slot keeps width/depth in its own frame.
          const f = fit(rect);
          const turned = s.rotation === 90 || s.rotation === 270;
          return { ...s, x: f.x, z: f.z, width: turned ? f.depth : f.width, depth: turned ? f.width : f.depth };
        }),
      };
    }
    if (kind === 'stage') return { ...doc, stages: doc.stages.map((s) => (s.id === id ? { ...s, ...fit(rect) } : s)) };
    if (kind === 'aisle') return { ...doc, aisles: doc.aisles.map((a) => (a.id === id ? { ...a, ...fit(rect) } : a)) };
    if (kind === 'cutout') return { ...doc, cutouts: doc.cutouts.map((c, i) => (String(i) === id ? fit(rect) : c)) };
    return doc;
  });
}

/** A fresh id `prefix-n` that none of `taken` has. */
export function freeId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/** Adds a standard inline slot centred at (x, z). */
export function addSlot(x: number, z: number, id: string): HallCommand {
  return command(`add slot ${id}`, (doc) => ({
    ...doc,
    slots: [...doc.slots, { id, label: id.toUpperCase(), x: snap(x), z: snap(z), width: C.newSlot.width, depth: C.newSlot.depth, rotation: 0, kind: 'inline' }],
  }));
}

export function addStage(x: number, z: number, id: string, name: { 'zh-CN': string; en: string }): HallCommand {
  return command(`add stage ${id}`, (doc) => ({
    ...doc,
    stages: [...doc.stages, { id, name, x: snap(x), z: snap(z), width: C.newStage.width, depth: C.newStage.depth, rotation: 0 }],
  }));
}

export function addSign(x: number, z: number, id: string, text: { 'zh-CN': string; en: string }): HallCommand {
  return command(`add sign ${id}`, (doc) => ({ ...doc, signage: [...doc.signage, { id, x: snap(x), z: snap(z), height: C.signHeight, yaw: 0, text }] }));
}

/** A door in the middle of a wall. */
export function addEntrance(wall: Entrance['wall'], id: string): HallCommand {
  return command(`add entrance ${id}`, (doc) => ({
    ...doc,
    entrances: [...doc.entrances, { id, wall, offset: snap(wallLength({ wall }, doc.size) / 2), width: C.newEntranceWidth }],
  }));
}

/** Why a deletion is refused: it would take the hall's last entrance or last spawn point (the schema needs one of each). */
export type RemovalRefusal = 'lastEntrance' | 'lastSpawnPoint';

export function removalRefusal(doc: Pick<HallLayout, 'entrances' | 'spawnPoints'>, keys: readonly PlanKey[]): RemovalRefusal | undefined {
  const gone = new Set(keys);
  if (doc.entrances.every((e) => gone.has(planKey('entrance', e.id)))) return 'lastEntrance';
  if (doc.spawnPoints.every((_, i) => gone.has(planKey('spawn', String(i))))) return 'lastSpawnPoint';
  return undefined;
}

/**
 * Removes the selection. A deletion that would leave no entrance or no spawn point is refused
 * whole (the document stays as it is; the editor says why, from `removalRefusal`).
 */
export function removeSelection(keys: readonly PlanKey[]): HallCommand {
  const gone = new Set(keys);
  return command(keys.length === 1 ? `delete ${parsePlanKey(keys[0]!).id}` : `delete ${keys.length} items`, (doc) => {
    if (removalRefusal(doc, keys)) return doc;
    const next: HallLayout = {
      ...doc,
      slots: doc.slots.filter((s) => !gone.has(planKey('slot', s.id))),
      stages: doc.stages.filter((s) => !gone.has(planKey('stage', s.id))),
      signage: doc.signage.filter((s) => !gone.has(planKey('sign', s.id))),
      entrances: doc.entrances.filter((e) => !gone.has(planKey('entrance', e.id))),
      aisles: doc.aisles.filter((a) => !gone.has(planKey('aisle', a.id))),
      cutouts: doc.cutouts.filter((_, i) => !gone.has(planKey('cutout', String(i)))),
      spawnPoints: doc.spawnPoints.filter((_, i) => !gone.has(planKey('spawn', String(i)))),
    };
    return planKeysOf(next).length === planKeysOf(doc).length ? doc : next;
  });
}

/** Copies the selected slots (unassigned), stages, signs, aisles, cut-outs and spawn points one step east; answers the copies' keys through `onKeys`. */
export function duplicateSelection(keys: readonly PlanKey[], onKeys: (keys: PlanKey[]) => void = () => undefined): HallCommand {
  const wanted = new Set(keys);
  return command(`duplicate ${keys.length} items`, (doc) => {
    const ids = new Set([...doc.slots.map((s) => s.id), ...doc.stages.map((s) => s.id), ...doc.signage.map((s) => s.id), ...doc.aisles.map((a) => a.id)]);
    const fresh = (prefix: string) => {
      const id = freeId(prefix.replace(/-\d+$/, '') || prefix, ids);
      ids.add(id);
      return id;
    };
    const made: PlanKey[] = [];
    const slots: BoothSlot[] = doc.slots
      .filter((s) => wanted.has(planKey('slot', s.id)))
      .map(({ exhibitorId: _unassigned, ...s }) => {
        const id = fresh(s.id);
        made.push(planKey('slot', id));
        return { ...s, id, label: id.toUpperCase(), x: snap(s.x + C.duplicateOffset) };
      });
    const stages = doc.stages.filter((s) => wanted.has(planKey('stage', s.id))).map((s) => {
      const id = fresh(s.id);
      made.push(planKey('stage', id));
      return { ...s, id, x: snap(s.x + C.duplicateOffset) };
    });
    const signs = doc.signage.filter((s) => wanted.has(planKey('sign', s.id))).map((s) => {
      const id = fresh(s.id);
      made.push(planKey('sign', id));
      return { ...s, id, x: snap(s.x + C.duplicateOffset) };
    });
    const aisles = doc.aisles.filter((a) => wanted.has(planKey('aisle', a.id))).map((a) => {
      const id = fresh(a.id);
      made.push(planKey('aisle', id));
      return { ...a, id, x: snap(a.x + C.duplicateOffset) };
    });
    const east = <T extends { x: number }>(item: T): T => ({ ...item, x: snap(item.x + C.duplicateOffset) });
    const cutouts = doc.cutouts.filter((_, i) => wanted.has(planKey('cutout', String(i)))).map(east);
    cutouts.forEach((_, k) => made.push(planKey('cutout', String(doc.cutouts.length + k))));
    const spawnPoints = doc.spawnPoints.filter((_, i) => wanted.has(planKey('spawn', String(i)))).map(east);
    spawnPoints.forEach((_, k) => made.push(planKey('spawn', String(doc.spawnPoints.length + k))));
    if (made.length === 0) return doc;
    onKeys(made);
    return {
      ...doc,
      slots: [...doc.slots, ...slots],
      stages: [...doc.stages, ...stages],
      signage: [...doc.signage, ...signs],
      aisles: [...doc.aisles, ...aisles],
      cutouts: [...doc.cutouts, ...cutouts],
      spawnPoints: [...doc.spawnPoints, ...spawnPoints],
    };
  });
}

/**
 * Turns the selection about each item's centre: slots and stages a quarter clockwise, aisles and
 * cut-outs a quarter too (they are plain rectangles, so width and depth swap), spawn points by
 * `spawnYawStep` degrees (`direction` -1: counter-clockwise).
 */
export function rotateSelection(keys: readonly PlanKey[], direction: 1 | -1 = 1): HallCommand {
  const wanted = new Set(keys);
  const turn = <T extends { rotation: 0 | 90 | 180 | 270 }>(item: T): T => ({ ...item, rotation: ((item.rotation + 360 + direction * 90) % 360) as T['rotation'] });
  const swap = <T extends CentredRect>(r: T): T => ({ ...r, width: r.depth, depth: r.width });
  return command(`rotate ${keys.length} items`, (doc) => {
    const slots = doc.slots.map((s) => (wanted.has(planKey('slot', s.id)) ? turn(s) : s));
    const stages = doc.stages.map((s) => (wanted.has(planKey('stage', s.id)) ? turn(s) : s));
    const aisles = doc.aisles.map((a) => (wanted.has(planKey('aisle', a.id)) ? swap(a) : a));
    const cutouts = doc.cutouts.map((c, i) => (wanted.has(planKey('cutout', String(i))) ? swap(c) : c));
    const spawnPoints = doc.spawnPoints.map((p, i) => (wanted.has(planKey('spawn', String(i))) ? { ...p, yaw: normalYaw(p.yaw + direction * C.spawnYawStep) } : p));
    const next = { ...doc, slots, stages, aisles, cutouts, spawnPoints };
    const changed = (a: readonly unknown[], b: readonly unknown[]) => a.some((x, i) => x !== b[i]);
    return changed(slots, doc.slots) || changed(stages, doc.stages) || changed(aisles, doc.aisles) || changed(cutouts, doc.cutouts) || changed(spawnPoints, doc.spawnPoints) ? next : doc;
  });
}

/** A yaw in [0, 360), so turning round and round keeps it inside the schema's ±360°. */
export function normalYaw(yaw: number): number {
  return mm(((yaw % 360) + 360) % 360);
}

/** Assigns a slot to an exhibitor, or frees it (`undefined`). */
export function assignExhibitor(slotId: string, exhibitorId: string | undefined): HallCommand {
  return command(exhibitorId ? `assign ${slotId}` : `free ${slotId}`, (doc) => {
    const slot = doc.slots.find((s) => s.id === slotId);
    if (!slot || slot.exhibitorId === exhibitorId) return doc;
    return {
      ...doc,
      slots: doc.slots.map((s) => {
        if (s.id !== slotId) return s;
        const { exhibitorId: _old, ...free } = s;
        return exhibitorId ? { ...free, exhibitorId } : free;
      }),
    };
  });
}

/** Changes one slot's fields (label, kind, size in its own frame). */
export function updateSlot(slotId: string, change: Partial<Pick<BoothSlot, 'label' | 'kind' | 'width' | 'depth'>>): HallCommand {
  return command(`edit ${slotId}`, (doc) => ({ ...doc, slots: doc.slots.map((s) => (s.id === slotId ? { ...s, ...change } : s)) }));
}

/** Changes one entrance's wall, offset or width. */
export function updateEntrance(id: string, change: Partial<Pick<Entrance, 'wall' | 'offset' | 'width'>>): HallCommand {
  return command(`edit entrance ${id}`, (doc) => ({ ...doc, entrances: doc.entrances.map((e) => (e.id === id ? { ...e, ...change } : e)) }));
}

/**
 * Gives the hall a new floor size. Everything keeps its coordinates (the plan's origin is the
 * south-west corner); what no longer fits shows as a problem rather than being moved silently.
 * Spawn points are pulled inside so the hall stays enterable.
 */
export function resizeHall(width: number, depth: number): HallCommand {
  return command(`hall size ${width} × ${depth} m`, (doc) => {
    const w = snap(width);
    const d = snap(depth);
    if (w === doc.size.width && d === doc.size.depth) return doc;
    return {
      ...doc,
      size: { ...doc.size, width: w, depth: d },
      // One grid step from the wall: clear of it by more than a visitor's radius (the walkable-floor rule).
      spawnPoints: doc.spawnPoints.map((p) => ({ ...p, x: Math.min(p.x, w - C.grid), z: Math.min(p.z, d - C.grid) })),
    };
  });
}

/** Renames the hall in both languages. */
export function renameHall(name: HallLayout['name']): HallCommand {
  return command('rename hall', (doc) => (doc.name['zh-CN'] === name['zh-CN'] && doc.name.en === name.en ? doc : { ...doc, name }));
}
