/**
 * engine/ — the 3D hall in the browser. This file is the one public door: named exports only,
 * and importing it does no work (no engine, no DOM access) until `createHallView` is called.
 */
export { createHallView, AVATAR_URL } from './hall-view';
export type { HallViewEvents, HallViewHandle, HallViewOptions, HallViewPhase, HallViewStats } from './hall-view-types';
export type { Pose, CameraMode, WalkEnd } from './avatar/local-controller';
export type { RemoteAvatarState, RemoteAvatarsApi } from './avatar/remote-avatars';
export type { Listener } from './events';
export type { ProductOnScreen } from './interact/picking';
export type { BoothRef, InteractionTarget, ProductRef, ScreenRef } from './interact/interaction-targets';
export type { XRState } from './xr/xr-support';
export type { XRPointerRay } from './xr/xr-session';
export type { ModelLoader } from './scene/load-glb';
export type { CanvasFactory, AtlasCanvas } from './hall/label-atlas';
export { ENGINE_CONFIG } from './config';

// The editors' 3D preview (booth and hall editors): the same builders with an orbit camera and picking.
export { createEditorPreview } from './preview/create-editor-preview';
export type { EditorPreview, EditorPreviewEvents, EditorPreviewOptions, EditorPreviewStats } from './preview/editor-preview-types';
export { boothToHall, hallToBooth, itemWorldBoxes, boundsOf, type Aabb } from './preview/preview-geometry';
export { PREVIEW_CONFIG } from './preview/preview-config';
export type { GizmoDragEvent, GizmoHandle, GizmoMode, GizmoPose, PreviewGizmo, PreviewGizmoEvents } from './preview/preview-gizmo';

// Fixtures for tests, the dev harness and benchmarks (pure data; tree-shaken from the app).
export { buildHallFixture, SAMPLE_MODELS, type HallFixtureOptions } from './testing/hall-fixture';
export { syntheticGridLayout, syntheticInlineTemplate } from './testing/synthetic-hall';
export { stressHallView, stressBoothTemplate, STRESS_HALL } from './testing/stress-hall';
// The render benchmark's naive builder (bench page only; tree-shaken from the app pages).
export { createNaiveHallView, type NaiveHallView, type NaiveHallOptions, type NaiveHallStats } from './testing/naive-hall';

// The room client (engine/net/, maintained separately): joins the hall room and reports other visitors.
export { HallRoomClient, type HallRoomClientOptions, type RemoteVisitor, type RoomStatus } from './net/hall-room-client';
