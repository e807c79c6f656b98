import { LitElement, css, html, nothing, svg } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { pickText, type ExpoSummary, type HallInstanceList, type HallSummary } from '../model';
import { api } from './api-client';
import { hallOccupancy } from './hall-instance-link';
import { LocaleController } from './locale-controller';
import { theme } from './theme';
import './account-nav';
import './locale-switch';

type LobbyState = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; halls: HallSummary[]; expo: ExpoSummary | undefined };

/** `/`: the list of halls of the fair, each a card that leads into the 3D hall. */
/**
 * How often the lobby asks how full the halls are. Declared before the element: `@customElement`
 * defines (and may upgrade and connect) it while the module is still being evaluated.
 */
const OCCUPANCY_REFRESH_MS = 30_000;

@customElement('expo-lobby-page')
export class LobbyPage extends LitElement {
  static override styles = [
    theme,
    css`
      :host { display: block; min-height: 100vh; background: linear-gradient(160deg, #eef3fa, #f9fbfd); }
      header { display: flex; align-items: center; gap: 12px; padding: 16px 32px; background: #10284a; color: #fff; }
      header h1 { font-size: 20px; margin: 0 auto 0 0; letter-spacing: 0.5px; white-space: nowrap; }
      header expo-locale-switch { flex: none; }
      @media (max-width: 600px) { header { padding: 10px 12px; gap: 8px; } header h1 { font-size: 17px; } }
      main { max-width: 1080px; margin: 0 auto; padding: 32px; }
      h2 { margin: 0 0 4px; }
      .expo h2 { font-size: 26px; color: #10284a; }
      p.intro { color: var(--expo-muted); margin: 0 0 24px; }
      ul { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 20px; }
      li { background: var(--expo-surface); border: 1px solid var(--expo-line); border-radius: 14px; overflow: hidden; display: flex; flex-direction: column; }
      .plan { height: 120px; background: #dfe8f4; display: block; }
      .body { padding: 16px; display: flex; flex-direction: column; gap: 8px; flex: 1; }
      .body h3 { margin: 0; font-size: 18px; }
      .facts { color: var(--expo-muted); font-size: 14px; display: flex; gap: 16px; }
      .body a.button { align-self: flex-start; margin-top: auto; }
      .occupancy { font-size: 14px; display: flex; flex-direction: column; gap: 4px; }
      .occupancy meter { width: 100%; height: 8px; }
      .status { padding: 24px; border-radius: 12px; background: var(--expo-surface); border: 1px solid var(--expo-line); }
      .status.error { border-color: var(--expo-danger); color: var(--expo-danger); }
    `,
  ];

  private readonly i18n = new LocaleController(this);
  @state() private view: LobbyState = { kind: 'loading' };
  /** How full each hall is now, by hall id; missing until its `GET /instances` answers. */
  @state() private occupancy = new Map<string, HallInstanceList>();
  private occupancyTimer: ReturnType<typeof setInterval> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
    // Occupancy changes by the minute; refresh it while the lobby is open.
    this.occupancyTimer = setInterval(() => void this.loadOccupancy(), OCCUPANCY_REFRESH_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.occupancyTimer);
  }

  private async loadOccupancy(): Promise<void> {
    if (this.view.kind !== 'ready') return;
    const lists = await Promise.all(this.view.halls.map((hall) => api.hallInstances(hall.id).catch(() => undefined)));
    this.occupancy = new Map(lists.flatMap((list) => (list ? [[list.hallId, list] as const] : [])));
  }

  private async load(): Promise<void> {
    this.view = { kind: 'loading' };
    try {
      const { items, expos } = await api.halls();
      this.view = { kind: 'ready', halls: items, expo: expos[0] };
      void this.loadOccupancy();
    } catch (error) {
      this.view = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }

  override render() {
    document.title = this.i18n.t('app.title');
    return html`
      <header>
        <h1>${this.i18n.t('app.title')}</h1>
        <expo-account-nav></expo-account-nav>
        <expo-locale-switch></expo-locale-switch>
      </header>
      <main>
        ${this.view.kind === 'ready' && this.view.expo ? this.renderExpo(this.view.expo) : nothing}
        <h2>${this.i18n.t('lobby.heading')}</h2>
        <p class="intro">${this.i18n.t('lobby.intro')}</p>
        ${this.renderBody()}
      </main>
    `;
  }

  private renderExpo(expo: ExpoSummary) {
    const dates = new Intl.DateTimeFormat(this.i18n.locale, { dateStyle: 'long' }).formatRange(new Date(expo.startsAt), new Date(expo.endsAt));
    return html`<section class="expo">
      <h2 data-testid="expo-name">${pickText(expo.name, this.i18n.locale)}</h2>
      <p class="intro">${dates}</p>
    </section>`;
  }

  private renderBody() {
    const view = this.view;
    switch (view.kind) {
      case 'loading':
        return html`<div class="status" role="status">${this.i18n.t('lobby.loading')}</div>`;
      case 'error':
        return html`<div class="status error" role="alert">
          ${this.i18n.t('lobby.error')}: ${view.message}
          <button @click=${() => this.load()}>${this.i18n.t('lobby.retry')}</button>
        </div>`;
      case 'ready':
        if (view.halls.length === 0) return html`<div class="status">${this.i18n.t('lobby.empty')}</div>`;
        return html`<ul data-testid="hall-list">${view.halls.map((hall) => this.renderHall(hall))}</ul>`;
    }
  }

  private renderHall(hall: HallSummary) {
    const locale = this.i18n.locale;
    const lang = locale === 'en' ? '' : `?lang=${locale}`;
    return html`<li data-hall-id=${hall.id}>
      ${hallThumbnail(hall)}
      <div class="body">
        <h3>${pickText(hall.name, locale)}</h3>
        <div class="facts">
          <span>${this.i18n.t('lobby.exhibitors', { n: hall.exhibitorCount })}</span>
          <span>${this.i18n.t('lobby.size', { w: hall.width, d: hall.depth })}</span>
        </div>
        ${this.renderOccupancy(hall.id)}
        <a class="button primary" href="/hall/${encodeURIComponent(hall.id)}${lang}">${this.i18n.t('lobby.enter')}</a>
      </div>
    </li>`;
  }

  private renderOccupancy(hallId: string) {
    const list = this.occupancy.get(hallId);
    if (!list) return nothing;
    const { visitors, instances, filled, maxPerInstance } = hallOccupancy(list);
    if (instances === 0) return html`<div class="occupancy" data-testid="occupancy">${this.i18n.t('lobby.occupancy.none')}</div>`;
    const text = this.i18n.t(instances === 1 ? 'lobby.occupancy.one' : 'lobby.occupancy.many', { n: visitors, i: instances });
    const label = this.i18n.t('lobby.occupancy.label', { p: Math.round(filled * 100), max: maxPerInstance });
    return html`<div class="occupancy" data-testid="occupancy">
      <span>${text}</span>
      <meter min="0" max="1" .value=${filled} high="0.8" aria-label=${label} title=${label}></meter>
    </div>`;
  }
}

/** A small floor plan: the hall's outline with its cut-outs and booth footprints, north up. */
function hallThumbnail(hall: HallSummary) {
  const pad = 8;
  const scale = Math.min((300 - 2 * pad) / hall.width, (120 - 2 * pad) / hall.depth);
  const ox = (300 - hall.width * scale) / 2;
  const oy = (120 - hall.depth * scale) / 2;
  // z grows northward; SVG y grows downward.
  const rect = ([minX, minZ, maxX, maxZ]: [number, number, number, number], fill: string) =>
    svg`<rect x=${ox + minX * scale} y=${oy + (hall.depth - maxZ) * scale} width=${(maxX - minX) * scale} height=${(maxZ - minZ) * scale} fill=${fill} stroke="#f7f9fc" stroke-width="0.6"></rect>`;
  return html`<svg class="plan" viewBox="0 0 300 120" aria-hidden="true">
    <rect x=${ox} y=${oy} width=${hall.width * scale} height=${hall.depth * scale} rx="2" fill="#f7f9fc" stroke="#7a8aa6" stroke-width="1.5"></rect>
    ${hall.plan.cutouts.map((c) => rect(c, '#dfe8f4'))}
    ${hall.plan.booths.map((b) => rect(b, "#5b8fd1"))}
  </svg>`;
}
