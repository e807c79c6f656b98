import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { EMOTES, LIMITS, type ChatChannel, type ChatDelivery, type ChatRefusal, type Emote, type EmoteRefusal } from '../model';
import { clockTime } from './clock-time';
import { LocaleController } from './locale-controller';
import { EMOTE_ICONS, icon, ICONS } from './ui-icons';

const KEPT_LINES = 100;

/** An emote someone near did, with their name as this page knows it. */
export interface EmoteLine {
  /** Increasing number, for keys. */
  seq: number;
  from: string;
  name: string;
  emote: Emote;
}

/**
 * The hall's chat: 'near' and 'booth' tabs, the lines heard (rendered as text, never HTML), the
 * last refusal with its reason, emote buttons, the booth's presence when the visitor stands in
 * one, the last emotes near the visitor, and for organizers mute and kick (after a
 * confirmation) beside each sender. Talks to the room through events:
 * `chat-send` {text, channel}, `emote-send` {emote}, `moderate` {action, sessionId}.
 */
@customElement('expo-hall-chat')
export class HallChatPanel extends LitElement {
  static override styles = css`
    :host { position: absolute; left: 12px; bottom: 12px; width: min(360px, calc(100vw - 24px)); font: 14px system-ui, sans-serif; }
    /* On phones the touch stick owns the bottom-left corner: the chat moves to the right, narrower. */
    @media (pointer: coarse), (max-width: 600px) {
      :host { left: auto; right: 8px; bottom: calc(40px + env(safe-area-inset-bottom, 0px)); width: min(360px, calc(100vw - 176px)); font-size: 13px; }
      ol { max-height: 120px; }
    }
    section { background: rgba(20, 24, 32, 0.86); color: #f4f6fa; border-radius: 8px; padding: 8px; }
    [role='tablist'] button[aria-selected='true'] { background: #2e86ab; color: #fff; }
    svg.icon { vertical-align: middle; flex: none; }
    button { min-height: 32px; min-width: 32px; border-radius: 6px; border: 1px solid #56607a; background: #2a3142; color: inherit; cursor: pointer; }
    ol { list-style: none; margin: 6px 0; padding: 0; max-height: 180px; overflow-y: auto; }
    li { margin: 2px 0; overflow-wrap: anywhere; }
    .who { font-weight: 600; margin-right: 4px; }
    .refusal { color: #ffc914; }
    form { display: flex; gap: 4px; }
    /* min-width: 0 lets the input shrink, so Send stays inside a narrow (phone) chat. */
    input { flex: 1; min-width: 0; min-height: 32px; border-radius: 6px; border: 1px solid #56607a; background: #11151d; color: inherit; padding: 0 6px; }
    .row { display: flex; gap: 4px; flex-wrap: wrap; align-items: center; margin-top: 6px; }
    .reactions { font-size: 13px; color: #d7dcea; margin: 4px 0 0; }
    .reactions span + span::before { content: ' · '; }
    .confirm { display: flex; gap: 4px; align-items: center; flex-wrap: wrap; margin: 2px 0 4px; color: #ffc914; }
    button.danger { background: #8c1d18; border-color: #d0463e; }
  `;

  @property({ attribute: false }) lines: ChatDelivery[] = [];
  @property({ attribute: false }) refusal: ChatRefusal | undefined;
  /** The last emote the server refused (over the rate limit). */
  @property({ attribute: false }) emoteRefusal: EmoteRefusal | undefined;
  /** The last emotes seen near the visitor, oldest first. */
  @property({ attribute: false }) emotes: EmoteLine[] = [];
  /** The booth the visitor stands in (name shown) with its live presence, if any. */
  @property({ attribute: false }) booth: { name: string; visitors: number; staff: number } | undefined;
  @property({ type: Boolean }) moderator = false;
  @property() selfId = '';
  @state() private channel: ChatChannel = 'near';
  /** The chat line whose sender an organizer asked to remove: removing waits for a second click. */
  @state() private confirmingKick: ChatDelivery | undefined;
  private readonly i18n = new LocaleController(this);

  override render() {
    const t = (key: Parameters<typeof this.i18n.t>[0], params?: Record<string, string | number>) => this.i18n.t(key, params);
    const shown = this.lines.filter((l) => l.channel === this.channel).slice(-KEPT_LINES);
    return html`<section aria-label=${t('chat.title')} data-testid="hall-chat">
      ${this.booth
        ? html`<div role="status" data-testid="booth-presence">${t('chat.boothPresence', { name: this.booth.name, n: this.booth.visitors })}
            ${this.booth.staff > 0 ? html` · <strong>${t('chat.staffOnline')}</strong>` : nothing}</div>`
        : nothing}
      <div role="tablist">
        ${(['near', 'booth'] as const).map(
          (c) => html`<button role="tab" aria-selected=${this.channel === c ? 'true' : 'false'} @click=${() => (this.channel = c)}>${t(c === 'near' ? 'chat.near' : 'chat.booth')}</button>`,
        )}
      </div>
      <ol aria-live="polite" data-testid="chat-lines">
        ${shown.map(
          (l) => html`<li>
            <span class="who">${l.name}${l.role === 'visitor' ? '' : ` (${t(l.role === 'staff' ? 'chat.role.staff' : 'chat.role.organizer')})`}</span>${l.text}
            ${l.masked ? html`<small> · ${t('chat.masked')}</small>` : nothing}
            ${this.moderator && l.from !== this.selfId
              ? html`<button aria-label=${t('chat.mute', { name: l.name })} @click=${() => this.emit('moderate', { action: 'mute', sessionId: l.from })}>${icon(ICONS.mute)}</button>
                  <button aria-label=${t('chat.kick', { name: l.name })} @click=${() => (this.confirmingKick = l)}>${icon(ICONS.kick)}</button>`
              : nothing}
            ${this.confirmingKick === l ? this.renderKickConfirm(l) : nothing}
          </li>`,
        )}
      </ol>
      ${this.emotes.length > 0
        ? html`<p class="reactions" aria-label=${t('chat.reactions')} data-testid="chat-emotes">
            ${this.emotes.slice(-3).map((e) => html`<span data-emote=${e.emote} title=${t(`chat.emote.${e.emote}`)}>${e.name} ${icon(EMOTE_ICONS[e.emote], 16)}</span>`)}
          </p>`
        : nothing}
      ${this.refusal ? html`<p class="refusal" role="alert" data-testid="chat-refusal">${this.refusalText(this.refusal)}</p>` : nothing}
      ${this.emoteRefusal
        ? html`<p class="refusal" role="status" data-testid="emote-refusal">${t('emote.refused', { s: Math.ceil(this.emoteRefusal.retryAfterMs / 1000) })}</p>`
        : nothing}
      <form @submit=${this.submit}>
        <input name="text" maxlength=${LIMITS.chatText} aria-label=${t('chat.placeholder')} placeholder=${t('chat.placeholder')} autocomplete="off" />
        <button type="submit">${t('chat.send')}</button>
      </form>
      <div class="row" aria-label=${t('chat.emotes')}>
        ${EMOTES.map((e) => html`<button aria-label=${t(`chat.emote.${e}`)} @click=${() => this.emit('emote-send', { emote: e })}>${icon(EMOTE_ICONS[e])}</button>`)}
      </div>
    </section>`;
  }

  private renderKickConfirm(line: ChatDelivery) {
    const t = this.i18n.t.bind(this.i18n);
    return html`<div class="confirm" role="alertdialog" aria-label=${t('chat.kick', { name: line.name })} data-testid="chat-kick-confirm">
      ${t('people.confirmKick', { name: line.name })}
      <button class="danger" @click=${() => {
        this.confirmingKick = undefined;
        this.emit('moderate', { action: 'kick', sessionId: line.from });
      }}>${t('people.confirm')}</button>
      <button @click=${() => (this.confirmingKick = undefined)}>${t('people.cancel')}</button>
    </div>`;
  }

  private refusalText(r: ChatRefusal): string {
    if (r.reason === 'rate-limited') return this.i18n.t('chat.refused.rate', { s: Math.ceil((r.retryAfterMs ?? 1000) / 1000) });
    if (r.reason === 'too-long') return this.i18n.t('chat.refused.long', { n: LIMITS.chatText });
    if (r.reason === 'muted') {
      return r.mutedUntil ? this.i18n.t('chat.refused.mutedUntil', { time: clockTime(r.mutedUntil, this.i18n.locale) }) : this.i18n.t('chat.refused.muted');
    }
    return this.i18n.t('chat.refused.booth');
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('text') as HTMLInputElement;
    const text = input.value.trim();
    if (!text) return;
    this.emit('chat-send', { text, channel: this.channel });
    input.value = '';
  }

  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'expo-hall-chat': HallChatPanel;
  }
}
