import { VertexBuffer } from '@babylonjs/core/Buffers/buffer';
import { NullEngine } from '@babylonjs/core/Engines/nullEngine';
import type { Scene } from '@babylonjs/core/scene';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HallLayout } from '../../model';
import { createHallScene } from '../scene/create-engine';
import { createStaticMaterials, type StaticMaterials } from '../scene/static-materials';
import { stubCanvas } from '../testing/headless';
import { syntheticGridLayout } from '../testing/synthetic-hall';
import { FreeSlotTiles, PreviewHallShell, shellKey } from './preview-hall-shell';

const moveSlot = (layout: HallLayout, index: number, dx: number): HallLayout => ({
  ...layout,
  slots: layout.slots.map((s, i) => (i === index ? { ...s, x: s.x + dx } : s)),
});

describe('shellKey', () => {
  const layout = syntheticGridLayout();
  it('ignores slots and spawn points, which the shell does not draw', () => {
    expect(shellKey(moveSlot(layout, 0, 1))).toBe(shellKey(layout));
    expect(shellKey({ ...layout, slots: layout.slots.slice(3), spawnPoints: [{ x: 1, z: 1, yaw: 0 }] })).toBe(shellKey(layout));
  });
  it('changes with everything the shell is drawn from', () => {
    const changed: HallLayout[] = [
      { ...layout, size: { ...layout.size, width: layout.size.width + 1 } },
      { ...layout, cutouts: [{ x: 2, z: 2, width: 2, depth: 2 }] },
      { ...layout, style: { ...layout.style, wallColor: '#000000' } },
      { ...layout, entrances: layout.entrances.slice(1) },
      { ...layout, aisles: layout.aisles.slice(1) },
      { ...layout, signage: layout.signage.slice(1) },
      { ...layout, stages: [{ id: 'st', x: 10, z: 3, width: 6, depth: 3, rotation: 0, name: { 'zh-CN': '台', en: 'Stage' } }] },
    ];
    for (const next of changed) expect(shellKey(next)).not.toBe(shellKey(layout));
  });
});

describe('PreviewHallShell and FreeSlotTiles (NullEngine)', () => {
  let engine: NullEngine;
  let scene: Scene;
  let materials: StaticMaterials;
  beforeEach(() => {
    engine = new NullEngine();
    scene = createHallScene(engine);
    materials = createStaticMaterials(scene);
  });
  afterEach(() => {
    scene.dispose();
    engine.dispose();
  });

  it('rebuilds the shell for a new size, not for a moved slot, and frees it on dispose', () => {
    const shell = new PreviewHallShell(scene, materials, stubCanvas);
    const layout = syntheticGridLayout();
    expect(shell.show(layout, 'en')).toBe(true);
    const walls = scene.getMeshByName('hall-matte');
    expect(walls).toBeTruthy();
    expect(shell.show(moveSlot(layout, 0, 1), 'en')).toBe(false);
    expect(scene.getMeshByName('hall-matte')).toBe(walls);
    expect(shell.show({ ...layout, size: { ...layout.size, depth: layout.size.depth + 2 } }, 'en')).toBe(true);
    expect(walls!.isDisposed()).toBe(true);
    shell.dispose();
    expect(scene.meshes).toHaveLength(0);
  });

  it('moves the tile of a dragged free slot in place, and rebuilds when the free set changes', () => {
    const tiles = new FreeSlotTiles(scene, materials);
    const layout = syntheticGridLayout();
    const occupied = new Set(layout.slots.slice(2).map((s) => s.id));
    expect(tiles.show(layout, occupied)).toBe('rebuilt');
    const mesh = tiles.current!;
    const before = Float32Array.from(mesh.getVerticesData(VertexBuffer.PositionKind)!);
    const maxX = mesh.getBoundingInfo().boundingBox.maximumWorld.x;
    // Slot 0 is free: dragging it 40 m east moves its tile, in the same mesh.
    const moved = moveSlot(layout, 0, 40);
    expect(tiles.show(moved, occupied)).toBe('moved');
    expect(tiles.current).toBe(mesh);
    const after = mesh.getVerticesData(VertexBuffer.PositionKind)!;
    expect(after.length).toBe(before.length);
    expect(after[0]! - before[0]!).toBeCloseTo(40);
    expect(mesh.getBoundingInfo().boundingBox.maximumWorld.x).toBeGreaterThan(maxX + 30);
    expect(tiles.show(moved, occupied)).toBe('kept');
    // Slot 1 taken: one tile fewer, a new mesh.
    expect(tiles.show(moved, new Set([...occupied, layout.slots[1]!.id]))).toBe('rebuilt');
    expect(mesh.isDisposed()).toBe(true);
    // Every slot taken: no tiles at all.
    expect(tiles.show(moved, new Set(layout.slots.map((s) => s.id)))).toBe('rebuilt');
    expect(tiles.current).toBeUndefined();
    tiles.dispose();
    expect(scene.meshes).toHaveLength(0);
  });
});
