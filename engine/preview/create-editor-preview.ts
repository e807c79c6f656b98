import '@babylonjs/core/Culling/ray';
import { ArcRotateCamera } from '@babylonjs/core/Cameras/arcRotateCamera';
import type { AbstractEngine } from '@babylonjs/core/Engines/abstractEngine';
import { Color3 } from '@babylonjs/core/Maths/math.color';
import { Matrix, Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { PerfCounter } from '@babylonjs/core/Misc/perfCounter';
import { footprintRect, rectContainsPoint, type BoothSlot, type HallView, type Locale } from '../../model';
import { TypedEmitter } from '../events';
import { defaultCanvasFactory } from '../hall/label-atlas';
import { createEngine, createHallScene } from '../scene/create-engine';
import { loadGlb, resolveAssetUrl } from '../scene/load-glb';
import { ReplaceableLines } from '../scene/replaceable-lines';
import { createStaticMaterials } from '../scene/static-materials';
import type { EditorPreview, EditorPreviewEvents, EditorPreviewOptions, EditorPreviewStats } from './editor-preview-types';
import { PREVIEW_CONFIG as P } from './preview-config';
import { boundsOf, itemWorldBoxes, rayHitsBox, rayHitsFloor, type Aabb } from './preview-geometry';
import { PreviewBooth, type PreviewBoothEntry } from './preview-booth';
import { PreviewFrameLoop } from './preview-frame-loop';
import { FreeSlotTiles, PreviewHallShell } from './preview-hall-shell';
import { slotsNear } from './preview-neighbourhood';
import { previewScalingLevel } from './preview-render-size';
import { createPreviewGizmo } from './preview-gizmo';

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

  // --- drawing on demand: a frame when something changed or the camera moved (see preview-frame-loop.ts) ---
  const loop = new PreviewFrameLoop(engine, scene, camera, () => frame());
  const requestFrame = () => loop.requestFrame();
  // Gizmo handles light up under the pointer and follow its drags: a pointer over the canvas may
  // change the picture. Without gizmos only presses matter (the camera's own moves are seen by the loop).
  const onPointer = (e: Event) => {
    if (gizmo || e.type !== 'pointermove' || (e as PointerEvent).buttons !== 0) requestFrame();
  };
  const pointerEvents = ['pointerdown', 'pointermove', 'pointerup', 'wheel'] as const;
  for (const type of pointerEvents) canvas.addEventListener?.(type, onPointer, { passive: true });

  // --- hall shell and free-slot tiles: the shell only when what it is drawn from changed (not a slot move) ---
  const shell = new PreviewHallShell(scene, materials, createCanvas);
  const tiles = new FreeSlotTiles(scene, materials);

  // --- booths: one build each, or (focused on one booth) the edited one and its neighbours ---
  // `booths`: what each slot shows (for picking, outlines, gizmos); `builds`: the meshes, by build key.
  const booths = new Map<string, PreviewBoothEntry>();
  const builds = new Map<string, PreviewBooth>();
  const boothDeps = () => ({ scene, materials, createCanvas, locale, ...(models ? { models } : {}), onError: (message: string) => events.emit('error', { message }), onChanged: requestFrame });
  let stats: EditorPreviewStats = { rebuiltBooths: 0, rebuiltShell: false, lastSetViewMs: 0, meshes: 0, drawCalls: 0, frames: 0, lastRenderMs: 0, activeMeshes: 0, activeTriangles: 0 };
  /** Build key of the unchanging neighbours of a focused booth, built as one group. */
  const NEIGHBOURS = '(neighbours)';
  const syncBooths = (): number => {
    // Focused on one booth (the exhibitor's editor): only its neighbourhood is built (see
    // PREVIEW_CONFIG.neighbourhoodRadius), the edited booth alone and its neighbours as one group.
    const near = slotsNear(view.layout.slots, options.focusSlotId, P.neighbourhoodRadius);
    const slots = new Map(view.layout.slots.filter((s) => !near || near.has(s.id)).map((s) => [s.id, s]));
    const templates = new Map(view.boothTemplates.map((t) => [t.id, t]));
    const wanted = new Map<string, PreviewBoothEntry[]>();
    booths.clear();
    for (const booth of view.booths) {
      if (near && !near.has(booth.slotId)) continue;
      const slot = slots.get(booth.slotId);
      const template = templates.get(booth.design.templateId);
      if (!slot || !template) {
        events.emit('error', { message: `booth on slot ${booth.slotId} skipped: ${slot ? `no booth template "${booth.design.templateId}"` : 'no such slot'}` });
        continue;
      }
      const entry = { booth, slot, template };
      booths.set(slot.id, entry);
      const key = near && slot.id !== options.focusSlotId ? NEIGHBOURS : slot.id;
      const group = wanted.get(key);
      if (group) group.push(entry);
      else wanted.set(key, [entry]);
    }
    let rebuilt = 0;
    for (const [key, entries] of wanted) {
      const old = builds.get(key);
      if (old?.shows(entries)) continue;
      const focus = options.focusSlotId === undefined ? undefined : slots.get(options.focusSlotId);
      // Built before the old one goes: it takes over the old one's models and atlas, and shaders
      // shared by both are never left without a user (which would release them to be compiled again).
      builds.set(key, new PreviewBooth(entries, view, boothDeps(), focus, old));
      old?.dispose();
      rebuilt += entries.length;
    }
    for (const [key, build] of builds) {
      if (wanted.has(key)) continue;
      build.dispose();
      builds.delete(key);
    }
    return rebuilt;
  };

  // --- selection outline: one line mesh around every selected thing, always visible (even through a wall in front) ---
  const outline = new ReplaceableLines(scene, 'editor-selection', { renderingGroupId: 1 });
  const OUTLINE_COLOR = { normal: new Color3(1, 0.6, 0), error: new Color3(0.9, 0.1, 0.1) };
  let selection: readonly string[] = [];
  let tone: 'normal' | 'error' = 'normal';
  /** Item ids count only in this slot's booth (ids are unique within a booth, not across booths). */
  let selectionSlot: string | undefined;
  const drawSelection = () => {
    if (selection.length === 0) return outline.hide();
    const wanted = new Set(selection);
    const boxes: Aabb[] = [];
    for (const build of booths.values()) {
      if (selectionSlot !== undefined && build.slot.id !== selectionSlot) continue;
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
    outline.show(boxes.flatMap(boxEdges), OUTLINE_COLOR[tone]);
  };

  const apply = (next: HallView) => {
    const started = performance.now();
    view = next;
    const shellChanged = shell.show(view.layout, locale);
    tiles.show(view.layout, new Set(view.booths.map((b) => b.slotId)));
    const rebuilt = syncBooths();
    drawSelection();
    requestFrame();
    stats = { ...stats, rebuiltBooths: rebuilt, rebuiltShell: shellChanged, lastSetViewMs: performance.now() - started };
  };
  apply(initial);

  // --- gizmos on one booth item (booth editor only; see preview-gizmo.ts) ---
  const locateItem = (slotId: string, itemId: string) => {
    const build = booths.get(slotId);
    const item = build?.booth.design.items.find((i) => i.id === itemId);
    return build && item ? { slot: build.slot, template: build.template, item } : undefined;
  };
  const gizmo = options.gizmo ? createPreviewGizmo({ scene, camera, canvas, setCameraEnabled, locate: locateItem, onChanged: requestFrame }) : undefined;

  // --- camera aims ---
  const focusSlot = (slotId: string) => {
    const slot = view.layout.slots.find((s) => s.id === slotId);
    if (!slot) return;
    camera.setTarget(new Vector3(slot.x, 1, slot.z));
    camera.alpha = P.focusAlpha + (slot.rotation * Math.PI) / 180;
    camera.beta = P.focusBeta;
    camera.radius = Math.max(P.minRadius, Math.max(slot.width, slot.depth) * P.boothViewDistance + 2);
    requestFrame();
  };
  const focusHall = () => {
    const { width, depth } = view.layout.size;
    camera.setTarget(new Vector3(width / 2, 0, depth / 2));
    camera.alpha = -Math.PI / 2;
    camera.beta = 0.8;
    camera.radius = Math.max(width, depth) * 1.1;
    requestFrame();
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
  const pickItem = (clientX: number, clientY: number, slotId?: string) => {
    const { o, d } = ray(clientX, clientY);
    let best: { id: string; t: number } | undefined;
    for (const build of booths.values()) {
      if (slotId !== undefined && build.slot.id !== slotId) continue;
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
    const started = performance.now();
    // The loop has updated the camera already (inputs, inertia): not again.
    scene.render(false);
    frameEvent.at = performance.now();
    stats.lastRenderMs = frameEvent.at - started;
    stats.drawCalls = drawCounter?.current ?? 0;
    stats.activeMeshes = scene.getActiveMeshes().length;
    stats.activeTriangles = scene.getActiveIndices() / 3;
    events.emit('frame', frameEvent);
  };
  loop.start();
  // Render size: the device pixel ratio capped, the canvas held under a pixel budget (preview-render-size.ts).
  const fitRenderSize = () => {
    if (!ownEngine || typeof window === 'undefined') return;
    engine.setHardwareScalingLevel(previewScalingLevel(canvas.clientWidth, canvas.clientHeight, window.devicePixelRatio));
  };
  fitRenderSize();
  const onResize = () => {
    fitRenderSize();
    engine.resize();
    requestFrame();
  };
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
    setSelection(ids, nextTone = 'normal', slotId) {
      if (disposed) return;
      selection = [...ids];
      selectionSlot = slotId;
      tone = nextTone;
      drawSelection();
      requestFrame();
    },
    setCameraEnabled,
    gizmo,
    setLocale(next) {
      if (disposed || next === locale) return;
      locale = next;
      shell.setLocale(next);
      for (const build of builds.values()) build.setLocale(next);
      requestFrame();
    },
    requestFrame,
    on: (event, listener) => events.on(event, listener),
    stats: () => ({ ...stats, meshes: scene.meshes.length, frames: loop.frames }),
    dispose() {
      if (disposed) return;
      disposed = true;
      loop.stop();
      for (const type of pointerEvents) canvas.removeEventListener?.(type, onPointer);
      if (ownEngine && typeof window !== 'undefined') window.removeEventListener('resize', onResize);
      setCameraEnabled(false);
      gizmo?.dispose();
      outline.dispose();
      for (const build of builds.values()) build.dispose();
      builds.clear();
      booths.clear();
      shell.dispose();
      tiles.dispose();
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
