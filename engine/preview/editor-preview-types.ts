import type { AbstractEngine } from '@babylonjs/core/Engines/abstractEngine';
import type { HallView, Locale } from '../../model';
import type { Listener } from '../events';
import type { CanvasFactory } from '../hall/label-atlas';
import type { ModelLoader } from '../scene/load-glb';
import type { PreviewGizmo } from './preview-gizmo';

export interface EditorPreviewOptions {
  locale: Locale;
  /** Render with this engine (NullEngine in tests); the caller disposes it. */
  engine?: AbstractEngine;
  createCanvas?: CanvasFactory;
  /** Load product GLBs onto their stands (default true); tests turn it off. */
  loadModels?: boolean;
  loadModel?: ModelLoader;
  assetBaseUrl?: string;
  /**
   * Start looking at this slot (else at the whole hall). The preview then builds only the booths
   * within `PREVIEW_CONFIG.neighbourhoodRadius` of it: the exhibitor edits one booth.
   */
  focusSlotId?: string;
  /** Offer move/rotate/scale gizmos on one booth item (the booth editor). */
  gizmo?: boolean;
}

export interface EditorPreviewEvents {
  /** A frame was drawn; `at` is `performance.now()` after drawing. The object is reused: copy what you keep. */
  frame: { at: number };
  /** Something failed but the preview goes on (a product model that did not load, a booth on a missing slot). */
  error: { message: string };
}

export interface EditorPreviewStats {
  /** Booths rebuilt by the last `setView` (the rest were kept). */
  rebuiltBooths: number;
  /** Whether the last `setView` rebuilt the hall shell. */
  rebuiltShell: boolean;
  /** Milliseconds the last `setView` took. */
  lastSetViewMs: number;
  meshes: number;
  drawCalls: number;
  /** Frames drawn so far: the preview draws only when something changed or the camera moved. */
  frames: number;
  /** Milliseconds of script the last frame took (culling, uniforms, draw calls; not the GPU's work). */
  lastRenderMs: number;
  /** Meshes and triangles the last frame drew. */
  activeMeshes: number;
  activeTriangles: number;
}

/** The editors' 3D view: the visitor's renderer with an orbit camera, picking and a selection outline. */
export interface EditorPreview {
  /** Shows another version of the hall: rebuilds only the booths (and shell) whose data changed, by reference. */
  setView(view: HallView): void;
  /** Points the camera at a slot from a three-quarter view. */
  focusSlot(slotId: string): void;
  /** Points the camera at the whole hall. */
  focusHall(): void;
  /** The hall floor point (y = 0) under a pointer (client px), or undefined when the ray misses the floor. */
  pickFloor(clientX: number, clientY: number): { x: number; z: number } | undefined;
  /** The nearest booth item under a pointer; only `slotId`'s booth when given (item ids repeat across booths). */
  pickItem(clientX: number, clientY: number, slotId?: string): string | undefined;
  /** The slot whose footprint is under a pointer (the floor point inside it). */
  pickSlot(clientX: number, clientY: number): string | undefined;
  /** Where a hall point shows on the page (client px), or undefined when it is behind the camera. */
  clientPointOf(x: number, y: number, z: number): { x: number; y: number } | undefined;
  /**
   * Outlines these items (booth item ids or slot ids); `error` draws the outline red (a move that
   * is not allowed). With `slotId`, item ids are looked up in that slot's booth only: item ids are
   * unique within a booth, so another booth's same-named item is not outlined.
   */
  setSelection(ids: readonly string[], tone?: 'normal' | 'error', slotId?: string): void;
  /** Lets the pointer orbit, pan and zoom the camera, or not (while a tool drags something). */
  setCameraEnabled(enabled: boolean): void;
  /** The item gizmos, when asked for in the options. */
  readonly gizmo: PreviewGizmo | undefined;
  setLocale(locale: Locale): void;
  /** Draws a frame soon: for a change the preview cannot see (it draws on demand, not every frame). */
  requestFrame(): void;
  on<K extends keyof EditorPreviewEvents>(event: K, listener: Listener<EditorPreviewEvents[K]>): () => void;
  stats(): EditorPreviewStats;
  /** Frees every mesh, texture, listener and the engine it made. */
  dispose(): void;
}
