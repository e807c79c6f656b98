import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import '../editor';
import type { UserSummary } from '../model';
import { api, ApiError } from './api-client';
import { LocaleController } from './locale-controller';
import { pageUrl } from './page-links';
import { pageStyles } from './page-styles';
import './site-header';
import { theme } from './theme';

type PageState = { kind: 'loading' } | { kind: 'signed-out' } | { kind: 'not-exhibitor' } | { kind: 'error'; message: string } | { kind: 'ready'; user: UserSummary & { exhibitorId: string } };

/** `/editor`: the booth editor for a signed-in exhibitor; anyone else is told why not and where to sign in. */
@customElement('expo-editor-page')
export class EditorPage extends LitElement {
  static override styles = [theme, pageStyles, css`main.editor { max-width: 1400px; }`];
  private readonly i18n = new LocaleController(this);
  @state() private view: PageState = { kind: 'loading' };

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const user = await api.me();
      this.view = user.role === 'exhibitor' && user.exhibitorId ? { kind: 'ready', user: { ...user, exhibitorId: user.exhibitorId } } : { kind: 'not-exhibitor' };
    } catch (err) {
      this.view = err instanceof ApiError && err.status === 401 ? { kind: 'signed-out' } : { kind: 'error', message: err instanceof Error ? err.message : String(err) };
    }
  }

  override render() {
    const locale = this.i18n.locale;
    const view = this.view;
    const signIn = html`<a href=${pageUrl('/login', locale, { next: '/editor' })}>${this.i18n.t('editor.signIn')}</a>`;
    return html`<expo-site-header></expo-site-header>
      <main class="wide editor">
        <h1>${this.i18n.t('editor.title')}</h1>
        ${view.kind === 'loading' ? html`<p class="status" role="status">${this.i18n.t('editor.checking')}</p>` : ''}
        ${view.kind === 'signed-out' ? html`<div class="status" role="alert" data-testid="editor-signed-out"><p>${this.i18n.t('editor.needSignIn')}</p><p>${signIn}</p></div>` : ''}
        ${view.kind === 'not-exhibitor' ? html`<div class="status" role="alert" data-testid="editor-not-exhibitor"><p>${this.i18n.t('editor.onlyExhibitors')}</p><p>${signIn}</p></div>` : ''}
        ${view.kind === 'error' ? html`<p class="status error" role="alert">${view.message}</p>` : ''}
        ${view.kind === 'ready' ? html`<booth-editor .locale=${locale} exhibitor-id=${view.user.exhibitorId}></booth-editor>` : ''}
      </main>`;
  }
}
