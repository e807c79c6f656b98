import { NullEngine } from '@babylonjs/core/Engines/nullEngine';
import { Color3 } from '@babylonjs/core/Maths/math.color';
import { Vector3 } from '@babylonjs/core/Maths/math.vector';
import { Scene } from '@babylonjs/core/scene';
import { afterEach, describe, expect, it } from 'vitest';
import { ReplaceableLines } from './replaceable-lines';

describe('ReplaceableLines', () => {
  const engine = new NullEngine();
  afterEach(() => {
    for (const s of [...engine.scenes]) s.dispose();
  });

  const square = (x: number) => [[new Vector3(x, 0, 0), new Vector3(x + 1, 0, 0), new Vector3(x + 1, 0, 1), new Vector3(x, 0, 1), new Vector3(x, 0, 0)]];

  it('replaces its line mesh over one kept material, so the line shader is never released to be compiled again', () => {
    const scene = new Scene(engine);
    const lines = new ReplaceableLines(scene, 'outline', { renderingGroupId: 1 });
    const materialsAtStart = scene.materials.length;
    lines.show(square(0), new Color3(1, 0.6, 0));
    const first = scene.getMeshByName('outline')!;
    expect(first.renderingGroupId).toBe(1);
    expect(first.isPickable).toBe(false);
    const material = first.material;
    expect(material).toBeTruthy();

    lines.show(square(2), new Color3(0.9, 0.1, 0.1));
    const second = scene.getMeshByName('outline')!;
    expect(second).not.toBe(first);
    expect(first.isDisposed()).toBe(true);
    expect(second.material).toBe(material);
    expect(scene.meshes.filter((m) => m.name === 'outline')).toHaveLength(1);

    lines.hide();
    expect(lines.visible).toBe(false);
    expect(scene.getMeshByName('outline')).toBeNull();
    // Hidden: the material (and with it the compiled shader) stays for the next show.
    expect(scene.materials).toContain(material);
    expect(scene.materials.length).toBe(materialsAtStart);

    lines.show([], new Color3(1, 1, 1));
    expect(lines.visible).toBe(false);
    lines.dispose();
    expect(scene.materials).not.toContain(material);
  });
});
