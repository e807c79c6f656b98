import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { createHallView, HallRoomClient, type HallViewHandle, type RemoteVisitor, type RoomStatus } from '../engine';
import { KICKED_CLOSE_CODE, pickText, type HallView, type Locale } from '../model';
import { AnalyticsBeacon, analyticsVisitorId } from './analytics-beacon';
import { boothStartPose } from './booth-start-pose';
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
import './invite-link-button';
import { instanceFromSearch } from './hall-instance-link';
import './xr-button';
import './touch-stick';
import './hall-chat-panel';
import './hall-people-panel';
import type { EmoteLine } from './hall-chat-panel';
import type { ModerateRequest } from './hall-people-panel';
import { moderationAnswered, moderationRequested, mutesListed, NO_MODERATION, type ModerationRecord } from './hall-people';
import { clockTime } from './clock-time';
import { rememberedRemoval, rememberRemoval } from './hall-removal-memory';
import type { ChatDelivery, ChatRefusal, EmoteRefusal } from '../model';
import type { StickMove } from './touch-stick';

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
      .help { position: absolute; bottom: 12px; left: 50%; transform: translateX(-50%); font-size: 13px; background: rgba(0, 0, 0, 0.45); padding: 6px 14px; border-radius: 999px; white-space: nowrap; max-width: 95vw; overflow: hidden; text-overflow: ellipsis; pointer-events: none; }
      /* With a mouse, the chat is bottom left: the help line takes the room beside it (wrapping when narrow). */
      @media (min-width: 601px) and (not (pointer: coarse)) {
        .help:not(.progress) { left: 384px; right: 12px; transform: none; max-width: none; white-space: normal; text-align: center; border-radius: 12px; }
      }
      /* Where the help line still meets the chat (touch screens), the chat stays on top and clickable. */
      expo-hall-chat { z-index: 1; }
      /* Organizers' people panel: its list ends above the chat and the joystick, but stays above the help line and toasts. */
      expo-hall-people { z-index: 2; }
      .overlay { position: absolute; inset: 0; display: grid; place-items: center; background: #0f1a2b; }
      .overlay.translucent { background: rgba(15, 26, 43, 0.55); }
      .loading { width: min(420px, 80vw); }
      .error { max-width: 480px; background: #fff; color: var(--expo-ink); padding: 20px 24px; border-radius: 12px; }
      .error h2 { margin-top: 0; color: var(--expo-danger); }
      .toast { position: absolute; top: 60px; left: 50%; transform: translateX(-50%); font-size: 14px; background: rgba(0, 0, 0, 0.6); padding: 6px 16px; border-radius: 999px; max-width: 90vw; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; pointer-events: none; }
      .removed { max-width: 480px; background: #fff; color: var(--expo-ink); padding: 20px 24px; border-radius: 12px; }
      .removed h2 { margin-top: 0; color: var(--expo-danger); font-size: 18px; }
      .notice { position: absolute; top: 104px; left: 50%; transform: translateX(-50%); display: flex; gap: 10px; align-items: center; font-size: 14px; background: rgba(10, 20, 40, 0.85); padding: 8px 14px; border-radius: 10px; max-width: min(560px, 92vw); }
      expo-product-panel { position: absolute; right: 16px; top: 64px; width: min(380px, calc(100vw - 32px)); color: var(--expo-ink); }
      @media (max-width: 600px) { expo-product-panel { top: auto; bottom: 56px; right: 8px; left: 8px; width: auto; } }
    `,
  ];

  @query('canvas') private canvas!: HTMLCanvasElement;
  @state() private phase: Phase = 'data';
  /** Chat lines heard (both channels), the last refusal, the booth stood in and every booth's presence. */
  @state() private chatLines: ChatDelivery[] = [];
  @state() private chatRefusal: ChatRefusal | undefined;
  @state() private emoteRefusal: EmoteRefusal | undefined;
  @state() private ownBooth = '';
  @state() private moderator = false;
  /** Organizers: the answers to their mutes and kicks (the people panel shows them). */
  @state() private moderation: ModerationRecord = NO_MODERATION;
  /** The last emotes near the visitor, for the chat panel. */
  @state() private emotes: EmoteLine[] = [];
  private emoteSeq = 0;
  /** An organizer removed this visitor from the instance (until: when they may come back, when known). */
  @state() private removed: { until: number | undefined } | undefined;
  private readonly boothPresence = new Map<string, { visitors: number; staff: number }>();
  @state() private progress = 0;
  @state() private error: PageError | undefined;
  @state() private hallView: HallView | undefined;
  @state() private selected: { productId: string; exhibitorName: string } | undefined;
  @state() private roomStatus: RoomStatus = 'connecting';
  /** The instance asked for by `?instance=` could not be joined (full, another hall's, malformed): another was. */
  @state() private instanceRefused = false;
  /** The booth just entered, shown for a moment (by slot id: the name follows the page language). */
  @state() private boothToast: string | undefined;
  private toastTimer: ReturnType<typeof setTimeout> | undefined;
  /** A click-to-walk found no path: a short notice instead of nothing happening. */
  @state() private walkFailed = false;
  private walkTimer: ReturnType<typeof setTimeout> | undefined;
  /** Click-to-walk events so far, for the test hook. */
  private readonly walkLog: { type: string; reason?: string; x?: number; z?: number }[] = [];

  private readonly i18n = new LocaleController(this);
  private handle: HallViewHandle | undefined;
  private analytics: AnalyticsBeacon | undefined;
  /** Where `?booth=` asked the visit to start, if anywhere. */
  private startAtBooth: { x: number; z: number; yaw: number } | undefined;
  private room: HallRoomClient | undefined;
  /** Everyone this client sees (the room's area of interest), by session id, updated in place by the room client. */
  private readonly remotes = new Map<string, RemoteVisitor>();
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
    // `?booth=<slot>` (the booth editor's "Preview as visitor", links from search) starts at that booth.
    this.startAtBooth = boothStartPose(view.layout, location.search);
    if (this.startAtBooth) handle.setPose(this.startAtBooth);
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
    this.trackBoothVisits(handle);
    this.trackWalks(handle);
    handle.on('error', ({ message }) => console.warn('[hall]', message));
    this.cleanups.push(localeStore.subscribe((locale: Locale) => handle.setLocale(locale)));
    this.cleanups.push(exposeTestHook(() => ({ handle, room: this.room, phase: this.phase, walks: this.walkLog })));
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

  /** Click-to-walk outcomes: a notice when the floor tapped cannot be reached. */
  private trackWalks(handle: HallViewHandle): void {
    handle.on('walkStarted', ({ x, z }) => this.walkLog.push({ type: 'started', x, z }));
    handle.on('walkEnded', ({ reason }) => this.walkLog.push({ type: 'ended', reason }));
    handle.on('walkFailed', ({ x, z }) => {
      this.walkLog.push({ type: 'failed', x, z });
      this.walkFailed = true;
      clearTimeout(this.walkTimer);
      this.walkTimer = setTimeout(() => (this.walkFailed = false), 2000);
    });
  }

  /**
   * Booth visits: a toast with the booth's name on entering. The booth_enter / booth_leave
   * analytics (with dwell) are recorded by the hall room from the positions it accepted, so a
   * page cannot fake or double them; the page sends no booth beacons of its own.
   */
  private trackBoothVisits(handle: HallViewHandle): void {
    handle.on('boothEntered', ({ slotId }) => {
      this.boothToast = slotId;
      clearTimeout(this.toastTimer);
      this.toastTimer = setTimeout(() => (this.boothToast = undefined), 3000);
    });
    this.cleanups.push(() => clearTimeout(this.toastTimer));
  }

  private boothName(slotId: string): string {
    const booth = this.hallView?.booths.find((b) => b.slotId === slotId);
    return booth ? pickText(booth.design.fasciaName, this.i18n.locale) || pickText(booth.exhibitorName, this.i18n.locale) : slotId;
  }

  private async joinRoom(view: HallView): Promise<void> {
    const me = visitorIdentity(this.i18n.locale);
    const asked = instanceFromSearch(location.search);
    if (asked.invalid) this.instanceRefused = true;
    const room = new HallRoomClient({
      ...(asked.instanceId ? { instanceId: asked.instanceId } : {}),
      onInstanceRefused: (instanceId, reason) => {
        console.warn(`[hall] instance ${instanceId} refused us: ${reason}`);
        this.instanceRefused = true;
      },
      endpoint: import.meta.env.VITE_ROOM_ORIGIN || location.origin,
      hallId: view.layout.id,
      name: me.name,
      color: me.color,
      ...(this.startAtBooth ? { start: this.startAtBooth } : {}),
      onVisitor: (visitor) => {
        if (!this.remotes.has(visitor.id)) {
          this.remotes.set(visitor.id, visitor);
          this.requestUpdate(); // the online count
        }
        this.handle?.remoteAvatars.upsert(visitor.id, visitor);
      },
      onVisitorLeft: (id) => {
        this.remotes.delete(id);
        this.requestUpdate();
        this.handle?.remoteAvatars.remove(id);
      },
      // The server's spawn, unless the page was opened at a booth (the room then follows our moves there).
      onPlaced: (pose) => {
        if (!this.startAtBooth) this.handle?.setPose(pose);
      },
      onStatus: (status) => {
        this.roomStatus = status;
      },
      onChat: (line) => {
        this.chatLines = [...this.chatLines.slice(-199), line];
        if (line.from === this.room?.sessionId) this.chatRefusal = undefined;
      },
      onChatHistory: (history) => (this.chatLines = [...history.messages, ...this.chatLines].slice(-200)),
      onChatRefused: (refusal) => (this.chatRefusal = refusal),
      onEmoteRefused: (refusal) => {
        this.emoteRefusal = refusal;
        // The limit refills in seconds: the note goes once it has.
        setTimeout(() => {
          if (this.emoteRefusal === refusal) this.emoteRefusal = undefined;
        }, refusal.retryAfterMs);
      },
      onModerated: (notice) => {
        if (notice.action === 'muted') this.chatRefusal = { reason: 'muted', ...(notice.until ? { mutedUntil: notice.until } : {}) };
        if (notice.action === 'unmuted') this.chatRefusal = undefined;
        // The server closes the connection right after; the page says why instead of "offline".
        if (notice.action === 'kicked') {
          this.removed = { until: notice.until };
          if (notice.until) rememberRemoval(sessionStorage, view.layout.id, notice.until);
        }
      },
      onModerationResult: (result) => (this.moderation = moderationAnswered(this.moderation, result, Date.now())),
      onMutes: (list) => (this.moderation = mutesListed(this.moderation, list)),
      onEmote: ({ from, emote }) => {
        const name = from === this.room?.sessionId ? this.i18n.t('chat.you') : (this.remotes.get(from)?.name ?? this.i18n.t('chat.someone'));
        this.emotes = [...this.emotes.slice(-9), { seq: ++this.emoteSeq, from, name, emote }];
      },
      onBoothPresence: ({ slotId, visitors, staff }) => {
        this.boothPresence.set(slotId, { visitors, staff });
        if (slotId === this.ownBooth) this.requestUpdate();
      },
      onOwnBooth: (slotId) => (this.ownBooth = slotId),
      onRole: (role) => (this.moderator = role === 'organizer'),
    });
    this.room = room;
    try {
      await room.connect();
    } catch (error) {
      this.roomStatus = 'closed';
      // Still inside a removal's ban: the server refuses the join with the kick's code.
      if (typeof error === 'object' && error !== null && 'code' in error && error.code === KICKED_CLOSE_CODE) {
        this.removed ??= { until: rememberedRemoval(sessionStorage, view.layout.id, Date.now()) };
      }
      console.warn('[hall] could not join the hall room:', error);
    }
  }

  override render() {
    const locale = this.i18n.locale;
    const name = this.hallView ? pickText(this.hallView.layout.name, locale) : '';
    document.title = name ? `${name} · ${this.i18n.t('app.title')}` : this.i18n.t('app.title');
    return html`
      <canvas tabindex="0" aria-label=${name} data-testid="hall-canvas"></canvas>
      ${this.roomStatus === 'connected' || this.roomStatus === 'reconnecting'
        ? html`<expo-hall-chat
            .lines=${this.chatLines}
            .refusal=${this.chatRefusal}
            .emoteRefusal=${this.emoteRefusal}
            .booth=${this.ownBooth ? { name: this.boothName(this.ownBooth), visitors: 0, staff: 0, ...this.boothPresence.get(this.ownBooth) } : undefined}
            .moderator=${this.moderator}
            .selfId=${this.room?.sessionId ?? ''}
            @chat-send=${(e: CustomEvent<{ text: string; channel: 'near' | 'booth' }>) => this.room?.sendChat(e.detail.text, e.detail.channel)}
            @emote-send=${(e: CustomEvent<{ emote: Parameters<HallRoomClient['sendEmote']>[0] }>) => this.room?.sendEmote(e.detail.emote)}
            .emotes=${this.emotes}
            @moderate=${(e: CustomEvent<ModerateRequest>) => this.moderate(e.detail)}
          ></expo-hall-chat>`
        : nothing}
      ${this.moderator && this.roomStatus === 'connected'
        ? html`<expo-hall-people
            .people=${this.remotes}
            .selfId=${this.room?.sessionId ?? ''}
            .selfPose=${() => this.handle?.getPose()}
            .boothName=${(slotId: string) => this.boothName(slotId)}
            .record=${this.moderation}
            @moderate=${(e: CustomEvent<ModerateRequest>) => this.moderate(e.detail)}
          ></expo-hall-people>`
        : nothing}
      <div class="topbar">
        <a class="button" href=${locale === 'en' ? '/' : `/?lang=${locale}`}>← ${this.i18n.t('hall.back')}</a>
        <h1>${name}</h1>
        ${this.renderOnline()}
        ${this.roomStatus === 'connected' && this.hallView ? html`<expo-invite-link .hallId=${this.hallView.layout.id} .roomId=${this.room?.roomId}></expo-invite-link>` : nothing}
        <expo-xr-button .handle=${this.handle}></expo-xr-button>
        <expo-locale-switch></expo-locale-switch>
      </div>
      ${this.removed ? this.renderRemoved(this.removed.until) : nothing}
      ${this.instanceRefused
        ? html`<div class="notice" role="alert" data-testid="instance-refused">
            ${this.i18n.t('hall.instanceRefused')}
            <button @click=${() => (this.instanceRefused = false)}>${this.i18n.t('hall.dismiss')}</button>
          </div>`
        : nothing}
      ${this.boothToast ? html`<div class="toast" role="status" aria-live="polite" data-testid="booth-toast">${this.i18n.t('hall.boothEntered', { name: this.boothName(this.boothToast) })}</div>` : nothing}
      ${this.walkFailed ? html`<div class="toast" role="status" aria-live="polite" data-testid="walk-failed">${this.i18n.t('hall.walkFailed')}</div>` : nothing}
      ${this.phase !== 'data' && !this.error && matchMedia('(pointer: coarse)').matches
        ? html`<expo-touch-stick @stick-move=${(e: CustomEvent<StickMove>) => this.handle?.setMoveInput(e.detail.x, e.detail.y)}></expo-touch-stick>`
        : nothing}
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

  /** Organizers' mute / unmute / kick, from the people panel or a chat line; the server checks and answers. */
  private moderate(request: ModerateRequest): void {
    if (!this.room) return;
    this.moderation = moderationRequested(this.moderation, request);
    this.room.moderate(request.action, request.sessionId, request.minutes);
  }

  /** Removed by an organizer: said plainly, with when they may come back into this instance. */
  private renderRemoved(until: number | undefined) {
    return html`<div class="overlay translucent"><div class="removed" role="alert" data-testid="removed">
      <h2>${this.i18n.t('chat.moderated.kicked')}</h2>
      <p>${until ? this.i18n.t('hall.removedUntil', { time: clockTime(until, this.i18n.locale) }) : this.i18n.t('hall.removedLater')}</p>
      <a class="button primary" href="/">${this.i18n.t('hall.back')}</a>
    </div></div>`;
  }

  private renderOnline() {
    if (this.roomStatus === 'connected') return html`<span class="online" data-testid="online">${this.i18n.t('hall.online', { n: this.remotes.size + 1 })}</span>`;
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
      return this.phase === 'products' ? html`<div class="help progress" style="bottom: 52px"><expo-progress-bar .value=${this.progress} .label=${this.i18n.t(PHASE_LABEL.products)}></expo-progress-bar></div>` : nothing;
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
