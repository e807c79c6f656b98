import '@babylonjs/core/Culling/ray';
import { ArcRotateCamera } from '@babylonjs/core/Cameras/arcRotateCamera';
import type { AbstractEngine } from '@babylonjs/core/Engines/abstractEngine';
import { Color3 } from '@babylonjs/core/Maths/math.color';
import { Matrix, Vector3 } from '@babylonjs/core/Maths/math.vector';
import { CreateLineSystem } from '@babylonjs/core/Meshes/Builders/linesBuilder';
import type { LinesMesh } from '@babylonjs/core/Meshes/linesMesh';
import type { Mesh } from '@babylonjs/core/Meshes/mesh';
import type { PerfCounter } from '@babylonjs/core/Misc/perfCounter';
import { footprintRect, rectContainsPoint, type BoothSlot, type HallView, type Locale } from '../../model';
import { TypedEmitter } from '../events';
import { hexToRgb, shade } from '../geometry/color';
import { boxesToMeshData } from '../geometry/mesh-data';
import type { WorldBox } from '../geometry/world-box';
import { buildHallMeshes } from '../hall/build-hall-meshes';
import { hallGeometry } from '../hall/hall-geometry';
import { createLabelAtlas, defaultCanvasFactory, type LabelAtlas } from '../hall/label-atlas';
import { createEngine, createHallScene } from '../scene/create-engine';
import { loadGlb, resolveAssetUrl } from '../scene/load-glb';
import { createStaticMaterials } from '../scene/static-materials';
import { createStaticMesh } from '../scene/static-mesh';
import type { EditorPreview, EditorPreviewEvents, EditorPreviewOptions, EditorPreviewStats } from './editor-preview-types';
import { PREVIEW_CONFIG as P } from './preview-config';
import { boundsOf, itemWorldBoxes, rayHitsBox, rayHitsFloor, type Aabb } from './preview-geometry';
import { PreviewBooth } from './preview-booth';

/** Free slots show as a thin tile this high, so the organizer sees where booths can go. */
const SLOT_TILE_HEIGHT = 0.02;

/**
 * The editors' 3D preview: the visitor's renderer (same pure builders, same materials) with an
 * orbit camera. `setView` compares the new HallView with the shown one by reference — documents
 * are immutable, so an unchanged booth or layout is the same object — and rebuilds only what
 * changed: an edit to one booth of a 200-slot hall rebuilds that booth alone.
 */
export function createEditorPreview(canvas: HTMLCanvasElement, initial: HallView, options: EditorPreviewOptions): EditorPreview {
  const events = new TypedEmitter<EditorPreviewEvents>();
  const ownEngine = !options.engine;
  const engine: AbstractEngine = options.engine ?? createEngine(canvas);
  const scene = createHallScene(engine);
  const materials = createStaticMaterials(scene);
  const createCanvas = options.createCanvas ?? defaultCanvasFactory;
  const models = options.loadModels === false ? undefined : { load: options.loadModel ?? loadGlb, resolveUrl: (url: string) => resolveAssetUrl(url, options.assetBaseUrl) };
  let locale: Locale = options.locale;
  let view = initial;
  let disposed = false;

  const camera = new ArcRotateCamera('editor-camera', P.focusAlpha, P.focusBeta, 20, Vector3.Zero(), scene);
  camera.lowerRadiusLimit = P.minRadius;
  camera.upperRadiusLimit = P.maxRadius;
  camera.upperBetaLimit = Math.PI / 2 - 0.05;
  camera.minZ = 0.1;
  camera.maxZ = 2000;
  camera.wheelDeltaPercentage = 0.01;
  camera.panningSensibility = 60;
  // Arrow keys belong to the editor (nudging the selection), not to the camera.
  camera.inputs.removeByType('ArcRotateCameraKeyboardMoveInput');
  scene.activeCamera = camera;
  // The hall scene detaches Babylon's pointer handling (the visitor view picks on its own); the
  // orbit camera needs it. Picking stays ours (rays against plain data), so no per-move picks.
  scene.attachControl();
  let cameraEnabled = false;
  const setCameraEnabled = (enabled: boolean) => {
    if (enabled === cameraEnabled) return;
    cameraEnabled = enabled;
    if (enabled) camera.attachControl(true);
    else camera.detachControl();
  };
  setCameraEnabled(true);

  // --- hall shell and free-slot tiles: rebuilt when the layout or the set of booths changes ---
  let shellMeshes: Mesh[] = [];
  let shellAtlas: LabelAtlas | undefined;
  let tiles: Mesh | undefined;
  let tilesKey = '';
  const buildShell = () => {
    for (const m of shellMeshes) m.dispose(false, false);
    shellAtlas?.dispose();
    const hall = hallGeometry(view.layout);
    shellMeshes = buildHallMeshes(scene, hall, materials);
    shellAtlas = hall.labels.length > 0 ? createLabelAtlas(scene, hall.labels, locale, createCanvas) : undefined;
    const labels = shellAtlas?.buildMesh('hall-labels', hall.labels);
    if (labels) shellMeshes.push(labels);
  };
  const buildTiles = () => {
    const occupied = new Set(view.booths.map((b) => b.slotId));
    const key = view.layout.slots.map((s) => (occupied.has(s.id) ? '' : s.id)).join(',');
    if (key === tilesKey && tiles) return;
    tilesKey = key;
    tiles?.dispose(false, false);
    const color = shade(hexToRgb(view.layout.style.carpetColor), 0.35);
    const boxes: WorldBox[] = view.layout.slots
      .filter((s) => !occupied.has(s.id))
      .map((s) => {
        const r = footprintRect(s);
        return { x: (r.minX + r.maxX) / 2, y: 0, z: (r.minZ + r.maxZ) / 2, width: r.maxX - r.minX - 0.1, height: SLOT_TILE_HEIGHT, depth: r.maxZ - r.minZ - 0.1, yaw: 0, color };
      });
    tiles = createStaticMesh('free-slots', scene, boxesToMeshData(boxes), materials.matte);
  };

  // --- booths, one build each, keyed by slot ---
  const booths = new Map<string, PreviewBooth>();
  const boothDeps = () => ({ scene, materials, createCanvas, locale, ...(models ? { models } : {}), onError: (message: string) => events.emit('error', { message }) });
  let stats: EditorPreviewStats = { rebuiltBooths: 0, rebuiltShell: false, lastSetViewMs: 0, meshes: 0, drawCalls: 0 };
  const syncBooths = (): number => {
    const slots = new Map(view.layout.slots.map((s) => [s.id, s]));
    const templates = new Map(view.boothTemplates.map((t) => [t.id, t]));
    const seen = new Set<string>();
    let rebuilt = 0;
    for (const booth of view.booths) {
      const slot = slots.get(booth.slotId);
      const template = templates.get(booth.design.templateId);
      if (!slot || !template) {
        events.emit('error', { message: `booth on slot ${booth.slotId} skipped: ${slot ? `no booth template "${booth.design.templateId}"` : 'no such slot'}` });
        continue;
      }
      seen.add(slot.id);
      const old = booths.get(slot.id);
      if (old?.shows(booth, slot, template)) continue;
      old?.dispose();
      booths.set(slot.id, new PreviewBooth(booth, slot, template, view, boothDeps()));
      rebuilt++;
    }
    for (const [slotId, build] of booths) {
      if (seen.has(slotId)) continue;
      build.dispose();
      booths.delete(slotId);
    }
    return rebuilt;
  };

  // --- selection outline: one line mesh around every selected thing ---
  let selection: readonly string[] = [];
  let tone: 'normal' | 'error' = 'normal';
  let outline: LinesMesh | undefined;
  const drawSelection = () => {
    outline?.dispose();
    outline = undefined;
    if (selection.length === 0) return;
    const wanted = new Set(selection);
    const boxes: Aabb[] = [];
    for (const build of booths.values()) {
      if (!build.booth.design.items.some((i) => wanted.has(i.id))) continue;
      for (const [id, parts] of itemWorldBoxes(build.slot, build.template, build.booth)) {
        const b = wanted.has(id) ? boundsOf(parts, P.selectionInflate) : undefined;
        if (b) boxes.push(b);
      }
    }
    for (const slot of view.layout.slots) {
      if (!wanted.has(slot.id)) continue;
      const r = footprintRect(slot);
      boxes.push({ minX: r.minX, maxX: r.maxX, minZ: r.minZ, maxZ: r.maxZ, minY: 0, maxY: 3 });
    }
    if (boxes.length === 0) return;
    outline = CreateLineSystem('editor-selection', { lines: boxes.flatMap(boxEdges) }, scene);
    outline.color = tone === 'error' ? new Color3(0.9, 0.1, 0.1) : new Color3(1, 0.6, 0);
    outline.isPickable = false;
    // Always visible, even through a wall in front of it.
    outline.renderingGroupId = 1;
  };

  const apply = (next: HallView) => {
    const started = performance.now();
    const shellChanged = next.layout !== view.layout || shellMeshes.length === 0;
    view = next;
    if (shellChanged) buildShell();
    buildTiles();
    const rebuilt = syncBooths();
    drawSelection();
    stats = { ...stats, rebuiltBooths: rebuilt, rebuiltShell: shellChanged, lastSetViewMs: performance.now() - started };
  };
  apply(initial);

  // --- camera aims ---
  const focusSlot = (slotId: string) => {
    const slot = view.layout.slots.find((s) => s.id === slotId);
    if (!slot) return;
    camera.setTarget(new Vector3(slot.x, 1, slot.z));
    camera.alpha = P.focusAlpha + (slot.rotation * Math.PI) / 180;
    camera.beta = P.focusBeta;
    camera.radius = Math.max(P.minRadius, Math.max(slot.width, slot.depth) * P.boothViewDistance + 2);
  };
  const focusHall = () => {
    const { width, depth } = view.layout.size;
    camera.setTarget(new Vector3(width / 2, 0, depth / 2));
    camera.alpha = -Math.PI / 2;
    camera.beta = 0.8;
    camera.radius = Math.max(width, depth) * 1.1;
  };
  if (options.focusSlotId) focusSlot(options.focusSlotId);
  else focusHall();

  // --- rays ---
  const identity = Matrix.Identity();
  const ray = (clientX: number, clientY: number) => {
    const rect = canvas.getBoundingClientRect?.() ?? { left: 0, top: 0 };
    const r = scene.createPickingRay(clientX - rect.left, clientY - rect.top, identity, camera);
    return { o: r.origin, d: r.direction };
  };
  const pickFloor = (clientX: number, clientY: number) => {
    const { o, d } = ray(clientX, clientY);
    return rayHitsFloor(o, d);
  };
  const pickItem = (clientX: number, clientY: number) => {
    const { o, d } = ray(clientX, clientY);
    let best: { id: string; t: number } | undefined;
    for (const build of booths.values()) {
      for (const [id, parts] of itemWorldBoxes(build.slot, build.template, build.booth)) {
        const box = boundsOf(parts);
        const t = box && rayHitsBox(o, d, box);
        if (t !== undefined && t <= P.pickMaxDistance && (!best || t < best.t)) best = { id, t };
      }
    }
    return best?.id;
  };
  const pickSlot = (clientX: number, clientY: number) => {
    const p = pickFloor(clientX, clientY);
    if (!p) return undefined;
    return view.layout.slots.find((s: BoothSlot) => rectContainsPoint(footprintRect(s), p.x, p.z))?.id;
  };

  // --- render loop; `frame` after each drawn frame ---
  const drawCounter = (engine as { _drawCalls?: PerfCounter })._drawCalls;
  const frameEvent = { at: 0 };
  const frame = () => {
    drawCounter?.fetchNewFrame();
    scene.render();
    stats.drawCalls = drawCounter?.current ?? 0;
    frameEvent.at = performance.now();
    events.emit('frame', frameEvent);
  };
  engine.runRenderLoop(frame);
  const onResize = () => engine.resize();
  if (ownEngine && typeof window !== 'undefined') window.addEventListener('resize', onResize);

  return {
    setView(next) {
      if (disposed || next === view) return;
      apply(next);
    },
    focusSlot,
    focusHall,
    pickFloor,
    pickItem,
    pickSlot,
    clientPointOf(x, y, z) {
      const rect = canvas.getBoundingClientRect?.() ?? { left: 0, top: 0, width: engine.getRenderWidth(), height: engine.getRenderHeight() };
      const p = new Vector3(x, y, z);
      if (Vector3.Dot(p.subtract(camera.position), camera.getForwardRay().direction) <= 0) return undefined;
      const viewport = camera.viewport.toGlobal(rect.width, rect.height);
      const s = Vector3.Project(p, Matrix.IdentityReadOnly, scene.getTransformMatrix(), viewport);
      return { x: rect.left + s.x, y: rect.top + s.y };
    },
    setSelection(ids, nextTone = 'normal') {
      if (disposed) return;
      selection = [...ids];
      tone = nextTone;
      drawSelection();
    },
    setCameraEnabled,
    setLocale(next) {
      if (disposed || next === locale) return;
      locale = next;
      shellAtlas?.redraw(next);
      for (const build of booths.values()) build.setLocale(next);
    },
    on: (event, listener) => events.on(event, listener),
    stats: () => ({ ...stats, meshes: scene.meshes.length }),
    dispose() {
      if (disposed) return;
      disposed = true;
      engine.stopRenderLoop(frame);
      if (ownEngine && typeof window !== 'undefined') window.removeEventListener('resize', onResize);
      setCameraEnabled(false);
      outline?.dispose();
      for (const build of booths.values()) build.dispose();
      booths.clear();
      for (const m of shellMeshes) m.dispose(false, false);
      shellAtlas?.dispose();
      tiles?.dispose(false, false);
      materials.dispose();
      events.clear();
      scene.dispose();
      if (ownEngine) engine.dispose();
    },
  };
}

/** The 12 edges of a box as line pairs. */
function boxEdges(b: Aabb): Vector3[][] {
  const c = (x: number, y: number, z: number) => new Vector3(x, y, z);
  const [x0, x1, y0, y1, z0, z1] = [b.minX, b.maxX, b.minY, b.maxY, b.minZ, b.maxZ];
  return [
    [c(x0, y0, z0), c(x1, y0, z0), c(x1, y0, z1), c(x0, y0, z1), c(x0, y0, z0)],
    [c(x0, y1, z0), c(x1, y1, z0), c(x1, y1, z1), c(x0, y1, z1), c(x0, y1, z0)],
    [c(x0, y0, z0), c(x0, y1, z0)],
    [c(x1, y0, z0), c(x1, y1, z0)],
    [c(x1, y0, z1), c(x1, y1, z1)],
    [c(x0, y0, z1), c(x0, y1, z1)],
  ];
}
