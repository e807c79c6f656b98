import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LocaleController } from './locale-controller';
import { pageUrl } from './page-links';
import { theme } from './theme';
import './account-nav';
import './locale-switch';

/** The top bar of the account pages: the fair's name (back to the lobby), account links, language. */
@customElement('expo-site-header')
export class SiteHeader extends LitElement {
  static override styles = [
    theme,
    css`
      :host { display: block; }
      header { display: flex; align-items: center; gap: 12px; padding: 12px 32px; background: #10284a; color: #fff; min-height: 40px; }
      a.home { color: #fff; text-decoration: none; font-size: 20px; font-weight: 700; letter-spacing: 0.5px; margin-right: auto; white-space: nowrap; }
      a.home:hover { text-decoration: underline; }
      expo-locale-switch { flex: none; }
      @media (max-width: 600px) { header { padding: 10px 12px; gap: 8px; } a.home { font-size: 17px; } }
    `,
  ];

  /** Leave the account links out (the sign-in and register pages are those links). */
  @property({ type: Boolean, attribute: 'no-account' }) noAccount = false;
  private readonly i18n = new LocaleController(this);

  override render() {
    return html`<header>
      <a class="home" href=${pageUrl('/', this.i18n.locale)}>${this.i18n.t('app.title')}</a>
      ${this.noAccount ? nothing : html`<expo-account-nav></expo-account-nav>`}
      <expo-locale-switch></expo-locale-switch>
    </header>`;
  }
}
