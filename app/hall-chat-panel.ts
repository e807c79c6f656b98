import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { EMOTES, LIMITS, type ChatChannel, type ChatDelivery, type ChatRefusal, type Emote } from '../model';
import { LocaleController } from './locale-controller';

const EMOTE_ICON: Record<Emote, string> = { wave: '👋', clap: '👏', 'thumbs-up': '👍', heart: '❤️', laugh: '😄' };
const KEPT_LINES = 100;

/**
 * The hall's chat: 'near' and 'booth' tabs, the lines heard (rendered as text, never HTML), the
 * last refusal with its reason, emote buttons, the booth's presence when the visitor stands in
 * one, and for organizers mute/kick beside each sender. Talks to the room through events:
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
    button { min-height: 32px; min-width: 32px; border-radius: 6px; border: 1px solid #56607a; background: #2a3142; color: inherit; cursor: pointer; }
    ol { list-style: none; margin: 6px 0; padding: 0; max-height: 180px; overflow-y: auto; }
    li { margin: 2px 0; overflow-wrap: anywhere; }
    .who { font-weight: 600; margin-right: 4px; }
    .refusal { color: #ffc914; }
    form { display: flex; gap: 4px; }
    input { flex: 1; min-height: 32px; border-radius: 6px; border: 1px solid #56607a; background: #11151d; color: inherit; padding: 0 6px; }
    .row { display: flex; gap: 4px; flex-wrap: wrap; align-items: center; margin-top: 6px; }
  `;

  @property({ attribute: false }) lines: ChatDelivery[] = [];
  @property({ attribute: false }) refusal: ChatRefusal | undefined;
  /** The booth the visitor stands in (name shown) with its live presence, if any. */
  @property({ attribute: false }) booth: { name: string; visitors: number; staff: number } | undefined;
  @property({ type: Boolean }) moderator = false;
  @property() selfId = '';
  @state() private channel: ChatChannel = 'near';
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
              ? html`<button aria-label=${t('chat.mute', { name: l.name })} @click=${() => this.emit('moderate', { action: 'mute', sessionId: l.from })}>🔇</button>
                  <button aria-label=${t('chat.kick', { name: l.name })} @click=${() => this.emit('moderate', { action: 'kick', sessionId: l.from })}>⛔</button>`
              : nothing}
          </li>`,
        )}
      </ol>
      ${this.refusal ? html`<p class="refusal" role="alert" data-testid="chat-refusal">${this.refusalText(this.refusal)}</p>` : nothing}
      <form @submit=${this.submit}>
        <input name="text" maxlength=${LIMITS.chatText} aria-label=${t('chat.placeholder')} placeholder=${t('chat.placeholder')} autocomplete="off" />
        <button type="submit">${t('chat.send')}</button>
      </form>
      <div class="row" aria-label=${t('chat.emotes')}>
        ${EMOTES.map((e) => html`<button aria-label=${t(`chat.emote.${e}`)} @click=${() => this.emit('emote-send', { emote: e })}>${EMOTE_ICON[e]}</button>`)}
      </div>
    </section>`;
  }

  private refusalText(r: ChatRefusal): string {
    if (r.reason === 'rate-limited') return this.i18n.t('chat.refused.rate', { s: Math.ceil((r.retryAfterMs ?? 1000) / 1000) });
    if (r.reason === 'too-long') return this.i18n.t('chat.refused.long', { n: LIMITS.chatText });
    if (r.reason === 'muted') return this.i18n.t('chat.refused.muted');
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
