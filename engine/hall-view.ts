import type { AbstractEngine } from '@babylonjs/core/Engines/abstractEngine';
import type { Mesh } from '@babylonjs/core/Meshes/mesh';
import type { PerfCounter } from '@babylonjs/core/Misc/perfCounter';
import type { HallView, Locale } from '../model';
import { LocalController, type Pose } from './avatar/local-controller';
import { RemoteAvatars } from './avatar/remote-avatars';
import { boothGeometry } from './booth/booth-geometry';
import { buildBoothMeshes, type BoothMeshes } from './booth/build-booth-meshes';
import { ProductModels } from './booth/product-models';
import { ENGINE_CONFIG } from './config';
import { TypedEmitter } from './events';
import type { FloorRect } from './geometry/world-box';
import { buildHallMeshes } from './hall/build-hall-meshes';
import { hallGeometry } from './hall/hall-geometry';
import { createLabelAtlas, defaultCanvasFactory } from './hall/label-atlas';
import type { HallViewEvents, HallViewHandle, HallViewOptions, HallViewStats } from './hall-view-types';
import { ProductPicker, productsOnScreen } from './interact/picking';
import { createEngine, createHallScene } from './scene/create-engine';
import { loadGlb, resolveAssetUrl } from './scene/load-glb';
import { createStaticMaterials, freezeMaterials } from './scene/static-materials';

/** Where the visitor avatar model lives (same-origin path, resolved like product models). */
export const AVATAR_URL = '/assets/models/avatar.glb';

/**
 * Builds a hall on `canvas` from a HallView and starts rendering. Returns at once; building
 * goes on in phases (shell in the first frame, then booths, then product models nearest the
 * visitor first), reported by `progress` events, and `ready` resolves when all is done.
 */
export function createHallView(canvas: HTMLCanvasElement, view: HallView, options: HallViewOptions): HallViewHandle {
  const events = new TypedEmitter<HallViewEvents>();
  const ownEngine = !options.engine;
  const engine: AbstractEngine = options.engine ?? createEngine(canvas);
  const scene = createHallScene(engine);
  const createCanvas = options.createCanvas ?? defaultCanvasFactory;
  const load = options.loadModel ?? loadGlb;
  const materials = createStaticMaterials(scene);
  let locale: Locale = options.locale;
  let disposed = false;

  // Pure geometry first: cheap, and the walls must block walking from the first frame.
  const hall = hallGeometry(view.layout);
  const booths = boothGeometry(view);
  for (const s of booths.skipped) queueMicrotask(() => events.emit('error', { message: `booth on slot ${s.slotId} skipped: ${s.reason}` }));
  const blockers: FloorRect[] = [...hall.blockers, ...booths.blockers];
  const atlas = createLabelAtlas(scene, [...hall.labels, ...booths.labels], locale, createCanvas);
  const meshes: Mesh[] = [...buildHallMeshes(scene, hall, materials)];
  const hallLabels = atlas.buildMesh('hall-labels', hall.labels);
  if (hallLabels) meshes.push(hallLabels);

  const spawn = view.layout.spawnPoints[0] ?? { x: view.layout.size.width / 2, z: 1, yaw: 0 };
  const keyTarget = options.keyTarget === undefined ? (typeof window !== 'undefined' ? window : undefined) : (options.keyTarget ?? undefined);
  const controller = new LocalController(scene, canvas, spawn, blockers, keyTarget);
  const avatars = new RemoteAvatars(scene, createCanvas);
  const picker = new ProductPicker(scene, canvas, (hit) => events.emit('productSelected', hit));
  let boothMeshes: BoothMeshes | undefined;
  const products = new ProductModels(scene, booths.products, {
    load,
    resolveUrl: (url) => resolveAssetUrl(url, options.assetBaseUrl),
    origin: spawn,
    onLoaded: (loaded, total) => events.emit('progress', { phase: 'products', loaded, total }),
    onError: (message) => events.emit('error', { message }),
    onPlinth: (index, size) => {
      boothMeshes?.resizePlinth(index, size);
      const rect = booths.plinthBlockers[index];
      const box = booths.plinths[index];
      if (rect && box) {
        // Grown in place: the controller reads the same rectangle objects every frame.
        rect.minX = box.x - size.width / 2;
        rect.maxX = box.x + size.width / 2;
        rect.minZ = box.z - size.depth / 2;
        rect.maxZ = box.z + size.depth / 2;
      }
    },
  });

  // Per frame: walk, interpolate others, report the pose now and then, draw.
  // Babylon counts draw calls in an internal PerfCounter (WebGL engines only); reset it per frame.
  const drawCounter = (engine as { _drawCalls?: PerfCounter })._drawCalls;
  let drawCalls = 0;
  let lastPoseAt = -Infinity;
  const lastPose = { x: NaN, z: NaN, yaw: NaN };
  const pose = { x: 0, z: 0, yaw: 0 };
  const frame = () => {
    const dt = Math.min(0.1, engine.getDeltaTime() / 1000);
    controller.update(dt);
    avatars.update(dt);
    const now = performance.now();
    if (now - lastPoseAt >= ENGINE_CONFIG.visitor.poseEventIntervalMs) {
      const p = controller.copyPose(pose);
      if (p.x !== lastPose.x || p.z !== lastPose.z || p.yaw !== lastPose.yaw) {
        controller.copyPose(lastPose);
        lastPoseAt = now;
        // A fresh object: listeners may keep it.
        events.emit('poseChanged', controller.getPose());
      }
    }
    drawCounter?.fetchNewFrame();
    scene.render();
    drawCalls = drawCounter?.current ?? 0;
  };
  engine.runRenderLoop(frame);
  const onResize = () => engine.resize();
  if (ownEngine && typeof window !== 'undefined') window.addEventListener('resize', onResize);

  // Waits for the next drawn frame; a disposed scene draws no more, so its disposal also ends the wait.
  const nextFrame = () =>
    new Promise<void>((resolve) => {
      scene.onAfterRenderObservable.addOnce(() => resolve());
      scene.onDisposeObservable.addOnce(() => resolve());
    });

  const build = async () => {
    await nextFrame();
    if (disposed) return;
    events.emit('progress', { phase: 'shell', loaded: 1, total: 1 });
    events.emit('progress', { phase: 'booths', loaded: 0, total: view.booths.length });
    boothMeshes = buildBoothMeshes(scene, booths, materials);
    const boothLabels = atlas.buildMesh('booth-labels', booths.labels);
    if (boothLabels) meshes.push(boothLabels);
    freezeMaterials(materials);
    events.emit('progress', { phase: 'booths', loaded: view.booths.length, total: view.booths.length });
    await nextFrame();
    if (disposed) return;
    if (options.loadModels !== false) {
      const avatarModel = load(resolveAssetUrl(AVATAR_URL, options.assetBaseUrl), scene).then(
        (container) => avatars.useModel(container),
        (err) => events.emit('error', { message: `could not load the avatar model, showing capsules: ${err instanceof Error ? err.message : String(err)}` }),
      );
      await products.loadAll();
      await avatarModel;
    } else {
      events.emit('progress', { phase: 'products', loaded: 0, total: 0 });
    }
    if (disposed) return;
    events.emit('progress', { phase: 'done', loaded: 1, total: 1 });
  };
  const ready = build().catch((err: unknown) => {
    const message = `building the hall failed: ${err instanceof Error ? err.message : String(err)}`;
    events.emit('error', { message });
    throw new Error(message, { cause: err });
  });
  // A page that never awaits `ready` must not see an unhandled rejection; errors still reach `error` listeners.
  ready.catch(() => undefined);

  return {
    ready,
    on: (event, listener) => events.on(event, listener),
    off: (event, listener) => events.off(event, listener),
    getPose: () => controller.getPose(),
    setPose: (pose: Pose) => controller.setPose(pose),
    remoteAvatars: avatars,
    setLocale(next) {
      if (next === locale || disposed) return;
      locale = next;
      atlas.redraw(next);
    },
    productsOnScreen: () => {
      const rect = canvas.getBoundingClientRect?.() ?? { width: engine.getRenderWidth(), height: engine.getRenderHeight() };
      return productsOnScreen(scene, rect.width, rect.height);
    },
    stats(): HallViewStats {
      return { drawCalls, activeMeshes: scene.getActiveMeshes().length, meshes: scene.meshes.length, fps: engine.getFps() };
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      engine.stopRenderLoop(frame);
      if (ownEngine && typeof window !== 'undefined') window.removeEventListener('resize', onResize);
      picker.dispose();
      controller.dispose();
      avatars.dispose();
      products.dispose();
      boothMeshes?.dispose();
      for (const m of meshes.splice(0)) m.dispose(false, false);
      atlas.dispose();
      materials.dispose();
      for (const light of [...scene.lights]) light.dispose();
      events.clear();
      scene.dispose();
      if (ownEngine) engine.dispose();
    },
  };
}
