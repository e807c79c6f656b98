import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';

/** Knob travel as a fraction of the ring's radius. */
const REACH = 0.5;

/** What `stick-move` carries: x to the right, y forward, each in [-1, 1]; (0, 0) when let go. */
export interface StickMove {
  x: number;
  y: number;
}

/**
 * A virtual thumb stick for touch screens: put a thumb on the ring and push; the knob follows
 * and `stick-move` events report the push (the hall page feeds them to the engine's
 * `setMoveInput`, which runs when pushed nearly all the way). Dragging anywhere else on the
 * canvas still looks around. Hidden from assistive technology: keyboards walk with WASD.
 */
@customElement('expo-touch-stick')
export class TouchStick extends LitElement {
  static override styles = css`
    :host { position: absolute; left: calc(20px + env(safe-area-inset-left, 0px)); bottom: calc(56px + env(safe-area-inset-bottom, 0px)); width: 128px; height: 128px; touch-action: none; user-select: none; -webkit-user-select: none; z-index: 2; }
    .ring { position: absolute; inset: 0; border-radius: 50%; background: rgba(255, 255, 255, 0.18); border: 2px solid rgba(255, 255, 255, 0.55); box-sizing: border-box; }
    .knob { position: absolute; left: 50%; top: 50%; width: 56px; height: 56px; margin: -28px 0 0 -28px; border-radius: 50%; background: rgba(255, 255, 255, 0.8); box-shadow: 0 1px 6px rgba(0, 0, 0, 0.35); }
  `;

  @state() private knob = { x: 0, y: 0 };
  private pointer: number | undefined;

  override render() {
    const r = 64 * REACH * 2;
    return html`<div
      class="ring"
      aria-hidden="true"
      data-testid="touch-stick"
      @pointerdown=${this.onDown}
      @pointermove=${this.onMove}
      @pointerup=${this.onUp}
      @pointercancel=${this.onUp}
      @lostpointercapture=${this.onUp}
    >
      <div class="knob" style="transform: translate(${this.knob.x * r}px, ${-this.knob.y * r}px)"></div>
    </div>`;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.pointer !== undefined) this.emit(0, 0);
    this.pointer = undefined;
  }

  private onDown(e: PointerEvent): void {
    if (this.pointer !== undefined) return;
    this.pointer = e.pointerId;
    (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
    e.preventDefault();
    this.track(e);
  }

  private onMove(e: PointerEvent): void {
    if (e.pointerId === this.pointer) this.track(e);
  }

  private onUp(e: PointerEvent): void {
    if (e.pointerId !== this.pointer) return;
    this.pointer = undefined;
    this.emit(0, 0);
  }

  /** The push from the ring's centre, scaled so the knob's full travel is 1 and clamped to the circle. */
  private track(e: PointerEvent): void {
    const box = this.getBoundingClientRect();
    const reach = (box.width / 2) * REACH * 2;
    let x = (e.clientX - (box.left + box.width / 2)) / reach;
    let y = -(e.clientY - (box.top + box.height / 2)) / reach;
    const len = Math.hypot(x, y);
    if (len > 1) {
      x /= len;
      y /= len;
    }
    this.emit(x, y);
  }

  private emit(x: number, y: number): void {
    this.knob = { x, y };
    this.dispatchEvent(new CustomEvent<StickMove>('stick-move', { detail: { x, y }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'expo-touch-stick': TouchStick;
  }
}
