import type { XRHost, XRPointerRay, XRSessionHandle } from './xr-session';
import { xrSupported, type XRState } from './xr-support';

/**
 * The hall view's XR commands: `enter` imports Babylon's WebXR code (engine/xr/xr-session.ts)
 * on first use, so a visitor who never enters VR never downloads it; `exit`; the current state.
 * One session at a time: a second `enter` while one runs or starts is the same call.
 */
export class XRControl {
  private session: XRSessionHandle | undefined;
  private entering: Promise<void> | undefined;
  private current: XRState = 'off';
  private disposed = false;

  constructor(private readonly host: Omit<XRHost, 'onState'> & { onState(state: XRState): void }) {}

  get state(): XRState {
    return this.current;
  }

  supported(): Promise<boolean> {
    return xrSupported();
  }

  enter(): Promise<void> {
    if (this.disposed) return Promise.reject(new Error('the hall view was disposed'));
    if (this.session) return Promise.resolve();
    this.entering ??= this.start().finally(() => (this.entering = undefined));
    return this.entering;
  }

  async exit(): Promise<void> {
    await this.entering?.catch(() => undefined);
    await this.session?.exit();
  }

  info(): { head: { x: number; y: number; z: number }; rays: XRPointerRay[] } | undefined {
    if (!this.session || this.current !== 'in') return undefined;
    return { head: this.session.head(), rays: this.session.pointerRays() };
  }

  dispose(): void {
    this.disposed = true;
    this.session?.dispose();
    this.session = undefined;
  }

  private async start(): Promise<void> {
    this.setState('entering');
    try {
      const { enterImmersiveVR } = await import('./xr-session');
      if (this.disposed) throw new Error('the hall view was disposed');
      this.session = await enterImmersiveVR({
        ...this.host,
        onState: (state) => {
          if (state === 'off') this.session = undefined;
          this.setState(state);
        },
      });
    } catch (err) {
      this.setState('off');
      throw err;
    }
  }

  private setState(state: XRState): void {
    if (state === this.current) return;
    this.current = state;
    this.host.onState(state);
  }
}
