import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { UserSummary } from '../model';
import { ApiError, api } from './api-client';
import type { MessageKey } from './i18n';
import { LocaleController } from './locale-controller';
import { pageUrl } from './page-links';
import { pageStyles } from './page-styles';
import { theme } from './theme';
import './site-header';

type AccountState = { kind: 'loading' } | { kind: 'signed-out' } | { kind: 'error'; message: string } | { kind: 'ready'; user: UserSummary };

const ROLE: Record<UserSummary['role'], MessageKey> = { organizer: 'role.organizer', exhibitor: 'role.exhibitor', visitor: 'role.visitor' };

/**
 * `/account`: who is signed in, and where their registration stands — under review, approved, or
 * rejected with the organizer's reason (shown as text, exactly as written).
 */
@customElement('expo-account-page')
export class AccountPage extends LitElement {
  static override styles = [
    theme,
    pageStyles,
    css`
      .layout { display: grid; gap: 20px; }
      dl { display: grid; grid-template-columns: max-content 1fr; gap: 10px 20px; margin: 0; align-items: baseline; }
      dt { color: var(--expo-muted); }
      dd { margin: 0; overflow-wrap: anywhere; }
      .actions { display: flex; gap: 12px; flex-wrap: wrap; align-items: center; }
      .actions button, .actions a.button { min-height: 40px; box-sizing: border-box; display: inline-flex; align-items: center; }
      .problem { color: var(--expo-danger); }
      @media (max-width: 600px) { dl { grid-template-columns: 1fr; gap: 2px; } dd { margin-bottom: 10px; } }
    `,
  ];

  private readonly i18n = new LocaleController(this);
  @state() private view: AccountState = { kind: 'loading' };
  @state() private signingOut = false;
  @state() private signOutProblem: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    this.view = { kind: 'loading' };
    try {
      this.view = { kind: 'ready', user: await api.me() };
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) this.view = { kind: 'signed-out' };
      else this.view = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }

  private async signOut(): Promise<void> {
    this.signingOut = true;
    this.signOutProblem = undefined;
    try {
      await api.logout();
      location.assign(pageUrl('/login', this.i18n.locale));
    } catch (error) {
      this.signingOut = false;
      this.signOutProblem = error instanceof Error ? error.message : String(error);
    }
  }

  override render() {
    document.title = `${this.i18n.t('account.title')} · ${this.i18n.t('app.title')}`;
    return html`
      <expo-site-header no-account></expo-site-header>
      <main>
        <h1>${this.i18n.t('account.title')}</h1>
        ${this.renderBody()}
      </main>
    `;
  }

  private renderBody() {
    const view = this.view;
    const locale = this.i18n.locale;
    switch (view.kind) {
      case 'loading':
        return html`<div class="status" role="status">${this.i18n.t('account.loading')}</div>`;
      case 'signed-out':
        return html`<div class="status" data-testid="account-signed-out">
          <p>${this.i18n.t('account.signedOut')}</p>
          <p><a class="button primary" href=${pageUrl('/login', locale)}>${this.i18n.t('nav.signIn')}</a>
          <a class="button" href=${pageUrl('/register', locale)}>${this.i18n.t('nav.register')}</a></p>
        </div>`;
      case 'error':
        return html`<div class="status error" role="alert">
          <p>${this.i18n.t('account.error')}: ${view.message}</p>
          <button @click=${() => this.load()}>${this.i18n.t('register.retry')}</button>
        </div>`;
      case 'ready':
        return this.renderAccount(view.user);
    }
  }

  private renderAccount(user: UserSummary) {
    const locale = this.i18n.locale;
    return html`<div class="layout">
      ${user.role === 'organizer' ? nothing : this.renderStatus(user)}
      <section class="card">
        <dl>
          <dt>${this.i18n.t('account.name')}</dt>
          <dd data-testid="account-display-name">${user.displayName}</dd>
          <dt>${this.i18n.t('account.email')}</dt>
          <dd>${user.email}</dd>
          <dt>${this.i18n.t('account.role')}</dt>
          <dd data-testid="account-role">${this.i18n.t(ROLE[user.role])}</dd>
        </dl>
      </section>
      <div class="actions">
        ${user.role === 'organizer'
          ? html`<a class="button primary" href=${pageUrl('/organizer/review', locale)}>${this.i18n.t('nav.review')}</a>`
          : user.status === 'approved'
            ? html`<a class="button primary" href=${pageUrl('/', locale)}>${this.i18n.t('account.toHalls')}</a>`
            : nothing}
        <button @click=${() => this.signOut()} ?disabled=${this.signingOut} data-testid="sign-out">
          ${this.i18n.t(this.signingOut ? 'nav.signingOut' : 'nav.signOut')}
        </button>
        ${this.signOutProblem ? html`<span class="problem" role="alert">${this.i18n.t('account.signOutFailed')}: ${this.signOutProblem}</span>` : nothing}
      </div>
    </div>`;
  }

  private renderStatus(user: UserSummary) {
    switch (user.status) {
      case 'pending':
        return html`<section class="banner pending" role="status" data-testid="account-status" data-status="pending">
          <h2>${this.i18n.t('account.pendingTitle')}</h2>
          <p>${this.i18n.t('account.pendingBody')}</p>
        </section>`;
      case 'approved':
        return html`<section class="banner approved" role="status" data-testid="account-status" data-status="approved">
          <h2>${this.i18n.t('account.approvedTitle')}</h2>
          <p>${this.i18n.t('account.approvedBody')}</p>
        </section>`;
      case 'rejected':
        return html`<section class="banner rejected" role="status" data-testid="account-status" data-status="rejected">
          <h2>${this.i18n.t('account.rejectedTitle')}</h2>
          ${user.reviewReason
            ? html`<p>${this.i18n.t('account.rejectedReason')}</p>
                <blockquote data-testid="account-review-reason">${user.reviewReason}</blockquote>`
            : nothing}
        </section>`;
    }
  }
}
