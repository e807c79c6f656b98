import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ModerateMessage } from '../model';
import { NO_MODERATION, PEOPLE_PANEL_SETTINGS, peopleRows, type ModerationRecord, type PeopleRow, type PersonInRoom } from './hall-people';
import { clockTime } from './clock-time';
import { LocaleController } from './locale-controller';
import { icon, ICONS } from './ui-icons';

/** What the panel asks the page to send (`moderate` event detail). */
export type ModerateRequest = Pick<ModerateMessage, 'action' | 'sessionId' | 'minutes'>;

/**
 * The organizer's "people" panel: the people this client sees in the hall instance (name, role,
 * booth, distance; never contact data), nearest first, each with mute / unmute and remove. A
 * removal asks for confirmation first. The page shows the panel to organizers only; the server
 * enforces who may moderate anyway. Talks to the page through one event, `moderate`
 * ({action, sessionId, minutes}); the page feeds back the moderation record.
 * Keyboard: a disclosure button, native buttons in reading order, Escape cancels the confirmation
 * or else closes the panel.
 */
@customElement('expo-hall-people')
export class HallPeoplePanel extends LitElement {
  static override styles = css`
    :host { position: absolute; left: 12px; top: 56px; width: min(340px, calc(100vw - 24px)); font: 14px system-ui, sans-serif; color: #f4f6fa; }
    /*
     * The list scrolls inside a height that ends above the chat (bottom left on desktops, about
     * 300 px tall with its input) and, on touch screens, above the joystick (bottom left, its top
     * about 184 px up); the chat is then at the bottom right. On phones the top bar wraps to two
     * lines (about 72 px), so the toggle starts below it.
     */
    section { max-height: max(140px, min(480px, calc(100vh - 400px))); }
    @media (pointer: coarse), (max-width: 600px) {
      :host { top: 80px; left: 8px; font-size: 13px; }
      section { max-height: max(96px, min(40vh, 340px, calc(100vh - 300px))); }
    }
    svg.icon { vertical-align: middle; flex: none; }
    button { min-height: 32px; min-width: 32px; border-radius: 6px; border: 1px solid #56607a; background: #2a3142; color: inherit; cursor: pointer; font: inherit; padding: 0 8px; }
    button:focus-visible { outline: 2px solid #ffc914; outline-offset: 1px; }
    button.danger { background: #8c1d18; border-color: #d0463e; }
    .toggle { background: rgba(20, 24, 32, 0.86); }
    section { margin-top: 6px; background: rgba(20, 24, 32, 0.9); border-radius: 8px; padding: 8px; overflow-y: auto; }
    h2 { font-size: 15px; margin: 0 0 2px; }
    .hint { margin: 0 0 6px; font-size: 12px; color: #b9c1d3; }
    ul { list-style: none; margin: 0; padding: 0; }
    li { padding: 6px 0; border-top: 1px solid #3a4256; }
    .who { display: flex; gap: 6px; align-items: baseline; flex-wrap: wrap; }
    .name { font-weight: 600; overflow-wrap: anywhere; }
    .meta { font-size: 12px; color: #b9c1d3; }
    .muted { font-size: 12px; background: #6b4e00; color: #fff3c4; border-radius: 999px; padding: 1px 8px; }
    .actions { display: flex; gap: 6px; margin-top: 4px; flex-wrap: wrap; }
    [role='alertdialog'] { margin-top: 6px; background: #3a1512; border: 1px solid #d0463e; border-radius: 6px; padding: 8px; }
    [role='alertdialog'] p { margin: 0 0 6px; }
    .status { margin: 6px 0 0; font-size: 13px; color: #ffc914; }
  `;

  /** Everyone this client sees, as the room client reports them (read on each refresh). */
  @property({ attribute: false }) people: ReadonlyMap<string, PersonInRoom> = new Map();
  @property() selfId = '';
  /** The organizer's own position, read on each refresh. */
  @property({ attribute: false }) selfPose: () => { x: number; z: number } | undefined = () => undefined;
  /** A booth's name by slot id, in the page language. */
  @property({ attribute: false }) boothName: (slotId: string) => string = (slotId) => slotId;
  @property({ attribute: false }) record: ModerationRecord = NO_MODERATION;
  @state() private open = false;
  /** The row whose removal waits for confirmation. */
  @state() private confirming: PeopleRow | undefined;
  /** Names of rows by session id, so an answer about someone who just left still names them. */
  private readonly names = new Map<string, string>();
  private refreshTimer: ReturnType<typeof setInterval> | undefined;
  private readonly i18n = new LocaleController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    // The page hands over one live map (updated in place), so the panel re-reads it on a clock.
    this.refreshTimer = setInterval(() => this.requestUpdate(), PEOPLE_PANEL_SETTINGS.refreshMs);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.refreshTimer);
    this.refreshTimer = undefined;
  }

  private toggle(): void {
    this.open = !this.open;
    this.confirming = undefined;
  }

  override render() {
    const t = this.i18n.t.bind(this.i18n);
    const rows = peopleRows(this.people.values(), this.selfId, this.selfPose(), this.record, Date.now());
    for (const row of rows) this.names.set(row.id, row.name);
    return html`<button class="toggle" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="people" data-testid="people-toggle" @click=${() => this.toggle()}>
        ${icon(ICONS.people)} ${t('people.toggle', { n: rows.length })}
      </button>
      ${this.open
        ? html`<section id="people" aria-labelledby="people-title" data-testid="people-panel" @keydown=${this.onKeydown}>
            <h2 id="people-title">${t('people.title')}</h2>
            <p class="hint">${t('people.hint')}</p>
            ${rows.length === 0 ? html`<p>${t('people.empty')}</p>` : html`<ul>${rows.map((row) => this.renderRow(row))}</ul>`}
            ${this.renderStatus()}
          </section>`
        : nothing}`;
  }

  private renderRow(row: PeopleRow) {
    const t = this.i18n.t.bind(this.i18n);
    const role = t(row.role === 'staff' ? 'chat.role.staff' : row.role === 'organizer' ? 'chat.role.organizer' : 'people.role.visitor');
    const where = row.booth ? t('people.inBooth', { name: this.boothName(row.booth) }) : t('people.inAisle');
    return html`<li data-person=${row.id} data-testid="person">
      <div class="who">
        <span class="name">${row.name}</span>
        <span class="meta">${role} · ${where}${row.distance === undefined ? '' : ` · ${t('people.distance', { n: row.distance })}`}</span>
        ${row.mutedUntil ? html`<span class="muted" data-testid="person-muted">${t('people.mutedUntil', { time: clockTime(row.mutedUntil, this.i18n.locale) })}</span>` : nothing}
      </div>
      ${row.role === 'organizer' ? nothing : this.renderActions(row)}
    </li>`;
  }

  /** Mute / unmute and remove, with the removal's confirmation. Not for organizers: the server refuses moderating one. */
  private renderActions(row: PeopleRow) {
    const t = this.i18n.t.bind(this.i18n);
    const minutes = PEOPLE_PANEL_SETTINGS.muteMinutes;
    const busy = this.record.pending?.sessionId === row.id;
    return html`<div class="actions">
        ${row.mutedUntil
          ? html`<button data-action="unmute" ?disabled=${busy} aria-label=${t('people.unmuteName', { name: row.name })} @click=${() => this.request({ action: 'unmute', sessionId: row.id })}>${t('people.unmute')}</button>`
          : html`<button data-action="mute" ?disabled=${busy} aria-label=${t('people.muteName', { name: row.name, m: minutes })} @click=${() => this.request({ action: 'mute', sessionId: row.id, minutes })}>
              ${t('people.mute', { m: minutes })}
            </button>`}
        <button class="danger" data-action="kick" ?disabled=${busy} aria-label=${t('chat.kick', { name: row.name })} @click=${() => this.askToKick(row)}>${t('people.kick')}</button>
      </div>
      ${this.confirming?.id === row.id
        ? html`<div role="alertdialog" aria-labelledby="kick-text" aria-describedby="kick-text" data-testid="kick-confirm">
            <p id="kick-text">${t('people.confirmKick', { name: row.name })}</p>
            <button class="danger" data-action="confirm-kick" @click=${() => this.confirmKick(row)}>${t('people.confirm')}</button>
            <button data-action="cancel-kick" @click=${() => this.cancelKick()}>${t('people.cancel')}</button>
          </div>`
        : nothing}`;
  }

  private renderStatus() {
    const t = this.i18n.t.bind(this.i18n);
    const { pending, last } = this.record;
    let text = '';
    if (pending) text = t('people.pending');
    else if (last?.outcome === 'done') {
      const key = last.action === 'mute' ? 'people.done.mute' : last.action === 'unmute' ? 'people.done.unmute' : 'people.done.kick';
      text = t(key, { name: this.names.get(last.sessionId) ?? t('chat.someone') });
    } else if (last?.outcome === 'not-allowed') text = t('people.notAllowed');
    else if (last?.outcome === 'no-such-visitor') text = t('people.gone');
    return html`<p class="status" role="status" data-testid="people-status">${text}</p>`;
  }

  /** Escape cancels a pending removal first; otherwise it closes the panel (focus back on its toggle). */
  private onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    if (this.confirming) {
      void this.cancelKick();
      return;
    }
    this.open = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('[data-testid="people-toggle"]')?.focus());
  };

  private async askToKick(row: PeopleRow): Promise<void> {
    this.confirming = row;
    await this.updateComplete;
    // Focus goes to Cancel: the safe choice is the one Enter takes.
    this.renderRoot.querySelector<HTMLButtonElement>('[data-action="cancel-kick"]')?.focus();
  }

  private async cancelKick(): Promise<void> {
    const id = this.confirming?.id;
    this.confirming = undefined;
    await this.updateComplete;
    if (id) this.renderRoot.querySelector<HTMLButtonElement>(`li[data-person="${CSS.escape(id)}"] [data-action="kick"]`)?.focus();
  }

  private confirmKick(row: PeopleRow): void {
    this.confirming = undefined;
    this.request({ action: 'kick', sessionId: row.id });
    // The row goes when the visitor leaves: keep the keyboard in the panel.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('[data-testid="people-toggle"]')?.focus());
  }

  private request(detail: ModerateRequest): void {
    this.dispatchEvent(new CustomEvent<ModerateRequest>('moderate', { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'expo-hall-people': HallPeoplePanel;
  }
}
