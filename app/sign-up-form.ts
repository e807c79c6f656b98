import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Category, SessionInfo } from '../model';
import { ApiError } from './api-client';
import { countryOptions, DEFAULT_COUNTRY } from './country-options';
import { FORM_LEVEL, problemsFromDetails, problemsFromIssues, type FieldProblems } from './field-problems';
import { controlId, describedBy, formProblems, formStyles, problemList } from './form-field';
import { LocaleController } from './locale-controller';
import { theme } from './theme';

/** The text fields of a submitted form by name (files and repeated names are read separately). */
export function textValues(data: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of data.entries()) if (typeof value === 'string') values[name] = value;
  return values;
}

/**
 * What the exhibitor and visitor sign-up forms share: the expo and its categories, checking with
 * the model's schema before sending, showing each problem (the schema's or the server's) under its
 * field, and announcing the new session with a `registered` event (`detail`: `SessionInfo`).
 */
export abstract class SignUpForm extends LitElement {
  static override styles = [theme, formStyles];

  @property() expoId = '';
  /** The expo's taxonomy; undefined while it loads. */
  @property({ attribute: false }) categories: readonly Category[] | undefined;
  @property() categoriesError = '';

  @state() protected problems: FieldProblems = new Map();
  @state() protected busy = false;
  protected readonly i18n = new LocaleController(this);

  /** The field paths the schema and the server report problems under. */
  protected abstract readonly fields: readonly string[];

  /**
   * Checks the form. Returns the request that registers, or the problems found (the schema's
   * issues, plus any the form checks itself, like the licence file).
   */
  protected abstract prepare(form: HTMLFormElement): { send: () => Promise<SessionInfo> } | { issues: { path: readonly PropertyKey[]; message: string }[] };

  protected async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const prepared = this.prepare(event.target as HTMLFormElement);
    if ('issues' in prepared) {
      this.problems = problemsFromIssues(prepared.issues, this.fields);
      await this.focusFirstProblem();
      return;
    }
    this.problems = new Map();
    this.busy = true;
    try {
      const session = await prepared.send();
      this.dispatchEvent(new CustomEvent<SessionInfo>('registered', { detail: session, bubbles: true, composed: true }));
    } catch (error) {
      this.busy = false;
      if (error instanceof ApiError && error.status < 500 && error.details.length) this.problems = problemsFromDetails(error.details, this.fields);
      else this.problems = new Map([[FORM_LEVEL, [error instanceof Error ? error.message : String(error)]]]);
      await this.focusFirstProblem();
    }
  }

  /** Typing in a field clears its problem: the next submit checks it again. */
  protected edited(event: Event): void {
    const name = (event.target as HTMLInputElement | null)?.name;
    if (!name || !this.problems.has(name)) return;
    const next = new Map(this.problems);
    next.delete(name);
    this.problems = next;
  }

  protected async focusFirstProblem(): Promise<void> {
    await this.updateComplete;
    const first = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid], .form-problems');
    first?.focus();
    first?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  protected countryField(name = 'country') {
    const locale = this.i18n.locale;
    const problems = this.problems.get(name);
    return html`<div class="field">
      <label for=${controlId(name)}>${this.i18n.t('field.country')}</label>
      <select id=${controlId(name)} name=${name} autocomplete="country" aria-invalid=${problems?.length ? 'true' : 'false'} aria-describedby=${ifDefined(describedBy(name, false, problems))}>
        ${countryOptions(locale).map((option) => html`<option value=${option.code} ?selected=${option.code === DEFAULT_COUNTRY}>${option.name}</option>`)}
      </select>
      ${problemList(name, problems, locale)}
    </div>`;
  }

  protected termsField() {
    const problems = this.problems.get('acceptTerms');
    return html`<div class="field">
      <label class="check">
        <input type="checkbox" name="acceptTerms" id=${controlId('acceptTerms')} aria-invalid=${problems?.length ? 'true' : 'false'} aria-describedby=${ifDefined(describedBy('acceptTerms', false, problems))} />
        <span>${this.i18n.t('field.acceptTerms')}</span>
      </label>
      ${problemList('acceptTerms', problems, this.i18n.locale)}
    </div>`;
  }

  /** The summary above the button: what names no field, or a reminder that fields are marked. */
  protected summary() {
    const locale = this.i18n.locale;
    const formLevel = this.problems.get(FORM_LEVEL);
    if (formLevel?.length) return formProblems(this.i18n.t('register.failed'), formLevel, locale);
    if (this.problems.size === 0) return nothing;
    return html`<div class="form-problems" role="alert" tabindex="-1" data-testid="form-summary"><p>${this.i18n.t('form.fixProblems')}</p></div>`;
  }

  protected submitButton() {
    return html`<div class="actions">
      <button class="primary big" type="submit" ?disabled=${this.busy || !this.expoId} data-testid="register-submit">
        ${this.i18n.t(this.busy ? 'register.submitting' : 'register.submit')}
      </button>
    </div>`;
  }
}
