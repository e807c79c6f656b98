import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { UserSummary } from '../model';
import { api } from './api-client';
import { LocaleController } from './locale-controller';
import { pageUrl } from './page-links';
import { theme } from './theme';

type NavState = { kind: 'loading' } | { kind: 'signed-out' } | { kind: 'signed-in'; user: UserSummary };

/**
 * The account links of a top bar: "Sign in" and "Register", or the signed-in user's name and
 * "My account". Any failure of `/api/me` shows the signed-out links: the bar never breaks the page.
 */
@customElement('expo-account-nav')
export class AccountNav extends LitElement {
  static override styles = [
    theme,
    css`
      /* On the dark top bar: the theme's ink colour would make the links invisible. */
      :host { display: block; color: #fff; min-width: 0; }
      nav { display: flex; gap: 8px; align-items: center; justify-content: flex-end; }
      .name { font-size: 14px; opacity: 0.9; max-width: 14em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
      a.button { background: transparent; color: inherit; border-color: rgba(255, 255, 255, 0.45); padding: 5px 12px; font-size: 14px; white-space: nowrap; }
      a.button.primary { background: #fff; color: #10284a; border-color: #fff; }
      @media (max-width: 600px) { .name, .review { display: none; } a.button { padding: 5px 9px; } }
    `,
  ];

  private readonly i18n = new LocaleController(this);
  @state() private view: NavState = { kind: 'loading' };

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.view = { kind: 'signed-in', user: await api.me() };
    } catch {
      this.view = { kind: 'signed-out' };
    }
  }

  override render() {
    const locale = this.i18n.locale;
    const view = this.view;
    if (view.kind === 'loading') return nothing;
    if (view.kind === 'signed-out') {
      return html`<nav aria-label=${this.i18n.t('nav.label')} data-testid="account-nav">
        <a class="button" href=${pageUrl('/login', locale)}>${this.i18n.t('nav.signIn')}</a>
        <a class="button primary" href=${pageUrl('/register', locale)}>${this.i18n.t('nav.register')}</a>
      </nav>`;
    }
    return html`<nav aria-label=${this.i18n.t('nav.label')} data-testid="account-nav">
      <span class="name" data-testid="account-name">${view.user.displayName}</span>
      ${view.user.role === 'organizer' ? html`<a class="button review" href=${pageUrl('/organizer/review', locale)}>${this.i18n.t('nav.review')}</a>` : nothing}
      ${view.user.role === 'organizer' ? html`<a class="button review" data-testid="nav-halls" href=${pageUrl('/organizer/halls', locale)}>${this.i18n.t('nav.halls')}</a>` : nothing}
      ${view.user.role === 'exhibitor' ? html`<a class="button edit-booth" data-testid="nav-edit-booth" href=${pageUrl('/editor', locale)}>${this.i18n.t('nav.editBooth')}</a>` : nothing}
      <a class="button primary" href=${pageUrl('/account', locale)}>${this.i18n.t('nav.account')}</a>
    </nav>`;
  }
}
