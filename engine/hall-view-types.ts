import type { AbstractEngine } from '@babylonjs/core/Engines/abstractEngine';
import type { Locale } from '../model';
import type { Pose } from './avatar/local-controller';
import type { RemoteAvatarsApi } from './avatar/remote-avatars';
import type { Listener } from './events';
import type { CanvasFactory } from './hall/label-atlas';
import type { ModelLoader } from './scene/load-glb';
import type { ProductOnScreen } from './interact/picking';

/** Building phases, in order: floor and walls, booths, product models, finished. */
export type HallViewPhase = 'shell' | 'booths' | 'products' | 'done';

/** Events a hall view emits, by name. */
export interface HallViewEvents {
  /** Building progress: `loaded` of `total` units of the current phase (booths, model files…). */
  progress: { phase: HallViewPhase; loaded: number; total: number };
  /** The visitor tapped a product model. */
  productSelected: { productId: string; exhibitorId: string };
  /** The local visitor moved or turned; at most every 100 ms. */
  poseChanged: Pose;
  /** Something failed but the hall goes on (a model that did not load); `ready` rejects only when building itself failed. */
  error: { message: string };
}

export interface HallViewStats {
  /** Draw calls of the last frame (0 on engines that do not count them). */
  drawCalls: number;
  activeMeshes: number;
  meshes: number;
  fps: number;
}

export interface HallViewOptions {
  /** Which names fascias and signs show. */
  locale: Locale;
  /** Prefix for same-origin asset paths (`/assets/models/x.glb`): a CDN or another static host. */
  assetBaseUrl?: string;
  /** Load product and avatar models (default true). Tests and benchmarks may turn it off. */
  loadModels?: boolean;
  /** Render with this engine instead of a WebGL engine on the canvas (NullEngine in tests). The caller disposes it. */
  engine?: AbstractEngine;
  /** How model files are loaded (default: the glTF loader, imported after the first frame). */
  loadModel?: ModelLoader;
  /** How text canvases are made (default: DOM canvas); Node tests pass a stub. */
  createCanvas?: CanvasFactory;
  /** Where keyboard events are heard (default: `window`; `null` for none). */
  keyTarget?: EventTarget | null;
}

/** What `createHallView` returns: commands and events of one hall on one canvas. */
export interface HallViewHandle {
  /** Resolves when every phase is done (failed models are reported as `error` events, not here). */
  readonly ready: Promise<void>;
  on<K extends keyof HallViewEvents>(event: K, listener: Listener<HallViewEvents[K]>): () => void;
  off<K extends keyof HallViewEvents>(event: K, listener: Listener<HallViewEvents[K]>): void;
  /** The local visitor's pose in model coordinates (yaw: degrees clockwise from north). */
  getPose(): Pose;
  /** Teleports the local visitor (pushed out of walls if needed). */
  setPose(pose: Pose): void;
  /** Other visitors, fed by the room client. */
  readonly remoteAvatars: RemoteAvatarsApi;
  /** Redraws every name in another locale. */
  setLocale(locale: Locale): void;
  stats(): HallViewStats;
  /** Products a tap would select now, each with a canvas point (CSS px) that hits it. Samples the canvas: not per frame. */
  productsOnScreen(): ProductOnScreen[];
  /** Frees every mesh, material, texture, observer and listener, stops rendering and disposes the engine it made. */
  dispose(): void;
}
