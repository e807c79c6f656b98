import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { LocaleController } from './locale-controller';
import { localeStore } from './locale-store';
import { theme } from './theme';

/** A button that switches the page between 中文 and English. */
@customElement('expo-locale-switch')
export class LocaleSwitch extends LitElement {
  static override styles = theme;
  private readonly i18n = new LocaleController(this);

  override render() {
    return html`<button data-testid="locale-switch" @click=${() => localeStore.toggle()} lang=${this.i18n.locale === 'en' ? 'zh-CN' : 'en'}>
      ${this.i18n.t('locale.switch')}
    </button>`;
  }
}
