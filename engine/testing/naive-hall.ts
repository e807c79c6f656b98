import type { AbstractEngine } from '@babylonjs/core/Engines/abstractEngine';
import type { AssetContainer } from '@babylonjs/core/assetContainer';
import { UniversalCamera } from '@babylonjs/core/Cameras/universalCamera';
import type { Material } from '@babylonjs/core/Materials/material';
import { StandardMaterial } from '@babylonjs/core/Materials/standardMaterial';
import { DynamicTexture } from '@babylonjs/core/Materials/Textures/dynamicTexture';
import { Color3 } from '@babylonjs/core/Maths/math.color';
import { Vector3 } from '@babylonjs/core/Maths/math.vector';
import { CreatePlane } from '@babylonjs/core/Meshes/Builders/planeBuilder';
import { Mesh } from '@babylonjs/core/Meshes/mesh';
import { VertexData } from '@babylonjs/core/Meshes/mesh.vertexData';
import { TransformNode } from '@babylonjs/core/Meshes/transformNode';
import type { PerfCounter } from '@babylonjs/core/Misc/perfCounter';
import type { Scene } from '@babylonjs/core/scene';
import type { HallView, Locale } from '../../model';
import { AVATAR_BODY_MATERIAL, type RemoteAvatarState } from '../avatar/remote-avatars';
import { boothGeometry } from '../booth/booth-geometry';
import { plinthFor, type ModelSize } from '../booth/product-placement';
import { ENGINE_CONFIG } from '../config';
import { boxesToMeshData } from '../geometry/mesh-data';
import type { WorldBox } from '../geometry/world-box';
import { hallGeometry } from '../hall/hall-geometry';
import { createLabelAtlas, defaultCanvasFactory, type CanvasFactory } from '../hall/label-atlas';
import { createEngine, createHallScene } from '../scene/create-engine';
import type { ModelLoader } from '../scene/load-glb';
import { loadGlb, resolveAssetUrl } from '../scene/load-glb';
import { createStaticMaterials } from '../scene/static-materials';

export interface NaiveHallOptions {
  locale: Locale;
  assetBaseUrl?: string;
  engine?: AbstractEngine;
  loadModel?: ModelLoader;
  createCanvas?: CanvasFactory;
  /** The avatar model's URL (same-origin path). */
  avatarUrl: string;
}

export interface NaiveHallStats {
  drawCalls: number;
  activeMeshes: number;
  meshes: number;
  /** Mean CPU time (ms) of one `scene.render()` over the last 30 frames. */
  renderCpuMs: number;
}

/** The naive hall: the same hall drawn the obvious way, for the render benchmark to compare with. */
export interface NaiveHallView {
  /** Resolves when every mesh exists (all models loaded and cloned). */
  readonly ready: Promise<void>;
  /** Resolves after the first frame (the hall shell only). */
  readonly firstFrame: Promise<void>;
  setPose(pose: { x: number; z: number; yaw: number }): void;
  upsertAvatar(id: string, state: RemoteAvatarState): void;
  stats(): NaiveHallStats;
  dispose(): void;
}

const DEG = Math.PI / 180;
const RENDER_WINDOW = 30;

/**
 * The same hall as `createHallView` builds (the same pure geometry, models and avatars) built
 * the obvious way: one mesh per box, per label, per plinth and per product (each product a
 * clone of its glTF hierarchy), every avatar a full body with its own name-tag texture; no
 * merging, no thin instances, no LOD, nothing frozen. Materials are shared per finish and labels
 * share one atlas, as a careful naive build would do, so the comparison does not flatter the
 * engine. Benchmark only: it never ships in a page.
 */
export function createNaiveHallView(canvas: HTMLCanvasElement, view: HallView, options: NaiveHallOptions): NaiveHallView {
  const ownEngine = !options.engine;
  const engine = options.engine ?? createEngine(canvas);
  const scene = createHallScene(engine);
  const load = options.loadModel ?? loadGlb;
  const createCanvas = options.createCanvas ?? defaultCanvasFactory;
  const camera = new UniversalCamera('naive-eye', new Vector3(0, ENGINE_CONFIG.visitor.eyeHeight, 0), scene);
  camera.minZ = 0.1;
  camera.maxZ = 500;
  scene.activeCamera = camera;
  const materials = createStaticMaterials(scene);
  const made: Material[] = [];
  const textures: DynamicTexture[] = [];
  const containers: AssetContainer[] = [];

  const hall = hallGeometry(view.layout);
  const booths = boothGeometry(view);
  let count = 0;
  const boxMesh = (box: WorldBox, material: Material) => {
    const mesh = new Mesh(`naive-box-${count++}`, scene);
    const data = boxesToMeshData([{ ...box, x: 0, y: 0, z: 0, yaw: 0 }]);
    const vd = new VertexData();
    vd.positions = data.positions;
    vd.normals = data.normals;
    vd.indices = data.indices;
    if (data.colors) vd.colors = data.colors;
    vd.applyToMesh(mesh, false);
    mesh.useVertexColors = true;
    mesh.material = material;
    mesh.isPickable = false;
    mesh.position.set(box.x, box.y, box.z);
    mesh.rotation.y = box.yaw;
    return mesh;
  };
  for (const b of [...hall.floor, ...hall.carpets, ...hall.walls]) boxMesh(b, materials.matte);
  for (const b of [...hall.stages, ...hall.signs]) boxMesh(b, materials.satin);
  const atlas = createLabelAtlas(scene, [...hall.labels, ...booths.labels], options.locale, createCanvas);
  for (const label of hall.labels) atlas.buildMesh(`naive-label-${label.key}`, [label]);

  const drawCounter = (engine as { _drawCalls?: PerfCounter })._drawCalls;
  let drawCalls = 0;
  const renderMs = new Float64Array(RENDER_WINDOW);
  let frames = 0;
  const frame = () => {
    drawCounter?.fetchNewFrame();
    const t0 = performance.now();
    scene.render();
    renderMs[frames++ % RENDER_WINDOW] = performance.now() - t0;
    drawCalls = drawCounter?.current ?? 0;
  };
  engine.runRenderLoop(frame);
  const firstFrame = new Promise<void>((resolve) => scene.onAfterRenderObservable.addOnce(() => resolve()));

  const avatarRoots = new Map<string, TransformNode>();
  let avatarModel: AssetContainer | undefined;
  const pendingAvatars = new Map<string, RemoteAvatarState>();

  const build = async () => {
    await firstFrame;
    const p = booths.parts;
    for (const b of [...p.wall, ...p.platform, ...p.decor]) boxMesh(b, materials.matte);
    for (const b of [...p.fascia, ...p.counter, ...p.shelf]) boxMesh(b, materials.satin);
    for (const b of p.screen) boxMesh(b, materials.screen);
    for (const label of booths.labels) atlas.buildMesh(`naive-label-${label.key}`, [label]);
    const plinths = booths.plinths.map((b) => ({ ...b }));
    const urls = [...new Set(booths.products.flatMap((x) => (x.glbUrl ? [x.glbUrl] : [])))];
    for (const url of urls) {
      const container = await load(resolveAssetUrl(url, options.assetBaseUrl), scene);
      containers.push(container);
      const size = modelSize(container);
      for (const placement of booths.products.filter((x) => x.glbUrl === url)) {
        const plinth = placement.plinth >= 0 ? plinthFor(size, placement.scale) : undefined;
        const box = plinths[placement.plinth];
        if (plinth && box) Object.assign(box, plinth);
        const holder = new TransformNode(`naive-product-${placement.productId}`, scene);
        holder.position.set(placement.x, placement.y + (plinth?.height ?? 0), placement.z);
        holder.rotation.y = placement.yawDeg * DEG;
        holder.scaling.setAll(placement.scale);
        const clone = container.instantiateModelsToScene((n) => `${placement.productId}-${n}`, false, { doNotInstantiate: true });
        for (const node of clone.rootNodes) node.parent = holder;
      }
    }
    for (const b of plinths) boxMesh(b, materials.satin);
    avatarModel = await load(resolveAssetUrl(options.avatarUrl, options.assetBaseUrl), scene);
    for (const [id, state] of pendingAvatars) addAvatar(id, state);
    pendingAvatars.clear();
  };

  const addAvatar = (id: string, state: RemoteAvatarState) => {
    const root = new TransformNode(`naive-avatar-${id}`, scene);
    avatarRoots.set(id, root);
    const body = avatarModel?.instantiateModelsToScene((n) => `${id}-${n}`, false, { doNotInstantiate: true }).rootNodes[0];
    if (body) {
      body.parent = root;
      for (const mesh of body.getChildMeshes(false)) {
        if (mesh.material?.name !== AVATAR_BODY_MATERIAL) continue;
        const own = mesh.material.clone(`naive-body-${id}`);
        if (!own) continue;
        (own as Material & { albedoColor?: Color3 }).albedoColor = Color3.FromHexString(state.color).toLinearSpace();
        made.push(own);
        mesh.material = own;
      }
    }
    // One texture and material per name tag: what a first version of name tags does.
    const texture = new DynamicTexture(`naive-tag-${id}`, createCanvas(256, 64) as never, scene, true);
    const ctx = texture.getContext() as CanvasRenderingContext2D;
    ctx.fillStyle = 'rgba(15, 25, 45, 0.72)';
    ctx.fillRect(0, 8, 256, 48);
    ctx.font = `600 30px ${ENGINE_CONFIG.atlas.fontStack}`;
    ctx.fillStyle = '#ffffff';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(state.name, 128, 33);
    texture.update(true);
    texture.hasAlpha = true;
    textures.push(texture);
    const material = new StandardMaterial(`naive-tag-${id}`, scene);
    material.diffuseTexture = texture;
    material.useAlphaFromDiffuseTexture = true;
    material.disableLighting = true;
    material.emissiveColor = Color3.White();
    made.push(material);
    const tag = CreatePlane(`naive-tag-${id}`, { width: 0.9, height: 0.225 }, scene);
    tag.material = material;
    tag.parent = root;
    tag.position.y = ENGINE_CONFIG.remote.nameTagHeight;
    tag.billboardMode = Mesh.BILLBOARDMODE_ALL;
    placeAvatar(root, state);
  };

  const ready = build();
  ready.catch(() => undefined);

  return {
    ready,
    firstFrame,
    setPose(pose) {
      camera.position.set(pose.x, ENGINE_CONFIG.visitor.eyeHeight, pose.z);
      camera.rotation.set(0, pose.yaw * DEG, 0);
    },
    upsertAvatar(id, state) {
      const root = avatarRoots.get(id);
      if (root) placeAvatar(root, state);
      else if (avatarModel) addAvatar(id, state);
      else pendingAvatars.set(id, state);
    },
    stats() {
      const n = Math.min(frames, RENDER_WINDOW);
      let sum = 0;
      for (let i = 0; i < n; i++) sum += renderMs[i]!;
      return { drawCalls, activeMeshes: scene.getActiveMeshes().length, meshes: scene.meshes.length, renderCpuMs: n > 0 ? sum / n : 0 };
    },
    dispose() {
      engine.stopRenderLoop(frame);
      for (const m of made) m.dispose(true, true);
      for (const t of textures) t.dispose();
      for (const c of containers) c.dispose();
      avatarModel?.dispose();
      atlas.dispose();
      materials.dispose();
      scene.dispose();
      if (ownEngine) engine.dispose();
    },
  };
}

/** Avatars jump to each pose: the naive build has no interpolation (it is not what is measured). */
function placeAvatar(root: TransformNode, state: RemoteAvatarState): void {
  root.position.set(state.x, 0, state.z);
  root.rotation.y = state.yaw * DEG;
}

/** A model's bounding-box size as loaded (glTF root transform included). */
function modelSize(container: AssetContainer): ModelSize | undefined {
  const root = container.meshes[0];
  if (!root) return undefined;
  for (const m of container.meshes) m.computeWorldMatrix(true);
  const { min, max } = root.getHierarchyBoundingVectors(true);
  return { width: max.x - min.x, height: max.y - min.y, depth: max.z - min.z };
}
