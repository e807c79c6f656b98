import type { HallLayout, LocalizedText } from '../../model';
import type { EditCommand } from '../core/edit-history';
import { normalYaw, snap } from './hall-commands';
import { HALL_EDITOR_CONFIG as C } from './hall-editor-config';

/**
 * Commands for the hall's floor beyond booths: cut-outs (floor taken out of the hall: a column, a
 * café), spawn points (where visitors appear, facing `yaw`), carpeted aisles, and the texts and
 * colours the inspector edits. Pure, like `hall-commands.ts`: each returns the same document when
 * it changes nothing, so the history records nothing.
 */
type HallCommand = EditCommand<HallLayout>;

const command = (label: string, apply: (doc: HallLayout) => HallLayout): HallCommand => ({ label, apply });

/** Adds a cut-out centred at (x, z); refused (no change) once the hall has the schema's maximum. */
export function addCutout(x: number, z: number): HallCommand {
  return command('add cut-out', (doc) =>
    doc.cutouts.length >= C.maxCutouts ? doc : { ...doc, cutouts: [...doc.cutouts, { x: snap(x), z: snap(z), width: C.newCutout.width, depth: C.newCutout.depth }] },
  );
}

/** Adds a spawn point at (x, z) facing north; refused once the hall has the schema's maximum. */
export function addSpawnPoint(x: number, z: number): HallCommand {
  return command('add spawn point', (doc) => (doc.spawnPoints.length >= C.maxSpawnPoints ? doc : { ...doc, spawnPoints: [...doc.spawnPoints, { x: snap(x), z: snap(z), yaw: 0 }] }));
}

/** Adds a carpeted aisle centred at (x, z), running east–west. */
export function addAisle(x: number, z: number, id: string): HallCommand {
  return command(`add aisle ${id}`, (doc) => ({ ...doc, aisles: [...doc.aisles, { id, x: snap(x), z: snap(z), width: C.newAisle.width, depth: C.newAisle.depth }] }));
}

/** Points spawn point `index` (0-based) at `yaw` degrees clockwise from north. */
export function setSpawnYaw(index: number, yaw: number): HallCommand {
  return command(`turn spawn point ${index + 1}`, (doc) => {
    const point = doc.spawnPoints[index];
    const next = normalYaw(yaw);
    if (!point || point.yaw === next) return doc;
    return { ...doc, spawnPoints: doc.spawnPoints.map((p, i) => (i === index ? { ...p, yaw: next } : p)) };
  });
}

const sameText = (a: LocalizedText, b: LocalizedText) => a['zh-CN'] === b['zh-CN'] && a.en === b.en;

/** Renames a stage in both languages (any further locales it has are kept). */
export function renameStage(id: string, name: LocalizedText): HallCommand {
  return command(`rename stage ${id}`, (doc) => {
    const stage = doc.stages.find((s) => s.id === id);
    if (!stage || sameText(stage.name, name)) return doc;
    return { ...doc, stages: doc.stages.map((s) => (s.id === id ? { ...s, name: { ...s.name, ...name } } : s)) };
  });
}

/** Changes a sign's text in both languages. */
export function setSignText(id: string, text: LocalizedText): HallCommand {
  return command(`edit sign ${id}`, (doc) => {
    const sign = doc.signage.find((s) => s.id === id);
    if (!sign || sameText(sign.text, text)) return doc;
    return { ...doc, signage: doc.signage.map((s) => (s.id === id ? { ...s, text: { ...s.text, ...text } } : s)) };
  });
}

/** Changes hall style colours (floor, walls, aisle carpet), `#rrggbb`, kept in lower case. */
export function setHallStyle(change: Partial<HallLayout['style']>): HallCommand {
  return command('hall colours', (doc) => {
    const style = { ...doc.style };
    for (const [key, value] of Object.entries(change) as [keyof HallLayout['style'], string][]) style[key] = value.toLowerCase();
    const same = (Object.keys(style) as (keyof HallLayout['style'])[]).every((k) => style[k] === doc.style[k]);
    return same ? doc : { ...doc, style };
  });
}
