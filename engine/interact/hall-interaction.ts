import type { Ray } from '@babylonjs/core/Culling/ray';
import type { Scene } from '@babylonjs/core/scene';
import type { HallView } from '../../model';
import { ENGINE_CONFIG } from '../config';
import type { TypedEmitter } from '../events';
import type { HallViewEvents } from '../hall-view-types';
import { BoothPresence } from './booth-presence';
import { HallPicker, sameTarget, type PickResult } from './hall-picker';
import { HoverHighlight } from './hover-highlight';
import { HoverThrottle } from './hover-throttle';
import { boothInteractionData, type BoothRef, type InteractionTarget } from './interaction-targets';

const I = ENGINE_CONFIG.interact;

/**
 * Everything the visitor does by pointing, as events (no UI here):
 * - a tap (pointer down and up without a drag) or Enter on the canvas (the view's centre) picks
 *   once and emits `productSelected`, `boothSelected` or `screenSelected`;
 * - hover: after the pointer moved, one pick at most every `hoverIntervalMs` (never per frame,
 *   never on touch or while dragging), an outline around the hovered thing, `hoverChanged`
 *   and `productHovered`;
 * - `boothEntered` / `boothLeft` (with dwell) from the visitor's position (`poseChanged`)
 *   against the booths' footprints.
 * XR controllers use the same `pickRay`, `select` and `hover`.
 */
export class HallInteraction {
  readonly picker: HallPicker;
  private readonly highlight: HoverHighlight;
  private readonly throttle = new HoverThrottle(I.hoverIntervalMs);
  private readonly presence: BoothPresence;
  private hovered: InteractionTarget | undefined;
  private down: { id: number; x: number; y: number; t: number } | undefined;
  private readonly removers: (() => void)[] = [];

  constructor(
    private readonly scene: Scene,
    private readonly canvas: HTMLCanvasElement,
    view: Pick<HallView, 'layout' | 'boothTemplates' | 'booths'>,
    isFloor: (x: number, z: number) => boolean,
    private readonly events: TypedEmitter<HallViewEvents>,
    /** Called when the outline appears, moves or goes (the hall view thaws a frozen active-mesh list). */
    private readonly onOutlineChanged: () => void = () => undefined,
  ) {
    const data = boothInteractionData(view);
    this.picker = new HallPicker(scene, data, isFloor, I.pickMaxDistance);
    this.highlight = new HoverHighlight(scene);
    this.presence = new BoothPresence(data.areas, I.boothLeaveMargin, {
      entered: (booth) => events.emit('boothEntered', booth),
      left: (booth, dwellMs) => events.emit('boothLeft', { ...booth, dwellMs }),
    });
    this.removers.push(events.on('poseChanged', (p) => this.presence.update(p.x, p.z, performance.now())));

    this.listen('pointerdown', (e) => {
      this.down = { id: e.pointerId, x: e.clientX, y: e.clientY, t: performance.now() };
      this.throttle.cancel();
    });
    this.listen('pointermove', (e) => {
      if (e.pointerType === 'touch' || e.buttons !== 0) return;
      const p = this.local(e);
      this.throttle.move(p.x, p.y);
    });
    this.listen('pointerleave', () => {
      this.throttle.cancel();
      this.hover(undefined);
    });
    this.listen('pointerup', (e) => this.onUp(e));
    const onKey = (e: Event) => {
      const key = (e as KeyboardEvent).key;
      if (key !== 'Enter' || e.target !== canvas) return;
      const size = this.size();
      const hit = this.picker.pickCanvas(size.width / 2, size.height / 2);
      if (hit?.kind === 'target') this.select(hit.target);
    };
    canvas.addEventListener('keydown', onKey);
    this.removers.push(() => canvas.removeEventListener('keydown', onKey));

    // Hover picks run just before a frame, so a burst of mouse events costs one ray.
    const observer = scene.onBeforeRenderObservable.add(() => {
      if (!this.throttle.take(performance.now())) return;
      this.hover(this.picker.pickCanvas(this.throttle.x, this.throttle.y));
    });
    this.removers.push(() => scene.onBeforeRenderObservable.remove(observer));
  }

  /** The booth the visitor stands in now. */
  get currentBooth(): BoothRef | undefined {
    return this.presence.booth;
  }

  /** Whether the hover outline is showing. */
  get outlineVisible(): boolean {
    return this.highlight.visible;
  }

  pickRay(ray: Ray): PickResult | undefined {
    return this.picker.pickRay(ray);
  }

  /** Emits the selection event for `target`. */
  select(target: InteractionTarget): void {
    if (target.kind === 'product') this.events.emit('productSelected', { productId: target.productId, exhibitorId: target.exhibitorId });
    else if (target.kind === 'booth') this.events.emit('boothSelected', { slotId: target.slotId, boothId: target.boothId, exhibitorId: target.exhibitorId });
    else {
      const { kind: _kind, ...screen } = target;
      this.events.emit('screenSelected', screen);
    }
  }

  /** Makes `result` the hovered thing (undefined or the floor: nothing): outline and events when it changed. */
  hover(result: PickResult | undefined): void {
    const target = result?.kind === 'target' ? result.target : undefined;
    if (sameTarget(target, this.hovered)) return;
    const before = this.hovered;
    this.hovered = target;
    this.onOutlineChanged();
    if (result?.kind === 'target') {
      if (result.product) this.highlight.showProduct(result.product.mesh, result.product.instance);
      else {
        const box = result.target.kind === 'booth' ? this.picker.boothBounds(result.target.slotId) : result.box;
        if (box) this.highlight.showBox(box, result.target.kind);
      }
    } else this.highlight.hide();
    this.events.emit('hoverChanged', { target: target ?? null });
    if (target?.kind === 'product') this.events.emit('productHovered', { productId: target.productId, exhibitorId: target.exhibitorId });
    else if (before?.kind === 'product') this.events.emit('productHovered', null);
  }

  /** Ends a booth visit in progress (`boothLeft` with its dwell), e.g. before the hall closes. */
  leaveBooth(): void {
    this.presence.leave(performance.now());
  }

  dispose(): void {
    for (const remove of this.removers.splice(0)) remove();
    this.highlight.dispose();
  }

  private onUp(e: PointerEvent): void {
    const d = this.down;
    this.down = undefined;
    if (!d || d.id !== e.pointerId) return;
    if (Math.hypot(e.clientX - d.x, e.clientY - d.y) > I.tapMaxMovePx || performance.now() - d.t > I.tapMaxMs) return;
    const p = this.local(e);
    const hit = this.picker.pickCanvas(p.x, p.y);
    if (hit?.kind === 'target') this.select(hit.target);
    // The floor: the hall view walks the visitor there (click-to-walk).
    else if (hit?.kind === 'floor') this.events.emit('floorTapped', { x: hit.x, z: hit.z });
  }

  private local(e: PointerEvent): { x: number; y: number } {
    const rect = this.canvas.getBoundingClientRect?.() ?? { left: 0, top: 0 };
    return { x: e.clientX - rect.left, y: e.clientY - rect.top };
  }

  private size(): { width: number; height: number } {
    const rect = this.canvas.getBoundingClientRect?.();
    const engine = this.scene.getEngine();
    return rect && rect.width > 0 ? rect : { width: engine.getRenderWidth(), height: engine.getRenderHeight() };
  }

  private listen(type: string, fn: (e: PointerEvent) => void): void {
    const handler = (e: Event) => fn(e as PointerEvent);
    this.canvas.addEventListener(type, handler);
    this.removers.push(() => this.canvas.removeEventListener(type, handler));
  }
}
