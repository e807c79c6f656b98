import { html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ExhibitorSignUp, type SessionInfo } from '../model';
import { api } from './api-client';
import { controlId, describedBy, problemList, textField } from './form-field';
import { t } from './i18n';
import { LICENCE_FILE, licenceProblem } from './licence-file';
import { SignUpForm, textValues } from './sign-up-form';
import { EXHIBITOR_FIELDS, exhibitorSignUpInput } from './sign-up-values';
import './category-checklist';

/**
 * The exhibitor's sign-up: company (both names), credit code, categories, contact, sign-in and the
 * business licence scan, sent as `multipart/form-data` once the model's `ExhibitorSignUp` accepts it.
 */
@customElement('expo-exhibitor-sign-up')
export class ExhibitorSignUpForm extends SignUpForm {
  protected override readonly fields = EXHIBITOR_FIELDS;
  @state() private chosen: readonly string[] = [];

  protected override prepare(form: HTMLFormElement) {
    const data = new FormData(form);
    const input = exhibitorSignUpInput({ ...textValues(data), categories: this.chosen, acceptTerms: data.get('acceptTerms') === 'on' });
    const parsed = ExhibitorSignUp.safeParse(input);
    const licence = data.get('licence');
    const file = licence instanceof File ? licence : undefined;
    const fileProblem = licenceProblem(file);
    const issues: { path: readonly PropertyKey[]; message: string }[] = parsed.success ? [] : [...parsed.error.issues];
    // Stored in English like the schema's messages; `localizeProblem` says it in the page language.
    if (fileProblem) issues.push({ path: ['licence'], message: t('en', fileProblem.key, fileProblem.params) });
    if (!parsed.success || !file || fileProblem) return { issues };
    const signUp = parsed.data;
    return { send: (): Promise<SessionInfo> => api.registerExhibitor(this.expoId, signUp, file, file.name) };
  }

  override render() {
    const locale = this.i18n.locale;
    const p = (name: string) => this.problems.get(name);
    const optional = this.i18n.t('form.optional');
    return html`<form novalidate @submit=${this.submit} @input=${this.edited} @change=${this.edited} data-testid="exhibitor-form">
      <fieldset>
        <legend>${this.i18n.t('register.section.company')}</legend>
        <div class="pair">
          ${textField({ name: 'companyName.zh-CN', label: this.i18n.t('field.companyNameZh'), lang: 'zh-CN', autocomplete: 'organization' }, p('companyName.zh-CN'), locale)}
          ${textField({ name: 'companyName.en', label: this.i18n.t('field.companyNameEn'), lang: 'en' }, p('companyName.en'), locale)}
        </div>
        ${textField({ name: 'uscc', label: this.i18n.t('field.uscc'), hint: this.i18n.t('field.usccHint'), autocomplete: 'off' }, p('uscc'), locale)}
        ${this.countryField()}
        ${textField({ name: 'website', label: this.i18n.t('field.website'), type: 'url', inputmode: 'url', hint: this.i18n.t('field.websiteHint'), optionalLabel: optional, autocomplete: 'url' }, p('website'), locale)}
        <div class="pair">
          ${textField({ name: 'description.zh-CN', label: this.i18n.t('field.descriptionZh'), lang: 'zh-CN', multiline: true, optionalLabel: optional }, p('description.zh-CN'), locale)}
          ${textField({ name: 'description.en', label: this.i18n.t('field.descriptionEn'), lang: 'en', multiline: true, optionalLabel: optional }, p('description.en'), locale)}
        </div>
      </fieldset>
      <expo-category-checklist
        name="categories"
        label=${this.i18n.t('field.categories')}
        hint=${this.i18n.t('field.categoriesHint')}
        .categories=${this.categories}
        loadError=${this.categoriesError}
        .value=${this.chosen}
        .problems=${p('categories')}
        ?data-invalid=${!!p('categories')?.length}
        @change=${(event: CustomEvent<readonly string[]>) => (this.chosen = event.detail)}
      ></expo-category-checklist>
      <fieldset>
        <legend>${this.i18n.t('register.section.contact')}</legend>
        <div class="pair">
          ${textField({ name: 'contactPerson', label: this.i18n.t('field.contactPerson'), autocomplete: 'name' }, p('contactPerson'), locale)}
          ${textField({ name: 'phone', label: this.i18n.t('field.phone'), type: 'tel', inputmode: 'tel', autocomplete: 'tel' }, p('phone'), locale)}
        </div>
        ${textField({ name: 'email', label: this.i18n.t('field.email'), type: 'email', inputmode: 'email', autocomplete: 'email' }, p('email'), locale)}
        ${textField({ name: 'password', label: this.i18n.t('field.password'), type: 'password', hint: this.i18n.t('field.passwordHint'), autocomplete: 'new-password' }, p('password'), locale)}
      </fieldset>
      <fieldset>
        <legend>${this.i18n.t('register.section.licence')}</legend>
        <div class="field">
          <label for=${controlId('licence')}>${this.i18n.t('field.licence')}</label>
          <input
            id=${controlId('licence')}
            name="licence"
            type="file"
            accept=${LICENCE_FILE.accept}
            aria-invalid=${p('licence')?.length ? 'true' : 'false'}
            aria-describedby=${describedBy('licence', true, p('licence'))!}
          />
          <span class="hint" id="${controlId('licence')}-hint">${this.i18n.t('field.licenceHint')}</span>
          ${problemList('licence', p('licence'), locale)}
        </div>
      </fieldset>
      ${this.termsField()} ${this.summary()} ${this.submitButton()}
    </form>`;
  }
}
