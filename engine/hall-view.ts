import type { AbstractEngine } from '@babylonjs/core/Engines/abstractEngine';
import type { Mesh } from '@babylonjs/core/Meshes/mesh';
import type { PerfCounter } from '@babylonjs/core/Misc/perfCounter';
import { isWalkable, type HallView, type Locale } from '../model';
import { LocalController, type Pose } from './avatar/local-controller';
import { RemoteAvatars } from './avatar/remote-avatars';
import { boothGeometry } from './booth/booth-geometry';
import { boothTiles } from './booth/booth-tiles';
import { BoothMeshes } from './booth/build-booth-meshes';
import { ProductModels } from './booth/product-models';
import { ENGINE_CONFIG } from './config';
import { TypedEmitter } from './events';
import type { FloorRect } from './geometry/world-box';
import { buildHallMeshes } from './hall/build-hall-meshes';
import { hallGeometry } from './hall/hall-geometry';
import { createLabelAtlas, defaultCanvasFactory } from './hall/label-atlas';
import type { HallViewEvents, HallViewHandle, HallViewOptions, HallViewStats } from './hall-view-types';
import { HallInteraction } from './interact/hall-interaction';
import { productsOnScreen } from './interact/picking';
import { LodAnchor } from './lod/product-lod';
import { tileGrid } from './lod/tiles';
import { ActiveMeshFreezer } from './scene/active-mesh-freezer';
import { createEngine, createHallScene } from './scene/create-engine';
import { loadGlb, resolveAssetUrl } from './scene/load-glb';
import { createStaticMaterials, freezeMaterials } from './scene/static-materials';
import { adaptResolution } from './scene/adaptive-resolution';
import { isFloorAt, floorGrid } from './hall/hall-floor';
import { XRControl } from './xr/xr-control';
import { VisitorNavigation } from './nav/visitor-navigation';

/** Frames over which `stats().renderCpuMs` is averaged. */
const RENDER_WINDOW = 30;

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
  const controller = new LocalController(scene, canvas, spawn, blockers, keyTarget, {
    cameraModeChanged: (mode) => events.emit('cameraModeChanged', { mode }),
    walkEnded: (reason) => navigation.walkEnded(reason),
  });
  // Freezes the active-mesh list while the view is still; anything that changes what may be drawn thaws it.
  const freezer = new ActiveMeshFreezer(scene);
  const thaw = () => freezer.invalidate();
  const avatars = new RemoteAvatars(scene, createCanvas, { onChanged: thaw });
  const floor = floorGrid(view.layout);
  const isFloor = (x: number, z: number) => isFloorAt(floor, x, z);
  const interaction = new HallInteraction(scene, canvas, view, isFloor, events, thaw);
  // Click-to-walk and XR teleport targets use the shared walk grid (built on first use); Rapier loads after the first frame.
  const navigation = new VisitorNavigation(scene, view, controller, events, booths.plinths, thaw);
  events.on('floorTapped', ({ x, z }) => navigation.walkTo(x, z));
  const xr = new XRControl({
    scene,
    pickRay: (ray) => interaction.pickRay(ray),
    hover: (result) => interaction.hover(result),
    select: (target) => interaction.select(target),
    canStandAt: (x, z) => isFloor(x, z) && isWalkable(navigation.walkGrid, x, z),
    setPose: (pose) => controller.setPose(pose),
    everyFrame: thaw,
    onState: (state) => events.emit('xrStateChanged', { state }),
  });
  const boothMeshes = new BoothMeshes(scene, booths, materials, (name, labels) => atlas.buildMesh(name, labels));
  const lodAnchor = new LodAnchor();
  const products = new ProductModels(scene, booths.products, {
    onChanged: thaw,
    load,
    resolveUrl: (url) => resolveAssetUrl(url, options.assetBaseUrl),
    origin: spawn,
    onLoaded: (loaded, total) => events.emit('progress', { phase: 'products', loaded, total }),
    onError: (message) => events.emit('error', { message }),
    onPlinth: (index, size) => {
      boothMeshes.resizePlinth(index, size);
      const rect = booths.plinthBlockers[index];
      const box = booths.plinths[index];
      if (rect && box) {
        // Grown in place: the controller reads the same rectangle objects every frame.
        rect.minX = box.x - size.width / 2;
        rect.maxX = box.x + size.width / 2;
        rect.minZ = box.z - size.depth / 2;
        rect.maxZ = box.z + size.depth / 2;
        navigation.resizePlinth(index, { ...box, ...size });
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
  // CPU time of scene.render(), averaged over the last RENDER_WINDOW frames.
  const renderMs = new Float64Array(RENDER_WINDOW);
  let renderFrames = 0;
  const frame = () => {
    const dt = Math.min(0.1, engine.getDeltaTime() / 1000);
    controller.update(dt);
    avatars.update(dt);
    const eye = scene.activeCamera?.globalPosition;
    if (eye && lodAnchor.moved(eye.x, eye.z)) products.applyLod(eye.x, eye.z);
    freezer.update(scene.activeCamera);
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
    const t0 = performance.now();
    scene.render();
    renderMs[renderFrames++ % RENDER_WINDOW] = performance.now() - t0;
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

  // Rapier's WASM is not first-frame JavaScript: it loads once the shell is on screen; until then the flat mover walks.
  const physicsReady =
    options.physics === false
      ? Promise.reject(new Error('physics is turned off for this hall view'))
      : nextFrame().then(() => {
          if (disposed) throw new Error('the hall view was disposed before physics loaded');
          return navigation.startPhysics();
        });
  physicsReady.catch((err: unknown) => {
    if (!disposed && options.physics !== false) events.emit('error', { message: `physics did not load, walking on the floor plan: ${err instanceof Error ? err.message : String(err)}` });
  });

  let resolution: { dispose(): void } | undefined;
  const build = async () => {
    await nextFrame();
    if (disposed) return;
    events.emit('progress', { phase: 'shell', loaded: 1, total: 1 });
    // Booths stream in one floor tile per frame, the tile nearest the spawn first.
    const total = booths.booths.length;
    let built = 0;
    events.emit('progress', { phase: 'booths', loaded: 0, total });
    for (const tile of boothTiles(booths, tileGrid(view.layout.size), spawn)) {
      thaw();
      boothMeshes.addTile(tile);
      built += tile.slotIds.length;
      events.emit('progress', { phase: 'booths', loaded: built, total });
      await nextFrame();
      if (disposed) return;
    }
    freezeMaterials(materials);
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
    if (ownEngine && options.adaptiveResolution !== false) resolution = adaptResolution(scene);
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
      return productsOnScreen(
        (x, y) => {
          const hit = interaction.picker.pickCanvas(x, y);
          return hit?.kind === 'target' && hit.target.kind === 'product' ? { productId: hit.target.productId, exhibitorId: hit.target.exhibitorId, world: hit.point } : undefined;
        },
        rect.width,
        rect.height,
      );
    },
    stats(): HallViewStats {
      const n = Math.min(renderFrames, RENDER_WINDOW);
      let sum = 0;
      for (let i = 0; i < n; i++) sum += renderMs[i]!;
      const lod = products.lodCounts();
      const people = avatars.counts();
      return {
        drawCalls,
        activeMeshes: scene.getActiveMeshes().length,
        meshes: scene.meshes.length,
        fps: engine.getFps(),
        renderCpuMs: n > 0 ? sum / n : 0,
        productModels: lod.models,
        productImpostors: lod.impostors,
        nearAvatars: people.near,
        farAvatars: people.far,
        hardwareScalingLevel: engine.getHardwareScalingLevel(),
        activeMeshesFrozen: freezer.isFrozen,
        physicsReady: navigation.physicsReady,
        physicsBodies: navigation.physicsCounts().bodies,
        physicsColliders: navigation.physicsCounts().colliders,
      };
    },
    xrSupported: () => xr.supported(),
    enterXR: () => xr.enter(),
    exitXR: () => xr.exit(),
    get xrState() {
      return xr.state;
    },
    xrInfo: () => xr.info(),
    currentBooth: () => interaction.currentBooth,
    setMoveInput: (x, y) => controller.setMoveInput(x, y),
    walkTo: (x, z) => navigation.walkTo(x, z),
    walkObstacles: () => blockers.map((r) => ({ ...r })),
    cancelWalk: () => controller.cancelPath(),
    get cameraMode() {
      return controller.cameraMode;
    },
    setCameraMode: (mode) => controller.setCameraMode(mode),
    physicsReady,
    dispose() {
      if (disposed) return;
      disposed = true;
      resolution?.dispose();
      engine.stopRenderLoop(frame);
      if (ownEngine && typeof window !== 'undefined') window.removeEventListener('resize', onResize);
      xr.dispose();
      // A visit in progress ends with the hall: listeners still hear `boothLeft` with its dwell.
      interaction.leaveBooth();
      interaction.dispose();
      navigation.dispose();
      controller.dispose();
      avatars.dispose();
      products.dispose();
      freezer.invalidate();
      boothMeshes.dispose();
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
