import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BoothTemplateDocument,
  cutoutRect,
  entranceClearRect,
  footprintRect,
  HallLayoutDocument,
  rectContainsPoint,
  rectsOverlap,
  type Anchor,
  type BoothTemplate,
  type Fixture,
  type HallLayout,
} from '../model';
import { generateTemplateFiles } from './generate/generate-templates';
import { boothTemplateForSlot, boothTemplates, getBoothTemplate, getHallTemplate, hallTemplates } from './index';

const HALLS_DIR = new URL('./halls/', import.meta.url);
const BOOTHS_DIR = new URL('./booths/', import.meta.url);

function jsonFiles(dir: URL): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
}
function readJson(dir: URL, name: string): unknown {
  return JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
}
const idOf = (file: string) => file.replace(/\.json$/, '');

const hallFiles = jsonFiles(HALLS_DIR);
const boothFiles = jsonFiles(BOOTHS_DIR);

describe('every committed template file is a valid document', () => {
  it('has at least 4 halls and 5 booths', () => {
    expect(hallFiles.length).toBeGreaterThanOrEqual(4);
    expect(boothFiles.length).toBeGreaterThanOrEqual(5);
  });

  it.each(hallFiles)('halls/%s', (file) => {
    const result = HallLayoutDocument.migrate(readJson(HALLS_DIR, file));
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (result.ok) expect(result.value.id).toBe(idOf(file));
  });

  it.each(boothFiles)('booths/%s', (file) => {
    const result = BoothTemplateDocument.migrate(readJson(BOOTHS_DIR, file));
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (result.ok) expect(result.value.id).toBe(idOf(file));
  });
});

describe('index', () => {
  it('loads every file in halls/ and booths/', () => {
    expect(hallTemplates.map((h) => h.id).sort()).toEqual(hallFiles.map(idOf));
    expect(boothTemplates.map((b) => b.id).sort()).toEqual(boothFiles.map(idOf));
  });

  it('finds templates by id', () => {
    for (const id of ['standard-grid', 'premium-islands', 'two-zone-stage', 'pavilion-12']) expect(getHallTemplate(id)?.id).toBe(id);
    for (const id of ['inline-3x3', 'corner-6x3', 'peninsula-6x6', 'island-9x9', 'raw-space']) expect(getBoothTemplate(id)?.id).toBe(id);
    expect(getHallTemplate('no-such-hall')).toBeUndefined();
    expect(getBoothTemplate('no-such-booth')).toBeUndefined();
  });

  it('matches a slot to the template of the same kind and footprint', () => {
    expect(boothTemplateForSlot({ kind: 'inline', width: 3, depth: 3 })?.id).toBe('inline-3x3');
    expect(boothTemplateForSlot({ kind: 'corner', width: 6, depth: 3 })?.id).toBe('corner-6x3');
    expect(boothTemplateForSlot({ kind: 'peninsula', width: 6, depth: 6 })?.id).toBe('peninsula-6x6');
    expect(boothTemplateForSlot({ kind: 'island', width: 9, depth: 9 })?.id).toBe('island-9x9');
    // Right kind, wrong footprint; right footprint, wrong kind.
    expect(boothTemplateForSlot({ kind: 'corner', width: 3, depth: 6 })).toBeUndefined();
    expect(boothTemplateForSlot({ kind: 'peninsula', width: 3, depth: 3 })).toBeUndefined();
  });
});

describe('generator', () => {
  const files = generateTemplateFiles();

  it('reproduces the committed files byte for byte (run the generator after changing it)', () => {
    for (const file of files) {
      const committed = readFileSync(new URL(file.path, new URL('./', import.meta.url)), 'utf8');
      expect(committed, file.path).toBe(file.json);
    }
    expect(files.map((f) => f.path).sort()).toEqual([...hallFiles.map((f) => `halls/${f}`), ...boothFiles.map((f) => `booths/${f}`)].sort());
  });

  it('is deterministic', () => {
    expect(generateTemplateFiles()).toEqual(files);
  });
});

describe('hall layouts', () => {
  const hall = (id: string) => getHallTemplate(id)!;

  it('have the expected number of slots', () => {
    expect(hall('standard-grid').slots.length).toBeGreaterThanOrEqual(55);
    expect(hall('standard-grid').slots.length).toBeLessThanOrEqual(70);
    expect(hall('pavilion-12').slots.length).toBeGreaterThanOrEqual(10);
    expect(hall('pavilion-12').slots.length).toBeLessThanOrEqual(14);
    expect(hall('premium-islands').slots.length).toBeGreaterThanOrEqual(20);
    expect(hall('premium-islands').slots.length).toBeLessThanOrEqual(30);
  });

  it('use the booth kinds their names promise', () => {
    expect(new Set(hall('standard-grid').slots.map((s) => s.kind))).toEqual(new Set(['inline']));
    expect(new Set(hall('premium-islands').slots.map((s) => s.kind))).toEqual(new Set(['island', 'peninsula', 'corner']));
    expect(hall('two-zone-stage').stages.length).toBeGreaterThanOrEqual(1);
    expect(hall('two-zone-stage').cutouts.length).toBeGreaterThanOrEqual(1);
    expect(new Set(hall('two-zone-stage').slots.map((s) => s.kind)).size).toBeGreaterThanOrEqual(3);
  });

  describe.each(hallTemplates.map((h) => [h.id, h] as const))('%s', (_id, layout: HallLayout) => {
    const inCutout = (x: number, z: number) =>
      layout.cutouts.map(cutoutRect).some((r) => x > r.minX && x < r.maxX && z > r.minZ && z < r.maxZ);
    const inside = (x: number, z: number) => x >= 0 && x <= layout.size.width && z >= 0 && z <= layout.size.depth && !inCutout(x, z);

    it('has a booth template for every slot and leaves exhibitors to the seeder', () => {
      for (const slot of layout.slots) {
        expect(boothTemplateForSlot(slot), slot.id).toBeDefined();
        expect(slot.exhibitorId, slot.id).toBeUndefined();
        expect(slot.label.toLowerCase()).toBe(slot.id);
      }
      expect(new Set(layout.slots.map((s) => s.label)).size).toBe(layout.slots.length);
    });

    it('puts every door on a real wall and every spawn point just inside a door, facing north', () => {
      for (const entrance of layout.entrances) {
        const clear = entranceClearRect(entrance, layout.size);
        expect(inside((clear.minX + clear.maxX) / 2, (clear.minZ + clear.maxZ) / 2), entrance.id).toBe(true);
      }
      for (const p of layout.spawnPoints) {
        expect(p.yaw).toBe(0);
        expect(layout.entrances.some((e) => rectContainsPoint(entranceClearRect(e, layout.size), p.x, p.z))).toBe(true);
      }
    });

    it('keeps aisles and signs inside the hall and off the booths and stages', () => {
      const blocked = [...layout.slots.map(footprintRect), ...layout.stages.map(footprintRect), ...layout.cutouts.map(cutoutRect)];
      const hallRect = { minX: 0, maxX: layout.size.width, minZ: 0, maxZ: layout.size.depth };
      for (const aisle of layout.aisles) {
        const r = footprintRect(aisle);
        expect(r.minX >= hallRect.minX && r.maxX <= hallRect.maxX && r.minZ >= hallRect.minZ && r.maxZ <= hallRect.maxZ, aisle.id).toBe(true);
        expect(blocked.some((b) => rectsOverlap(r, b)), aisle.id).toBe(false);
      }
      // Carpets drawn on top of each other would flicker.
      layout.aisles.forEach((a, i) => layout.aisles.slice(0, i).forEach((b) => expect(rectsOverlap(footprintRect(a), footprintRect(b)), `${a.id}/${b.id}`).toBe(false)));
      for (const sign of layout.signage) {
        expect(inside(sign.x, sign.z), sign.id).toBe(true);
        expect(sign.height).toBeLessThan(layout.size.height);
      }
    });
  });
});

describe('booth templates', () => {
  const nonRaw = boothTemplates.filter((b) => b.kind !== 'raw');

  /** Height of the platform under a point, 0 on the bare floor. */
  function floorAt(t: BoothTemplate, x: number, z: number): number {
    const tops = t.fixtures.filter((f) => f.kind === 'platform' && Math.abs(x - f.x) <= f.width / 2 && Math.abs(z - f.z) <= f.depth / 2).map((f) => f.y + f.height);
    return Math.max(0, ...tops);
  }

  /** The yaws of the fixture faces that a point lies on (a face looks outward from its box). */
  function facesAt(fixtures: Fixture[], a: Anchor, tol = 0.011): number[] {
    const yaws: number[] = [];
    for (const f of fixtures) {
      if (a.y < f.y - tol || a.y > f.y + f.height + tol) continue;
      const alongX = Math.abs(a.x - f.x) <= f.width / 2 + tol;
      const alongZ = Math.abs(a.z - f.z) <= f.depth / 2 + tol;
      if (alongX && Math.abs(a.z - (f.z + f.depth / 2)) <= tol) yaws.push(0);
      if (alongX && Math.abs(a.z - (f.z - f.depth / 2)) <= tol) yaws.push(180);
      if (alongZ && Math.abs(a.x - (f.x + f.width / 2)) <= tol) yaws.push(90);
      if (alongZ && Math.abs(a.x - (f.x - f.width / 2)) <= tol) yaws.push(270);
    }
    return yaws;
  }

  it('give every booth at least 3 stands, and an island at least 8', () => {
    for (const t of boothTemplates) {
      const stands = t.anchors.filter((a) => a.kind === 'stand').length;
      expect(stands, t.id).toBeGreaterThanOrEqual(t.kind === 'island' ? 8 : 3);
    }
  });

  it.each(boothTemplates.map((t) => [t.id, t] as const))('%s: stands sit on the floor or platform, clear of walls and counters', (_id, t) => {
    const solid = t.fixtures.filter((f) => (f.kind === 'wall' || f.kind === 'counter' || f.kind === 'screen') && f.y < 1.2);
    for (const a of t.anchors.filter((x) => x.kind === 'stand' || x.kind === 'floor')) {
      expect(a.y, a.id).toBeCloseTo(floorAt(t, a.x, a.z), 6);
      // A plinth is about 0.5 m square.
      const plinth = { minX: a.x - 0.25, maxX: a.x + 0.25, minZ: a.z - 0.25, maxZ: a.z + 0.25 };
      for (const f of solid) expect(rectsOverlap(plinth, footprintRect(f)), `${a.id} vs ${f.kind}`).toBe(false);
    }
  });

  it.each(boothTemplates.map((t) => [t.id, t] as const))('%s: posters, screens and logos hang on a fixture face and look away from it', (_id, t) => {
    for (const a of t.anchors.filter((x) => x.kind === 'poster' || x.kind === 'screen' || x.kind === 'logo')) {
      expect(facesAt(t.fixtures, a), a.id).toContain(((a.yaw % 360) + 360) % 360);
    }
  });

  it.each(nonRaw.map((t) => [t.id, t] as const))('%s: real-world measures', (_id, t) => {
    const fascias = t.fixtures.filter((f) => f.kind === 'fascia');
    expect(fascias.length).toBeGreaterThan(0);
    for (const f of fascias) {
      expect(f.y).toBeGreaterThanOrEqual(2.4);
      expect(f.y + f.height).toBeLessThanOrEqual(4.5);
    }
    for (const f of t.fixtures.filter((x) => x.kind === 'counter')) {
      expect(f.height).toBeGreaterThanOrEqual(1);
      expect(f.height).toBeLessThanOrEqual(1.1);
    }
    for (const f of t.fixtures.filter((x) => x.kind === 'header' || x.kind === 'wall')) expect(f.y + f.height).toBeLessThanOrEqual(4.5);
    // Panel walls: 0.1 m thick and 2.5 m tall (the island's tower is a room, not a panel).
    for (const f of t.fixtures.filter((x) => x.kind === 'wall' && Math.min(x.width, x.depth) < 0.2)) {
      expect(Math.min(f.width, f.depth)).toBeCloseTo(0.1, 6);
      expect(f.height).toBeCloseTo(2.5, 6);
    }
    expect(t.anchors.some((a) => a.kind === 'logo')).toBe(true);
    expect(t.anchors.some((a) => a.kind === 'counter')).toBe(true);
  });
});
