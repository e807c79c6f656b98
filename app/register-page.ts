import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { pickText, type Category, type ExpoSummary, type SessionInfo } from '../model';
import { api } from './api-client';
import { currentExpo } from './current-expo';
import type { MessageKey } from './i18n';
import { LocaleController } from './locale-controller';
import { pageUrl } from './page-links';
import { pageStyles } from './page-styles';
import { theme } from './theme';
import './exhibitor-sign-up-form';
import './site-header';
import './visitor-sign-up-form';

type Kind = 'exhibitor' | 'visitor';
const KINDS: readonly Kind[] = ['exhibitor', 'visitor'];
const TAB_LABEL: Record<Kind, MessageKey> = { exhibitor: 'register.tab.exhibitor', visitor: 'register.tab.visitor' };
const INTRO: Record<Kind, MessageKey> = { exhibitor: 'register.exhibitorIntro', visitor: 'register.visitorIntro' };

type ExpoState = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'none' } | { kind: 'ready'; expo: ExpoSummary };

/**
 * `/register`: sign up as an exhibitor or a visitor (two tabs; `?as=visitor` opens the second) for
 * the fair named by `?expo=`, or the first one. A new account goes straight to `/account`.
 */
@customElement('expo-register-page')
export class RegisterPage extends LitElement {
  static override styles = [
    theme,
    pageStyles,
    css`
      main { max-width: 760px; }
      [role='tablist'] { display: flex; gap: 4px; border-bottom: 2px solid var(--expo-line); margin: 0 0 16px; }
      [role='tab'] { border: 0; border-bottom: 3px solid transparent; border-radius: 8px 8px 0 0; background: transparent; padding: 10px 20px; font-size: 16px; font-weight: 600; color: var(--expo-muted); margin-bottom: -2px; min-height: 44px; }
      [role='tab'][aria-selected='true'] { color: var(--expo-accent); border-bottom-color: var(--expo-accent); background: var(--expo-surface); }
      [role='tabpanel'] p.intro { margin-bottom: 16px; }
      .expo { color: #10284a; font-weight: 600; margin: 0 0 16px; }
    `,
  ];

  private readonly i18n = new LocaleController(this);
  @state() private tab: Kind = new URLSearchParams(location.search).get('as') === 'visitor' ? 'visitor' : 'exhibitor';
  @state() private expo: ExpoState = { kind: 'loading' };
  @state() private categories: readonly Category[] | undefined;
  @state() private categoriesError = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    this.expo = { kind: 'loading' };
    let expo: ExpoSummary | undefined;
    try {
      expo = await currentExpo();
    } catch (error) {
      this.expo = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
      return;
    }
    if (!expo) {
      this.expo = { kind: 'none' };
      return;
    }
    this.expo = { kind: 'ready', expo };
    try {
      this.categories = (await api.categories(expo.id)).items;
      this.categoriesError = '';
    } catch (error) {
      this.categoriesError = error instanceof Error ? error.message : String(error);
    }
  }

  private registered(event: CustomEvent<SessionInfo>): void {
    event.stopPropagation();
    location.assign(pageUrl('/account', this.i18n.locale));
  }

  /** Arrow keys, Home and End move between the tabs (the WAI-ARIA tabs pattern). */
  private tabKey(event: KeyboardEvent): void {
    const index = KINDS.indexOf(this.tab);
    const next =
      event.key === 'ArrowRight' ? KINDS[(index + 1) % KINDS.length] : event.key === 'ArrowLeft' ? KINDS[(index + KINDS.length - 1) % KINDS.length] : event.key === 'Home' ? KINDS[0] : event.key === 'End' ? KINDS[KINDS.length - 1] : undefined;
    if (!next) return;
    event.preventDefault();
    this.tab = next;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus());
  }

  override render() {
    const locale = this.i18n.locale;
    document.title = `${this.i18n.t('register.title')} · ${this.i18n.t('app.title')}`;
    return html`
      <expo-site-header no-account></expo-site-header>
      <main>
        <h1>${this.i18n.t('register.title')}</h1>
        ${this.renderBody()}
        <p class="intro" style="margin-top: 20px">
          ${this.i18n.t('register.haveAccount')} <a href=${pageUrl('/login', locale)}>${this.i18n.t('nav.signIn')}</a>
        </p>
      </main>
    `;
  }

  private renderBody() {
    const view = this.expo;
    switch (view.kind) {
      case 'loading':
        return html`<div class="status" role="status">${this.i18n.t('register.loading')}</div>`;
      case 'error':
        return html`<div class="status error" role="alert">
          <p>${this.i18n.t('register.loadError')}: ${view.message}</p>
          <button @click=${() => this.load()}>${this.i18n.t('register.retry')}</button>
        </div>`;
      case 'none':
        return html`<div class="status">${this.i18n.t('register.noExpo')}</div>`;
      case 'ready':
        return this.renderForms(view.expo);
    }
  }

  private renderForms(expo: ExpoSummary) {
    return html`
      <p class="expo" data-testid="register-expo">${this.i18n.t('register.for', { name: pickText(expo.name, this.i18n.locale) })}</p>
      <div role="tablist" aria-label=${this.i18n.t('register.tabs')} @keydown=${this.tabKey}>
        ${KINDS.map(
          (kind) => html`<button
            role="tab"
            id="tab-${kind}"
            aria-selected=${this.tab === kind ? 'true' : 'false'}
            aria-controls="panel-${kind}"
            tabindex=${this.tab === kind ? '0' : '-1'}
            data-testid="tab-${kind}"
            @click=${() => (this.tab = kind)}
          >
            ${this.i18n.t(TAB_LABEL[kind])}
          </button>`,
        )}
      </div>
      ${KINDS.map(
        (kind) => html`<section role="tabpanel" id="panel-${kind}" aria-labelledby="tab-${kind}" ?hidden=${this.tab !== kind} class="card">
          <p class="intro">${this.i18n.t(INTRO[kind])}</p>
          ${kind === 'exhibitor'
            ? html`<expo-exhibitor-sign-up .expoId=${expo.id} .categories=${this.categories} .categoriesError=${this.categoriesError} @registered=${this.registered}></expo-exhibitor-sign-up>`
            : html`<expo-visitor-sign-up .expoId=${expo.id} .categories=${this.categories} .categoriesError=${this.categoriesError} @registered=${this.registered}></expo-visitor-sign-up>`}
        </section>`,
      )}
    `;
  }
}
