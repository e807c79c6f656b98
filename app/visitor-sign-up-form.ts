import { html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { Currency, VisitorSignUp, type SessionInfo } from '../model';
import { api } from './api-client';
import { controlId, describedBy, problemList, textField } from './form-field';
import { SignUpForm, textValues } from './sign-up-form';
import { VISITOR_FIELDS, visitorSignUpInput } from './sign-up-values';
import './category-checklist';

/**
 * The visitor's sign-up: who they are, how to sign in, and what they mean to buy (categories,
 * keywords, a budget), sent as JSON once the model's `VisitorSignUp` accepts it.
 */
@customElement('expo-visitor-sign-up')
export class VisitorSignUpForm extends SignUpForm {
  protected override readonly fields = VISITOR_FIELDS;
  @state() private chosen: readonly string[] = [];

  protected override prepare(form: HTMLFormElement) {
    const data = new FormData(form);
    const parsed = VisitorSignUp.safeParse(visitorSignUpInput({ ...textValues(data), 'intent.categories': this.chosen, acceptTerms: data.get('acceptTerms') === 'on' }));
    if (!parsed.success) return { issues: parsed.error.issues };
    const signUp = parsed.data;
    return { send: (): Promise<SessionInfo> => api.registerVisitor(this.expoId, signUp) };
  }

  override render() {
    const locale = this.i18n.locale;
    const p = (name: string) => this.problems.get(name);
    const optional = this.i18n.t('form.optional');
    const budgetProblems = [...(p('intent.budget') ?? []), ...(p('intent.budget.min') ?? []), ...(p('intent.budget.max') ?? [])];
    return html`<form novalidate @submit=${this.submit} @input=${this.edited} @change=${this.edited} data-testid="visitor-form">
      <fieldset>
        <legend>${this.i18n.t('register.section.person')}</legend>
        ${textField({ name: 'displayName', label: this.i18n.t('field.displayName'), hint: this.i18n.t('field.displayNameHint'), autocomplete: 'name' }, p('displayName'), locale)}
        <div class="pair">
          ${textField({ name: 'company', label: this.i18n.t('field.company'), optionalLabel: optional, autocomplete: 'organization' }, p('company'), locale)}
          ${textField({ name: 'jobTitle', label: this.i18n.t('field.jobTitle'), optionalLabel: optional, autocomplete: 'organization-title' }, p('jobTitle'), locale)}
        </div>
        ${this.countryField()}
        ${textField({ name: 'email', label: this.i18n.t('field.email'), type: 'email', inputmode: 'email', autocomplete: 'email' }, p('email'), locale)}
        ${textField({ name: 'password', label: this.i18n.t('field.password'), type: 'password', hint: this.i18n.t('field.passwordHint'), autocomplete: 'new-password' }, p('password'), locale)}
        ${textField({ name: 'phone', label: this.i18n.t('field.phone'), type: 'tel', inputmode: 'tel', optionalLabel: optional, autocomplete: 'tel' }, p('phone'), locale)}
      </fieldset>
      <fieldset>
        <legend>${this.i18n.t('register.section.intent')}</legend>
        <expo-category-checklist
          name="intent.categories"
          label=${this.i18n.t('field.intentCategories')}
          hint=${this.i18n.t('field.intentCategoriesHint')}
          .categories=${this.categories}
          loadError=${this.categoriesError}
          .value=${this.chosen}
          .problems=${p('intent.categories')}
          ?data-invalid=${!!p('intent.categories')?.length}
          @change=${(event: CustomEvent<readonly string[]>) => (this.chosen = event.detail)}
        ></expo-category-checklist>
        ${textField({ name: 'intent.tags', label: this.i18n.t('field.tags'), hint: this.i18n.t('field.tagsHint'), optionalLabel: optional }, p('intent.tags'), locale)}
        <div class="field" role="group" aria-labelledby="budget-label">
          <span class="label" id="budget-label">${this.i18n.t('field.budget')} <span class="optional">${optional}</span></span>
          <div class="budget">
            <label>
              <span class="hint">${this.i18n.t('field.currency')}</span>
              <select name="intent.budget.currency" id=${controlId('intent.budget.currency')}>
                ${Currency.options.map((currency) => html`<option value=${currency}>${currency}</option>`)}
              </select>
            </label>
            ${this.amountField('intent.budget.min', this.i18n.t('field.budgetMin'), budgetProblems)}
            ${this.amountField('intent.budget.max', this.i18n.t('field.budgetMax'), budgetProblems)}
          </div>
          ${problemList('intent.budget', budgetProblems.length ? budgetProblems : undefined, locale)}
        </div>
      </fieldset>
      ${this.termsField()} ${this.summary()} ${this.submitButton()}
    </form>`;
  }

  private amountField(name: string, label: string, budgetProblems: readonly string[]) {
    const mine = this.problems.get(name) ?? this.problems.get('intent.budget');
    return html`<label>
      <span class="hint">${label}</span>
      <input
        name=${name}
        id=${controlId(name)}
        type="number"
        min="0"
        step="1"
        inputmode="numeric"
        aria-invalid=${mine?.length ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy('intent.budget', false, budgetProblems.length ? budgetProblems : undefined))}
      />
    </label>`;
  }
}
