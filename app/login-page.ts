import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { LoginRequest } from '../model';
import { ApiError, api } from './api-client';
import { problemsFromDetails, problemsFromIssues, FORM_LEVEL, type FieldProblems } from './field-problems';
import { formProblems, formStyles, textField } from './form-field';
import { LocaleController } from './locale-controller';
import { homeFor, pageUrl, returnPathFrom } from './page-links';
import { pageStyles } from './page-styles';
import { localizeProblem } from './problem-text';
import { theme } from './theme';
import './site-header';

const FIELDS = ['email', 'password'];

/** `/login`: email and password; organizers land at their review queue, everyone else at their account. */
@customElement('expo-login-page')
export class LoginPage extends LitElement {
  static override styles = [theme, pageStyles, formStyles];

  private readonly i18n = new LocaleController(this);
  @state() private problems: FieldProblems = new Map();
  /** The server's answer to a refused sign-in ("wrong email or password"), shown as it said it. */
  @state() private refusal: string | undefined;
  @state() private busy = false;

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    this.refusal = undefined;
    const parsed = LoginRequest.safeParse({ email: String(data.get('email') ?? ''), password: String(data.get('password') ?? '') });
    if (!parsed.success) {
      this.problems = problemsFromIssues(parsed.error.issues, FIELDS);
      await this.focusFirstProblem();
      return;
    }
    this.problems = new Map();
    this.busy = true;
    try {
      const session = await api.login(parsed.data);
      location.assign(pageUrl(returnPathFrom(location.search) ?? homeFor(session.user.role), this.i18n.locale));
    } catch (error) {
      this.busy = false;
      if (error instanceof ApiError && error.status < 500) {
        this.problems = problemsFromDetails(error.details, FIELDS);
        this.refusal = error.message;
      } else {
        this.refusal = error instanceof Error ? error.message : String(error);
      }
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[role="alert"]')?.focus();
    }
  }

  private async focusFirstProblem(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  override render() {
    const locale = this.i18n.locale;
    document.title = `${this.i18n.t('login.title')} · ${this.i18n.t('app.title')}`;
    return html`
      <expo-site-header no-account></expo-site-header>
      <main>
        <h1>${this.i18n.t('login.title')}</h1>
        <p class="intro">${this.i18n.t('login.intro')}</p>
        <div class="card">
          <form novalidate @submit=${this.submit} data-testid="login-form">
            ${this.refusal
              ? html`<div class="form-problems" role="alert" tabindex="-1" data-testid="login-error">
                  <p>${this.i18n.t('login.failed')}</p>
                  <span>${localizeProblem(this.refusal, locale)}</span>
                </div>`
              : nothing}
            ${textField({ name: 'email', label: this.i18n.t('field.email'), type: 'email', autocomplete: 'username', inputmode: 'email' }, this.problems.get('email'), locale)}
            ${textField({ name: 'password', label: this.i18n.t('field.password'), type: 'password', autocomplete: 'current-password' }, this.problems.get('password'), locale)}
            ${formProblems(this.i18n.t('form.fixProblems'), this.problems.get(FORM_LEVEL), locale)}
            <div class="actions">
              <button class="primary big" type="submit" ?disabled=${this.busy} data-testid="login-submit">
                ${this.i18n.t(this.busy ? 'login.submitting' : 'login.submit')}
              </button>
            </div>
          </form>
        </div>
        <p class="intro" style="margin-top: 20px">
          ${this.i18n.t('login.noAccount')} <a href=${pageUrl('/register', locale)}>${this.i18n.t('login.register')}</a>
        </p>
      </main>
    `;
  }
}
