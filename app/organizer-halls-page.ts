import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { UserSummary } from '../model';
import '../editor';
import { api, ApiError } from './api-client';
import { LocaleController } from './locale-controller';
import { pageUrl } from './page-links';
import { pageStyles } from './page-styles';
import { theme } from './theme';
import './site-header';

type Gate = { kind: 'loading' } | { kind: 'signed-out' } | { kind: 'forbidden' } | { kind: 'error'; message: string } | { kind: 'ready'; user: UserSummary };

/**
 * `/organizer/halls`: the organizer's halls and the layout editor. `?hall=<id>` opens one hall
 * in the editor; without it the page lists the expo's halls and offers new ones from templates.
 * Anyone who is not an organizer is told so (signed out: a link to sign in).
 */
@customElement('expo-organizer-halls-page')
export class OrganizerHallsPage extends LitElement {
  static override styles = [
    theme,
    pageStyles,
    css`
      :host { display: flex; flex-direction: column; height: 100vh; }
      main.wide { max-width: 1080px; }
      .editor { flex: 1; min-height: 0; display: flex; flex-direction: column; }
      .crumbs { padding: 6px 12px; font-size: 14px; background: #f4f7fb; }
      hall-layout-editor { flex: 1; min-height: 0; }
    `,
  ];

  private readonly i18n = new LocaleController(this);
  @state() private gate: Gate = { kind: 'loading' };
  @state() private hallId = new URLSearchParams(location.search).get('hall') ?? '';

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    void this.start();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('popstate', this.onPopState);
    super.disconnectedCallback();
  }

  private readonly onPopState = () => (this.hallId = new URLSearchParams(location.search).get('hall') ?? '');

  private async start(): Promise<void> {
    try {
      const user = await api.me();
      this.gate = user.role === 'organizer' ? { kind: 'ready', user } : { kind: 'forbidden' };
    } catch (error) {
      this.gate = error instanceof ApiError && error.status === 401 ? { kind: 'signed-out' } : { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }

  private openHall(hallId: string): void {
    history.pushState(null, '', pageUrl('/organizer/halls', this.i18n.locale, hallId ? { hall: hallId } : {}));
    this.hallId = hallId;
  }

  override render() {
    const locale = this.i18n.locale;
    const gate = this.gate;
    const header = html`<expo-site-header></expo-site-header>`;
    if (gate.kind !== 'ready') {
      const message =
        gate.kind === 'loading'
          ? this.i18n.t('halls.loading')
          : gate.kind === 'signed-out'
            ? this.i18n.t('halls.signIn')
            : gate.kind === 'forbidden'
              ? this.i18n.t('halls.forbidden')
              : gate.message;
      return html`${header}<main><div class="status ${gate.kind === 'loading' ? '' : 'error'}" role=${gate.kind === 'loading' ? 'status' : 'alert'} data-testid="halls-gate">
          <p>${message}</p>
          ${gate.kind === 'signed-out' ? html`<p><a href=${pageUrl('/login', locale, { next: '/organizer/halls' })}>${this.i18n.t('nav.signIn')}</a></p>` : ''}
        </div></main>`;
    }
    if (this.hallId) {
      return html`${header}<div class="editor">
          <div class="crumbs"><a href=${pageUrl('/organizer/halls', locale)} @click=${(e: Event) => (e.preventDefault(), this.openHall(''))}>${this.i18n.t('halls.all')}</a></div>
          <hall-layout-editor hall-id=${this.hallId} expo-id=${gate.user.expoId} locale=${locale}></hall-layout-editor>
        </div>`;
    }
    return html`${header}<main class="wide">
        <h1>${this.i18n.t('halls.heading')}</h1>
        <p class="intro">${this.i18n.t('halls.intro')}</p>
        <hall-picker .expoId=${gate.user.expoId} locale=${locale} @open-hall=${(e: CustomEvent<{ hallId: string }>) => this.openHall(e.detail.hallId)}></hall-picker>
      </main>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'expo-organizer-halls-page': OrganizerHallsPage;
  }
}
