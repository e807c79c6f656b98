import { NullEngine } from '@babylonjs/core/Engines/nullEngine';
import { PointerEventTypes, PointerInfoPre } from '@babylonjs/core/Events/pointerEvents';
import { Quaternion, Vector3 } from '@babylonjs/core/Maths/math.vector';
import type { Scene } from '@babylonjs/core/scene';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HallView, PlacedBooth } from '../../model';
import { buildHallFixture } from '../testing/hall-fixture';
import { CountingTarget, stubCanvas } from '../testing/headless';
import { syntheticGridLayout, syntheticInlineTemplate } from '../testing/synthetic-hall';
import { createEditorPreview } from './create-editor-preview';
import type { EditorPreview } from './editor-preview-types';
import { gizmoNodeTransforms, poseFromNodes, type GizmoDragEvent, type GizmoHandle, type PreviewGizmo } from './preview-gizmo';

describe('gizmo pose ↔ nodes', () => {
  it('reads back the pose it shows for every slot rotation, stretched slots included', () => {
    const template = syntheticInlineTemplate();
    for (const rotation of [0, 90, 180, 270] as const) {
      const slot = { id: 's', label: 'S', kind: 'inline' as const, x: 10, z: 20, width: 3, depth: 4, rotation };
      const pose = { x: 0.7, y: 1.5, z: -1.1, yaw: 202.5, scale: 1.35 };
      const t = gizmoNodeTransforms(slot, template, pose);
      const place = new Vector3(t.place.x, t.place.y, t.place.z);
      const back = poseFromNodes(slot, template, place, Quaternion.RotationYawPitchRoll(t.item.yawRad, 0, 0), new Vector3(t.item.scale, t.item.scale, t.item.scale));
      expect(back.x).toBeCloseTo(pose.x, 5);
      expect(back.z).toBeCloseTo(pose.z, 5);
      expect(back).toMatchObject({ y: 1.5, yaw: 202.5, scale: 1.35 });
    }
  });
});

describe('createPreviewGizmo in the editor preview (NullEngine, pointer events through the scene)', () => {
  let engine: NullEngine;
  let preview: EditorPreview | undefined;
  let view: HallView;
  let booth: PlacedBooth;
  let scene: Scene;

  beforeEach(() => {
    engine = new NullEngine({ renderWidth: 1280, renderHeight: 720, textureSize: 512, deterministicLockstep: false, lockstepMaxSteps: 1 });
    view = buildHallFixture(syntheticGridLayout(), [syntheticInlineTemplate()]);
    booth = view.booths[0]!;
  });
  afterEach(() => {
    preview?.dispose();
    engine.dispose();
  });

  const open = () => {
    preview = createEditorPreview(new CountingTarget() as unknown as HTMLCanvasElement, view, { locale: 'en', engine, loadModels: false, createCanvas: stubCanvas, gizmo: true, focusSlotId: booth.slotId });
    scene = engine.scenes[0]!;
    scene.render();
    return { p: preview, g: preview.gizmo! };
  };
  const stand = () => booth.design.items.find((i) => i.id === 'stand-1')!;

  /** What the browser's pointer events become in the scene: the utility layer listens to these. */
  const send = (type: number, x: number, y: number, pointerId = 7) => {
    const s = scene as unknown as { pointerX: number; pointerY: number };
    s.pointerX = x;
    s.pointerY = y;
    const event = { pointerId, button: type === PointerEventTypes.POINTERMOVE ? -1 : 0, pointerType: 'touch', clientX: x, clientY: y, type: 'pointer' } as never;
    scene.onPrePointerObservable.notifyObservers(new PointerInfoPre(type, event, x, y), type);
  };
  const drag = (g: PreviewGizmo, handle: GizmoHandle, dx: number, dy: number, during?: () => void) => {
    const from = g.handlePoint(handle);
    expect(from, `${handle} handle on screen`).toBeDefined();
    send(PointerEventTypes.POINTERDOWN, from!.x, from!.y);
    for (let k = 1; k <= 10; k++) send(PointerEventTypes.POINTERMOVE, from!.x + (dx * k) / 10, from!.y + (dy * k) / 10);
    during?.();
    send(PointerEventTypes.POINTERUP, from!.x + dx, from!.y + dy);
  };
  const record = (g: PreviewGizmo) => {
    const seen: { kind: string; e: GizmoDragEvent }[] = [];
    g.on('dragStart', (e) => seen.push({ kind: 'start', e }));
    g.on('drag', (e) => seen.push({ kind: 'drag', e }));
    g.on('dragEnd', (e) => seen.push({ kind: 'end', e }));
    return seen;
  };

  it('shows only the handles of its mode on the attached item, finds them under the pointer, and hides when detached', () => {
    const { g } = open();
    expect(g.handlePoint('x')).toBeUndefined();
    g.attach({ slotId: booth.slotId, itemId: 'stand-1' });
    scene.render();
    for (const h of ['x', 'z', 'floor'] as const) {
      const at = g.handlePoint(h)!;
      expect(g.handleAt(at.x, at.y)).toBe(h);
    }
    expect(g.handlePoint('yaw')).toBeUndefined();
    g.setMode('rotate');
    scene.render();
    const ring = g.handlePoint('yaw')!;
    expect(g.handleAt(ring.x, ring.y)).toBe('yaw');
    g.setMode('scale');
    scene.render();
    const knob = g.handlePoint('scale')!;
    expect(g.handleAt(knob.x, knob.y)).toBe('scale');
    expect(g.handleAt(5, 5)).toBeUndefined();
    g.attach(undefined);
    expect(g.target).toBeUndefined();
    expect(g.handleAt(knob.x, knob.y)).toBeUndefined();
    g.attach({ slotId: booth.slotId, itemId: 'no-such-item' });
    expect(g.target).toBeUndefined();
  });

  it('a touch drag on the across arrow moves the item in 0.1 m steps along the booth, holding the camera still until release', () => {
    const { g } = open();
    const camera = scene.activeCamera!;
    g.attach({ slotId: booth.slotId, itemId: 'stand-1' });
    scene.render();
    const seen = record(g);
    let cameraDuring: boolean | undefined;
    drag(g, 'x', 120, 0, () => {
      cameraDuring = camera.inputs.attachedToElement;
      // The item stays where the drag put it, whatever the preview shows meanwhile.
      g.attach({ slotId: booth.slotId, itemId: 'stand-2' });
    });
    expect(cameraDuring).toBe(false);
    expect(camera.inputs.attachedToElement).toBe(true);
    expect(seen[0]!.kind).toBe('start');
    expect(seen.filter((s) => s.kind === 'end')).toHaveLength(1);
    const end = seen.at(-1)!.e;
    expect(end).toMatchObject({ slotId: booth.slotId, itemId: 'stand-1', mode: 'move' });
    const dx = end.pose.x - stand().x;
    expect(Math.abs(dx)).toBeGreaterThan(0.15);
    expect(Math.abs(dx / 0.1 - Math.round(dx / 0.1))).toBeLessThan(1e-3);
    expect(end.pose).toMatchObject({ z: stand().z, y: stand().y, yaw: stand().yaw, scale: 1 });
    for (const s of seen) expect(s.e.pose.z).toBe(stand().z);
  });

  it('the ring turns the item in 15° steps and the knob scales it uniformly', () => {
    const { g } = open();
    g.setSnap({ move: 0.1, yawDeg: 15 });
    g.attach({ slotId: booth.slotId, itemId: 'stand-1' });
    g.setMode('rotate');
    scene.render();
    const turned = record(g);
    drag(g, 'yaw', 150, 40);
    const yaw = turned.at(-1)!.e.pose;
    expect(yaw).toMatchObject({ x: stand().x, z: stand().z, scale: 1 });
    expect(yaw.yaw).not.toBe(stand().yaw);
    expect(Math.abs(yaw.yaw / 15 - Math.round(yaw.yaw / 15))).toBeLessThan(1e-3);

    g.attach({ slotId: booth.slotId, itemId: 'stand-1' });
    g.setMode('scale');
    scene.render();
    const scaled = record(g);
    drag(g, 'scale', 0, -80);
    const grown = scaled.at(-1)!.e.pose;
    expect(grown.scale).toBeGreaterThan(1.05);
    expect(grown).toMatchObject({ x: stand().x, z: stand().z, yaw: stand().yaw });
  });

  it('goes with the preview: no scene, mesh or node left after dispose', () => {
    const { p, g } = open();
    g.attach({ slotId: booth.slotId, itemId: 'stand-1' });
    scene.render();
    // The gizmos' utility layer (and Babylon's drag-plane scene, freed with it) are virtual scenes of the same engine.
    const virtualScenes = (engine as unknown as { _virtualScenes: Scene[] })._virtualScenes;
    expect(virtualScenes.length).toBeGreaterThan(0);
    p.dispose();
    preview = undefined;
    expect(virtualScenes).toHaveLength(0);
    expect(engine.scenes).toHaveLength(0);
    expect(scene.transformNodes).toHaveLength(0);
    expect(scene.meshes).toHaveLength(0);
  });
});
