import { AssetContainer } from '@babylonjs/core/assetContainer';
import { StandardMaterial } from '@babylonjs/core/Materials/standardMaterial';
import { CreateBox } from '@babylonjs/core/Meshes/Builders/boxBuilder';
import { Mesh } from '@babylonjs/core/Meshes/mesh';
import type { Scene } from '@babylonjs/core/scene';
import type { AtlasCanvas } from '../hall/label-atlas';
import type { ModelLoader } from '../scene/load-glb';

/**
 * Stand-ins for what Node lacks, so the whole hall view runs under NullEngine in tests and
 * benchmarks: a 2D canvas that measures text roughly and draws nothing, an event target that
 * counts its listeners, and a model loader that builds containers instead of fetching GLBs.
 */
export function stubCanvas(width: number, height: number): AtlasCanvas & { texts: string[] } {
  let font = '10px sans-serif';
  const noop = () => undefined;
  /** Every text drawn, in order, so tests can see what a label says. */
  const texts: string[] = [];
  const ctx = {
    get font() {
      return font;
    },
    set font(f: string) {
      font = f;
    },
    fillStyle: '',
    textAlign: 'left',
    textBaseline: 'alphabetic',
    measureText: (text: string) => ({ width: text.length * (parseFloat(/(\d+(\.\d+)?)px/.exec(font)?.[1] ?? '10') * 0.6) }),
    clearRect: noop,
    fillRect: noop,
    fillText: (text: string) => texts.push(text),
    beginPath: noop,
    roundRect: noop,
    fill: noop,
  };
  return { width, height, texts, getContext: () => ctx };
}

/** An EventTarget that knows how many listeners are attached (to check that dispose removed them all). */
export class CountingTarget extends EventTarget {
  listeners = 0;
  override addEventListener(type: string, cb: EventListenerOrEventListenerObject | null, options?: AddEventListenerOptions | boolean): void {
    if (cb) this.listeners++;
    super.addEventListener(type, cb, options);
  }
  override removeEventListener(type: string, cb: EventListenerOrEventListenerObject | null, options?: EventListenerOptions | boolean): void {
    if (cb) this.listeners--;
    super.removeEventListener(type, cb, options);
  }
  getBoundingClientRect() {
    return { left: 0, top: 0, width: 1280, height: 720 };
  }
}

/**
 * A loader that makes each "model" a 0.5 m box under a glTF-like root (z mirrored, as the glTF
 * loader does), with one material named after the file (`avatar-body` for the avatar). Files
 * whose name contains "missing" fail to load.
 */
export function boxModelLoader(): ModelLoader & { calls: string[] } {
  const calls: string[] = [];
  const loader = async (url: string, scene: Scene) => {
    calls.push(url);
    if (url.includes('missing')) throw new Error('404');
    const container = new AssetContainer(scene);
    const root = new Mesh('__root__', scene);
    root.scaling.set(1, 1, -1);
    const part = CreateBox('part', { size: 0.5 }, scene);
    part.position.y = 0.25;
    part.parent = root;
    const material = new StandardMaterial(url.includes('avatar') ? 'avatar-body' : 'paint', scene);
    part.material = material;
    for (const m of [root, part]) {
      scene.removeMesh(m);
      container.meshes.push(m);
    }
    scene.removeMaterial(material);
    container.materials.push(material);
    return container;
  };
  return Object.assign(loader, { calls });
}
