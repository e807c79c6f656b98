import { NullEngine } from '@babylonjs/core/Engines/nullEngine';
import type { Scene } from '@babylonjs/core/scene';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHallView } from '../hall-view';
import type { HallViewEvents, HallViewHandle } from '../hall-view-types';
import { buildHallFixture } from '../testing/hall-fixture';
import { boxModelLoader, CountingTarget, stubCanvas } from '../testing/headless';
import { syntheticGridLayout, syntheticInlineTemplate } from '../testing/synthetic-hall';

/** A pointer event as a browser would send it (Node has no PointerEvent). */
function pointer(type: string, x: number, y: number, extra: Record<string, unknown> = {}): Event {
  return Object.assign(new Event(type), { clientX: x, clientY: y, pointerId: 1, pointerType: 'mouse', button: 0, buttons: 0, ...extra });
}

describe('hall interaction (NullEngine)', () => {
  let engine: NullEngine;
  let canvas: CountingTarget;
  let handle: HallViewHandle;
  let scene: Scene;
  const view = buildHallFixture(syntheticGridLayout(), [syntheticInlineTemplate()]);
  const slot = view.layout.slots[0]!; // a-01, open front toward -z

  beforeEach(async () => {
    engine = new NullEngine({ renderWidth: 1280, renderHeight: 720, textureSize: 512, deterministicLockstep: false, lockstepMaxSteps: 1 });
    canvas = new CountingTarget();
    handle = createHallView(canvas as unknown as HTMLCanvasElement, view, {
      locale: 'en',
      engine,
      loadModel: boxModelLoader(),
      createCanvas: stubCanvas,
      keyTarget: null,
    });
    scene = engine.scenes[0]!;
    await handle.ready;
  });
  afterEach(() => {
    handle.dispose();
    engine.dispose();
  });

  /** Resolves with the next `event` payload the hall view emits. */
  function next<K extends keyof HallViewEvents>(event: K): Promise<HallViewEvents[K]> {
    return new Promise((resolve) => {
      const off = handle.on(event, (p) => {
        off();
        resolve(p);
      });
    });
  }

  function tap(x: number, y: number) {
    canvas.dispatchEvent(pointer('pointerdown', x, y, { buttons: 1 }));
    canvas.dispatchEvent(pointer('pointerup', x, y));
  }

  /** Stand in the aisle in front of booth a-01, looking at it (north). */
  async function faceBooth() {
    handle.setPose({ x: slot.x, z: slot.z - 4, yaw: 0 });
    await new Promise<void>((resolve) => scene.onAfterRenderObservable.addOnce(() => resolve()));
  }

  it('a tap on a product selects it; a tap on the booth behind selects the booth', async () => {
    await faceBooth();
    const products = handle.productsOnScreen();
    const own = products.find((p) => p.exhibitorId === `exhibitor-${slot.id}`);
    expect(own, 'a product of booth a-01 in view').toBeDefined();
    const selected = next('productSelected');
    tap(own!.x, own!.y);
    expect(await selected).toEqual({ productId: own!.productId, exhibitorId: own!.exhibitorId });

    // The view's centre, at eye height, looks over the products at the booth's back wall.
    const booth = next('boothSelected');
    tap(640, 360);
    expect(await booth).toEqual({ slotId: slot.id, boothId: view.booths[0]!.design.id, exhibitorId: `exhibitor-${slot.id}` });
  });

  it('a drag is not a tap', async () => {
    await faceBooth();
    const seen: string[] = [];
    handle.on('boothSelected', () => seen.push('booth'));
    canvas.dispatchEvent(pointer('pointerdown', 640, 360, { buttons: 1 }));
    canvas.dispatchEvent(pointer('pointermove', 700, 360, { buttons: 1 }));
    canvas.dispatchEvent(pointer('pointerup', 700, 360));
    expect(seen).toEqual([]);
    await faceBooth(); // the drag turned the view
    tap(640, 360);
    expect(seen).toEqual(['booth']);
  });

  it('hover: one pick per interval whatever the mouse does, an outline while something is hovered', async () => {
    await faceBooth();
    const target = handle.productsOnScreen().find((p) => p.exhibitorId === `exhibitor-${slot.id}`)!;
    let picks = 0;
    const pickWithRay = scene.pickWithRay.bind(scene);
    scene.pickWithRay = (...args: Parameters<Scene['pickWithRay']>) => {
      picks++;
      return pickWithRay(...args);
    };
    const hovered = next('productHovered');
    for (let i = 0; i < 50; i++) canvas.dispatchEvent(pointer('pointermove', target.x + (i % 2), target.y));
    expect(picks).toBe(0); // nothing picked on the events themselves
    expect(await hovered).toEqual({ productId: target.productId, exhibitorId: target.exhibitorId });
    expect(picks).toBe(1);
    const outline = scene.getMeshByName('hover-outline')!;
    expect(outline.isEnabled()).toBe(true);
    // The outline surrounds the product: the ray's product point lies inside it.
    const { minimumWorld: min, maximumWorld: max } = outline.getBoundingInfo().boundingBox;
    expect(max.y - min.y).toBeGreaterThan(0.4); // the 0.5 m test model, not the whole booth
    expect(max.y - min.y).toBeLessThan(1);

    // No moves, no picks, however many frames pass.
    const before = picks;
    for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => scene.onAfterRenderObservable.addOnce(() => resolve()));
    expect(picks).toBe(before);

    // Off the product (up into the hall's roof space): the outline goes.
    const cleared = next('hoverChanged');
    canvas.dispatchEvent(pointer('pointermove', 640, 5));
    expect((await cleared).target?.kind).not.toBe('product');
    const back = next('productHovered');
    canvas.dispatchEvent(pointer('pointermove', target.x, target.y));
    expect(await back).toEqual({ productId: target.productId, exhibitorId: target.exhibitorId });
    expect(outline.isEnabled()).toBe(true);
    // The pointer leaves the canvas: hover ends at once.
    const gone: unknown[] = [];
    handle.on('productHovered', (p) => gone.push(p));
    canvas.dispatchEvent(pointer('pointerleave', 0, 0));
    expect(gone).toEqual([null]);
    expect(outline.isEnabled()).toBe(false);
  });

  it('touch and drags do not hover', async () => {
    await faceBooth();
    const seen: unknown[] = [];
    handle.on('hoverChanged', (e) => seen.push(e));
    canvas.dispatchEvent(pointer('pointermove', 640, 360, { pointerType: 'touch' }));
    canvas.dispatchEvent(pointer('pointermove', 640, 360, { buttons: 1 }));
    for (let i = 0; i < 3; i++) await new Promise<void>((resolve) => scene.onAfterRenderObservable.addOnce(() => resolve()));
    expect(seen).toEqual([]);
  });

  it('reports entering and leaving a booth, with the dwell time, and a visit cut short by dispose', async () => {
    const entered = next('boothEntered');
    handle.setPose({ x: slot.x, z: slot.z - slot.depth / 2 + 0.4, yaw: 0 });
    const booth = { slotId: slot.id, boothId: view.booths[0]!.design.id, exhibitorId: `exhibitor-${slot.id}` };
    expect(await entered).toEqual(booth);
    expect(handle.currentBooth()).toEqual(booth);
    const left = next('boothLeft');
    const t0 = Date.now();
    handle.setPose({ x: slot.x, z: slot.z - slot.depth / 2 - 2, yaw: 0 });
    const leave = await left;
    expect(leave).toMatchObject(booth);
    expect(leave.dwellMs).toBeGreaterThanOrEqual(0);
    expect(leave.dwellMs).toBeLessThan(Date.now() - t0 + 2000);
    expect(handle.currentBooth()).toBeUndefined();

    const again = next('boothEntered');
    handle.setPose({ x: slot.x, z: slot.z - slot.depth / 2 + 0.4, yaw: 0 });
    await again;
    const closing = next('boothLeft');
    handle.dispose();
    expect((await closing).slotId).toBe(slot.id);
  });
});
