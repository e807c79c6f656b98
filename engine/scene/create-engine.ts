import type { AbstractEngine } from '@babylonjs/core/Engines/abstractEngine';
import { Engine } from '@babylonjs/core/Engines/engine';
import { DirectionalLight } from '@babylonjs/core/Lights/directionalLight';
import { HemisphericLight } from '@babylonjs/core/Lights/hemisphericLight';
import { Color3, Color4 } from '@babylonjs/core/Maths/math.color';
import { Vector3 } from '@babylonjs/core/Maths/math.vector';
import { Scene } from '@babylonjs/core/scene';

/**
 * A WebGL engine on the page's canvas. `preserveDrawingBuffer` lets tests and screenshots read
 * the canvas after a frame; the stencil buffer is not used, so it is not asked for.
 */
export function createEngine(canvas: HTMLCanvasElement): Engine {
  return new Engine(canvas, true, { preserveDrawingBuffer: true, stencil: false, powerPreference: 'high-performance' }, true);
}

/** A scene lit like an exhibition hall: bright sky light from above, a soft sun for shape. */
export function createHallScene(engine: AbstractEngine): Scene {
  const scene = new Scene(engine);
  scene.clearColor = new Color4(0.82, 0.86, 0.9, 1);
  scene.ambientColor = new Color3(0.25, 0.25, 0.25);
  // Picking is one explicit pick on tap (interact/picking.ts), so Babylon's own pointer and
  // keyboard handling is detached: no listeners, no pick per pointer event. Should someone
  // attach it again (GUI, XR), moves and presses still do not pick.
  scene.detachControl();
  scene.skipPointerMovePicking = true;
  scene.skipPointerDownPicking = true;
  scene.skipPointerUpPicking = true;
  const sky = new HemisphericLight('hall-sky', new Vector3(0.1, 1, -0.2), scene);
  sky.intensity = 0.85;
  sky.groundColor = new Color3(0.45, 0.45, 0.5);
  const sun = new DirectionalLight('hall-sun', new Vector3(-0.4, -1, 0.6), scene);
  sun.intensity = 0.45;
  return scene;
}
