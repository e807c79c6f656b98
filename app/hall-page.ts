import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { createHallView, HallRoomClient, type HallViewHandle, type RoomStatus } from '../engine';
import { pickText, type HallView, type Locale } from '../model';
import { AnalyticsBeacon, analyticsVisitorId } from './analytics-beacon';
import { ApiError, api } from './api-client';
import { exposeTestHook } from './hall-test-hook';
import { LocaleController } from './locale-controller';
import { localeStore } from './locale-store';
import { theme } from './theme';
import { visitorIdentity } from './visitor-identity';
import type { MessageKey } from './i18n';
import './locale-switch';
import './product-panel';
import './progress-bar';

type Phase = 'data' | 'shell' | 'booths' | 'products' | 'done';
type PageError = { key: MessageKey; detail?: string };

const PHASE_LABEL: Record<Exclude<Phase, 'done'>, MessageKey> = {
  data: 'hall.loading.data',
  shell: 'hall.loading.shell',
  booths: 'hall.loading.booths',
  products: 'hall.loading.products',
};

/**
 * `/hall/<id>`: the 3D hall. Loads the hall's data, lets the engine build it while a progress bar
 * follows, joins the hall room so other visitors appear, and opens the product panel on a click.
 */
@customElement('expo-hall-page')
export class HallPage extends LitElement {
  static override styles = [
    theme,
    css`
      :host { position: fixed; inset: 0; display: block; color: #fff; }
      canvas { width: 100%; height: 100%; display: block; outline: none; touch-action: none; }
      .topbar { position: absolute; top: 0; left: 0; right: 0; display: flex; gap: 12px; align-items: center; padding: 10px 14px; background: linear-gradient(rgba(10, 20, 40, 0.75), transparent); pointer-events: none; }
      .topbar > * { pointer-events: auto; }
      .topbar h1 { font-size: 17px; margin: 0; flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; text-shadow: 0 1px 3px #000; }
      @media (max-width: 600px) { .topbar { gap: 8px; padding: 8px; } .topbar h1 { font-size: 15px; } }
      .online { font-size: 13px; background: rgba(0, 0, 0, 0.35); padding: 4px 10px; border-radius: 999px; }
      .help { position: absolute; bottom: 12px; left: 50%; transform: translateX(-50%); font-size: 13px; background: rgba(0, 0, 0, 0.45); padding: 6px 14px; border-radius: 999px; white-space: nowrap; max-width: 95vw; overflow: hidden; text-overflow: ellipsis; }
      .overlay { position: absolute; inset: 0; display: grid; place-items: center; background: #0f1a2b; }
      .overlay.translucent { background: rgba(15, 26, 43, 0.55); }
      .loading { width: min(420px, 80vw); }
      .error { max-width: 480px; background: #fff; color: var(--expo-ink); padding: 20px 24px; border-radius: 12px; }
      .error h2 { margin-top: 0; color: var(--expo-danger); }
      expo-product-panel { position: absolute; right: 16px; top: 64px; width: min(380px, calc(100vw - 32px)); color: var(--expo-ink); }
      @media (max-width: 600px) { expo-product-panel { top: auto; bottom: 56px; right: 8px; left: 8px; width: auto; } }
    `,
  ];

  @query('canvas') private canvas!: HTMLCanvasElement;
  @state() private phase: Phase = 'data';
  @state() private progress = 0;
  @state() private error: PageError | undefined;
  @state() private hallView: HallView | undefined;
  @state() private selected: { productId: string; exhibitorName: string } | undefined;
  @state() private roomStatus: RoomStatus = 'connecting';

  private readonly i18n = new LocaleController(this);
  private handle: HallViewHandle | undefined;
  private analytics: AnalyticsBeacon | undefined;
  private room: HallRoomClient | undefined;
  private readonly remoteIds = new Set<string>();
  private readonly cleanups: (() => void)[] = [];

  private get hallId(): string {
    return decodeURIComponent(location.pathname.split('/')[2] ?? '');
  }

  override firstUpdated(): void {
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    void this.room?.leave();
    this.handle?.dispose();
    this.analytics?.dispose();
  }

  private async start(): Promise<void> {
    let view: HallView;
    try {
      view = await api.hall(this.hallId);
    } catch (error) {
      this.error = error instanceof ApiError && error.status === 404 ? { key: 'hall.notFound' } : { key: 'hall.error', detail: String(error instanceof Error ? error.message : error) };
      return;
    }
    this.hallView = view;
    const hallId = view.layout.id;
    const analytics = new AnalyticsBeacon({ visitorId: analyticsVisitorId() });
    this.analytics = analytics;
    analytics.track({ type: 'hall_enter', hallId });
    if (!hasWebGl()) {
      this.error = { key: 'hall.noWebgl' };
      return;
    }
    const handle = createHallView(this.canvas, view, { locale: this.i18n.locale });
    this.handle = handle;
    this.phase = 'shell';
    handle.on('progress', ({ phase, loaded, total }) => {
      this.phase = phase;
      this.progress = total > 0 ? loaded / total : 1;
      if (phase !== 'shell' && !this.room) void this.joinRoom(view);
    });
    handle.on('productSelected', ({ productId, exhibitorId }) => {
      const booth = view.booths.find((b) => b.exhibitorId === exhibitorId);
      this.selected = { productId, exhibitorName: booth ? pickText(booth.exhibitorName, this.i18n.locale) : '' };
      analytics.track({ type: 'product_view', productId, hallId, ...(booth ? { boothId: booth.design.id } : {}) });
    });
    handle.on('poseChanged', ({ x, z, yaw }) => this.room?.sendPose(x, z, yaw));
    handle.on('error', ({ message }) => console.warn('[hall]', message));
    this.cleanups.push(localeStore.subscribe((locale: Locale) => handle.setLocale(locale)));
    this.cleanups.push(exposeTestHook(() => ({ handle, room: this.room, phase: this.phase })));
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') this.selected = undefined;
    };
    window.addEventListener('keydown', onKey);
    this.cleanups.push(() => window.removeEventListener('keydown', onKey));
    this.canvas.focus();
    try {
      await handle.ready;
      this.phase = 'done';
    } catch (error) {
      this.error = { key: 'hall.error', detail: String(error instanceof Error ? error.message : error) };
    }
  }

  private async joinRoom(view: HallView): Promise<void> {
    const me = visitorIdentity(this.i18n.locale);
    const room = new HallRoomClient({
      endpoint: import.meta.env.VITE_ROOM_ORIGIN || location.origin,
      hallId: view.layout.id,
      name: me.name,
      color: me.color,
      onVisitor: (visitor) => {
        if (!this.remoteIds.has(visitor.id)) {
          this.remoteIds.add(visitor.id);
          this.requestUpdate(); // the online count
        }
        this.handle?.remoteAvatars.upsert(visitor.id, visitor);
      },
      onVisitorLeft: (id) => {
        this.remoteIds.delete(id);
        this.requestUpdate();
        this.handle?.remoteAvatars.remove(id);
      },
      onPlaced: (pose) => this.handle?.setPose(pose),
      onStatus: (status) => {
        this.roomStatus = status;
      },
    });
    this.room = room;
    try {
      await room.connect();
    } catch (error) {
      this.roomStatus = 'closed';
      console.warn('[hall] could not join the hall room:', error);
    }
  }

  override render() {
    const locale = this.i18n.locale;
    const name = this.hallView ? pickText(this.hallView.layout.name, locale) : '';
    document.title = name ? `${name} · ${this.i18n.t('app.title')}` : this.i18n.t('app.title');
    return html`
      <canvas tabindex="0" aria-label=${name} data-testid="hall-canvas"></canvas>
      <div class="topbar">
        <a class="button" href=${locale === 'en' ? '/' : `/?lang=${locale}`}>← ${this.i18n.t('hall.back')}</a>
        <h1>${name}</h1>
        ${this.renderOnline()}
        <expo-locale-switch></expo-locale-switch>
      </div>
      ${this.phase === 'done' ? html`<div class="help">${this.i18n.t(matchMedia('(pointer: coarse)').matches ? 'hall.helpTouch' : 'hall.help')}</div>` : nothing}
      ${this.selected
        ? html`<expo-product-panel
            .productId=${this.selected.productId}
            .exhibitorName=${this.selected.exhibitorName}
            @close=${() => (this.selected = undefined)}
          ></expo-product-panel>`
        : nothing}
      ${this.renderOverlay()}
    `;
  }

  private renderOnline() {
    if (this.roomStatus === 'connected') return html`<span class="online" data-testid="online">${this.i18n.t('hall.online', { n: this.remoteIds.size + 1 })}</span>`;
    if (this.roomStatus === 'reconnecting') return html`<span class="online">${this.i18n.t('hall.reconnecting')}</span>`;
    if (this.roomStatus === 'closed') return html`<span class="online">${this.i18n.t('hall.offline')}</span>`;
    return nothing;
  }

  private renderOverlay() {
    if (this.error) {
      return html`<div class="overlay"><div class="error" role="alert">
        <h2>${this.i18n.t(this.error.key)}</h2>
        ${this.error.detail ? html`<p>${this.error.detail}</p>` : nothing}
        <a class="button primary" href="/">${this.i18n.t('hall.back')}</a>
      </div></div>`;
    }
    // The shell phase already shows a frame; booths and products stream in behind a light veil.
    if (this.phase === 'done' || this.phase === 'products') {
      return this.phase === 'products' ? html`<div class="help" style="bottom: 52px"><expo-progress-bar .value=${this.progress} .label=${this.i18n.t(PHASE_LABEL.products)}></expo-progress-bar></div>` : nothing;
    }
    const overall = this.phase === 'data' ? 0 : this.phase === 'shell' ? 0.1 + this.progress * 0.2 : 0.3 + this.progress * 0.6;
    return html`<div class="overlay ${this.phase === 'data' ? '' : 'translucent'}">
      <div class="loading"><expo-progress-bar .value=${overall} .label=${this.i18n.t(PHASE_LABEL[this.phase])}></expo-progress-bar></div>
    </div>`;
  }
}

function hasWebGl(): boolean {
  try {
    return !!document.createElement('canvas').getContext('webgl2');
  } catch {
    return false;
  }
}
