import type { Camera } from '@babylonjs/core/Cameras/camera';
import type { Scene } from '@babylonjs/core/scene';
import { describe, expect, it } from 'vitest';
import { ActiveMeshFreezer } from './active-mesh-freezer';

/**
 * A scene that records freezes. NullEngine never compiles shaders, so a real scene is never
 * "ready" in Node and Babylon would defer every freeze; the real freeze is exercised in
 * Chromium by the render benchmark (`stats().activeMeshesFrozen`).
 */
function fakeScene(ready = true) {
  const log: string[] = [];
  let frozen = false;
  const scene = {
    ready,
    isReady: () => scene.ready,
    freezeActiveMeshes(_skip: boolean, onSuccess?: () => void) {
      if (!scene.ready) return; // Babylon would wait for readiness
      frozen = true;
      log.push('freeze');
      onSuccess?.();
    },
    unfreezeActiveMeshes() {
      if (frozen) log.push('thaw');
      frozen = false;
    },
  };
  return { scene, log, isFrozen: () => frozen };
}

const camera = () => ({ position: { x: 1, y: 1.65, z: 2 }, rotation: { x: 0, y: 0, z: 0 } }) as unknown as Camera;

describe('ActiveMeshFreezer', () => {
  it('freezes after the view is still for a few frames, and thaws as soon as it moves', () => {
    const { scene, log, isFrozen } = fakeScene();
    const freezer = new ActiveMeshFreezer(scene as unknown as Scene, 3);
    const eye = camera();
    for (let i = 0; i < 3; i++) freezer.update(eye);
    expect(isFrozen()).toBe(false);
    freezer.update(eye);
    expect(freezer.isFrozen && isFrozen()).toBe(true);
    (eye as unknown as { rotation: { y: number } }).rotation.y = 0.01;
    freezer.update(eye);
    expect(freezer.isFrozen || isFrozen()).toBe(false);
    expect(log).toEqual(['freeze', 'thaw']);
  });

  it('ignores sub-millimetre jitter, and thaws when something changed what may be drawn', () => {
    const { scene, log } = fakeScene();
    const freezer = new ActiveMeshFreezer(scene as unknown as Scene, 2);
    const eye = camera();
    for (let i = 0; i < 4; i++) freezer.update(eye);
    eye.position.y += 1e-5;
    freezer.update(eye);
    expect(freezer.isFrozen).toBe(true);
    freezer.invalidate();
    expect(freezer.isFrozen).toBe(false);
    // Frozen again only after another still spell.
    freezer.update(eye);
    expect(freezer.isFrozen).toBe(false);
    freezer.update(eye);
    freezer.update(eye);
    expect(freezer.isFrozen).toBe(true);
    expect(log).toEqual(['freeze', 'thaw', 'freeze']);
  });

  it('never asks an unready scene to freeze (Babylon would freeze it later, whatever the camera did since)', () => {
    const { scene, log } = fakeScene(false);
    const freezer = new ActiveMeshFreezer(scene as unknown as Scene, 1);
    const eye = camera();
    for (let i = 0; i < 5; i++) freezer.update(eye);
    expect(freezer.isFrozen).toBe(false);
    scene.ready = true;
    freezer.update(eye);
    expect(freezer.isFrozen).toBe(true);
    expect(log).toEqual(['freeze']);
  });
});
