import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { inviteUrl } from './hall-instance-link';
import { LocaleController } from './locale-controller';
import { theme } from './theme';

/**
 * "Copy invite link": puts `/hall/<id>?instance=<roomId>` on the clipboard so a friend lands in
 * this same instance. Where the clipboard is not allowed (plain http, old browsers) it shows the
 * link, selected, for copying by hand. Keyboard: a button, and Escape closes the link box.
 */
@customElement('expo-invite-link')
export class InviteLinkButton extends LitElement {
  static override styles = [
    theme,
    css`
      :host { position: relative; display: inline-block; }
      .popup { position: absolute; right: 0; top: calc(100% + 6px); width: min(360px, 80vw); background: #fff; color: var(--expo-ink); padding: 10px 12px; border-radius: 10px; font-size: 13px; box-shadow: 0 4px 16px rgba(0, 0, 0, 0.3); display: flex; flex-direction: column; gap: 6px; }
      input { width: 100%; box-sizing: border-box; font: inherit; }
    `,
  ];

  @property() hallId = '';
  @property() roomId: string | undefined;
  @state() private shown: 'none' | 'copied' | 'manual' = 'none';
  private readonly i18n = new LocaleController(this);
  private hideTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.hideTimer);
  }

  private get link(): string {
    return this.roomId ? inviteUrl(location.origin, this.hallId, this.roomId, this.i18n.locale) : '';
  }

  private async copy(): Promise<void> {
    clearTimeout(this.hideTimer);
    try {
      await navigator.clipboard.writeText(this.link);
      this.shown = 'copied';
      this.hideTimer = setTimeout(() => (this.shown = 'none'), 3000);
    } catch {
      this.shown = 'manual';
      await this.updateComplete;
      this.renderRoot.querySelector('input')?.select();
    }
  }

  override render() {
    if (!this.roomId) return nothing;
    return html`<button data-testid="invite-link" @click=${() => this.copy()}>${this.i18n.t('hall.invite')}</button>
      ${this.shown === 'copied' ? html`<div class="popup" role="status" aria-live="polite">${this.i18n.t('hall.inviteCopied')}</div>` : nothing}
      ${this.shown === 'manual'
        ? html`<div class="popup" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && (this.shown = 'none')}>
            <label for="invite">${this.i18n.t('hall.inviteManual')}</label>
            <input id="invite" readonly .value=${this.link} data-testid="invite-link-text" />
            <button @click=${() => (this.shown = 'none')}>${this.i18n.t('hall.dismiss')}</button>
          </div>`
        : nothing}`;
  }
}
