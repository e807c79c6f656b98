/**
 * engine/ — the 3D hall in the browser. This file is the one public door: named exports only,
 * and importing it does no work (no engine, no DOM access) until `createHallView` is called.
 */
export { createHallView, AVATAR_URL } from './hall-view';
export type { HallViewEvents, HallViewHandle, HallViewOptions, HallViewPhase, HallViewStats } from './hall-view-types';
export type { Pose } from './avatar/local-controller';
export type { RemoteAvatarState, RemoteAvatarsApi } from './avatar/remote-avatars';
export type { Listener } from './events';
export type { ProductOnScreen } from './interact/picking';
export type { ModelLoader } from './scene/load-glb';
export type { CanvasFactory, AtlasCanvas } from './hall/label-atlas';
export { ENGINE_CONFIG } from './config';

// Fixtures for tests, the dev harness and benchmarks (pure data; tree-shaken from the app).
export { buildHallFixture, SAMPLE_MODELS, type HallFixtureOptions } from './testing/hall-fixture';
export { syntheticGridLayout, syntheticInlineTemplate } from './testing/synthetic-hall';

// The room client (engine/net/, maintained separately): joins the hall room and reports other visitors.
export { HallRoomClient, type HallRoomClientOptions, type RemoteVisitor, type RoomStatus } from './net/hall-room-client';
