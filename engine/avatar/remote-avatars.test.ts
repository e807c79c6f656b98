import '@babylonjs/core/Materials/standardMaterial';
import { TargetCamera } from '@babylonjs/core/Cameras/targetCamera';
import { NullEngine } from '@babylonjs/core/Engines/nullEngine';
import { Vector3 } from '@babylonjs/core/Maths/math.vector';
import { Scene } from '@babylonjs/core/scene';
import { afterEach, describe, expect, it } from 'vitest';
import { ENGINE_CONFIG } from '../config';
import { stubCanvas } from '../testing/headless';
import { RemoteAvatars } from './remote-avatars';

const A = ENGINE_CONFIG.avatars;

describe('RemoteAvatars near and far', () => {
  const engine = new NullEngine();
  afterEach(() => {
    for (const s of [...engine.scenes]) s.dispose();
  });

  function setUp() {
    const scene = new Scene(engine);
    scene.activeCamera = new TargetCamera('eye', new Vector3(0, 1.65, 0), scene);
    let changes = 0;
    const avatars = new RemoteAvatars(scene, stubCanvas, { onChanged: () => changes++ });
    return { scene, avatars, changes: () => changes };
  }

  it('gives full bodies and name tags to the few nearest, and one instanced mesh to everyone else', () => {
    const { scene, avatars } = setUp();
    // 100 visitors in a line walking away from the eye, 1 m apart.
    for (let i = 0; i < 100; i++) avatars.upsert(`v${i}`, { name: `Visitor ${i}`, color: '#3366ff', x: 0, z: 1 + i, yaw: 0 });
    avatars.update(0.016);
    expect(avatars.counts()).toEqual({ near: A.maxNear, far: 100 - A.maxNear });
    const tags = scene.meshes.filter((m) => m.name === 'name-tag');
    expect(tags).toHaveLength(A.maxNear);
    // Every tag shares one material (one atlas texture).
    expect(new Set(tags.map((t) => t.material)).size).toBe(1);
    const far = scene.getMeshByName('avatars-far') as unknown as { thinInstanceCount: number };
    expect(far.thinInstanceCount).toBe(100 - A.maxNear);
    // Bodies + tags of the near ones, plus one mesh for all the far ones.
    expect(scene.meshes.length).toBe(2 * A.maxNear + 1);
    expect(scene.textures).toHaveLength(1);
  });

  it('moves visitors between near and far as the eye moves, with hysteresis at the edge', () => {
    const { scene, avatars, changes } = setUp();
    // As in the hall view: avatars update, then the scene renders (which moves the camera's global position).
    const frame = () => {
      avatars.update(0.016);
      scene.render();
    };
    avatars.upsert('a', { name: 'A', color: '#ff0000', x: 0, z: A.nearDistance - 1, yaw: 0 });
    avatars.update(0.016);
    expect(avatars.counts()).toEqual({ near: 1, far: 0 });
    const before = changes();
    expect(before).toBeGreaterThan(0);
    // Between the near and far distances: stays near.
    scene.activeCamera!.position.z = -2;
    for (let i = 0; i <= A.splitEveryFrames; i++) frame();
    expect(avatars.counts()).toEqual({ near: 1, far: 0 });
    // Beyond the far distance: becomes a far capsule, and the change is announced first.
    scene.activeCamera!.position.z = -10;
    for (let i = 0; i <= A.splitEveryFrames; i++) frame();
    expect(avatars.counts()).toEqual({ near: 0, far: 1 });
    expect(changes()).toBeGreaterThan(before);
    expect(scene.meshes.map((m) => m.name)).toEqual(['avatars-far']);
  });

  it('frees everything on dispose', () => {
    const { scene, avatars } = setUp();
    for (let i = 0; i < 20; i++) avatars.upsert(`v${i}`, { name: `V${i}`, color: '#00ff00', x: i, z: 3, yaw: 0 });
    avatars.update(0.016);
    avatars.remove('v0');
    avatars.dispose();
    expect({ meshes: scene.meshes.length, materials: scene.materials.length, textures: scene.textures.length, nodes: scene.transformNodes.length }).toEqual({ meshes: 0, materials: 0, textures: 0, nodes: 0 });
  });
});
