import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { HallViewHandle, XRState } from '../engine';
import { LocaleController } from './locale-controller';
import { theme } from './theme';

/**
 * "Enter VR / 进入 VR": shown only when the browser says it can start an immersive-vr session
 * (a headset browser, or a desktop one with a headset or an emulator). The click is the user
 * gesture browsers require; the engine loads its WebXR code then. While in VR it offers
 * "Exit VR" (seen on a desktop mirror; in the headset the system button ends the session).
 */
@customElement('expo-xr-button')
export class XRButton extends LitElement {
  static override styles = theme;

  @property({ attribute: false }) handle: HallViewHandle | undefined;
  @state() private supported = false;
  @state() private xrState: XRState = 'off';
  @state() private failure: string | undefined;
  private readonly i18n = new LocaleController(this);
  private off: (() => void) | undefined;

  override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('handle')) return;
    this.off?.();
    this.off = undefined;
    this.supported = false;
    const handle = this.handle;
    if (!handle) return;
    this.xrState = handle.xrState;
    this.off = handle.on('xrStateChanged', ({ state }) => (this.xrState = state));
    void handle.xrSupported().then((ok) => {
      if (this.handle === handle) this.supported = ok;
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.off?.();
    this.off = undefined;
  }

  override render() {
    if (!this.supported || !this.handle) return nothing;
    const inVr = this.xrState === 'in' || this.xrState === 'exiting';
    return html`<button
        class="primary"
        data-testid="xr-button"
        ?disabled=${this.xrState === 'entering' || this.xrState === 'exiting'}
        @click=${() => (inVr ? this.exit() : this.enter())}
      >
        ${this.i18n.t(inVr ? 'hall.exitVr' : 'hall.enterVr')}
      </button>
      ${this.failure ? html`<span role="alert" data-testid="xr-failure">${this.i18n.t('hall.vrFailed', { reason: this.failure })}</span>` : nothing}`;
  }

  private async enter(): Promise<void> {
    this.failure = undefined;
    try {
      await this.handle?.enterXR();
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
    }
  }

  private async exit(): Promise<void> {
    await this.handle?.exitXR();
  }
}
