import { css, html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Locale } from '../model';
import { localizeProblem } from './problem-text';

/** Form controls of the account pages: labels above inputs, hints and problems below, touch-sized. */
export const formStyles = css`
  form { display: grid; gap: 18px; }
  fieldset { border: 0; margin: 0; padding: 0; display: grid; gap: 14px; min-width: 0; }
  legend, h2.section { font-size: 16px; font-weight: 700; color: #10284a; padding: 0; margin: 6px 0 10px; }
  .field { display: grid; gap: 5px; min-width: 0; }
  .field > label, .label { font-weight: 600; font-size: 14px; }
  .optional { font-weight: 400; color: var(--expo-muted); }
  .hint { color: var(--expo-muted); font-size: 13px; }
  input:not([type='checkbox']):not([type='radio']), select, textarea {
    font: inherit; font-size: 16px; color: var(--expo-ink); background: #fff;
    border: 1px solid #b9c3d3; border-radius: 8px; padding: 8px 11px; min-height: 42px; width: 100%; box-sizing: border-box;
  }
  input[type='file'] { padding: 7px; }
  textarea { min-height: 84px; resize: vertical; }
  input:focus-visible, select:focus-visible, textarea:focus-visible { outline: 3px solid #7db3ff; outline-offset: 1px; }
  [aria-invalid='true'] { border-color: var(--expo-danger) !important; }
  .problems { margin: 0; padding: 0; list-style: none; color: var(--expo-danger); font-size: 13px; }
  .problems li::before { content: '⚠ '; }
  .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 14px; }
  .field > label.check { display: flex; gap: 10px; align-items: flex-start; font-size: 15px; font-weight: 400; line-height: 1.4; cursor: pointer; }
  .check input { width: 20px; height: 20px; margin: 1px 0 0; flex: none; accent-color: var(--expo-accent); }
  .form-problems { border: 1px solid var(--expo-danger); background: #fdecea; color: #8a1c15; border-radius: 10px; padding: 12px 16px; }
  .form-problems:focus { outline: none; box-shadow: 0 0 0 3px rgba(179, 38, 30, 0.25); }
  .form-problems p { margin: 0 0 4px; font-weight: 600; }
  .form-problems p:only-child { margin: 0; }
  .form-problems ul { margin: 0; padding-left: 20px; }
  .actions { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; }
  button.primary.big { padding: 10px 22px; font-size: 16px; min-height: 44px; }
  button:disabled { opacity: 0.6; cursor: progress; }
  .budget { display: grid; grid-template-columns: minmax(90px, 120px) 1fr 1fr; gap: 10px; }
  .budget label { display: grid; gap: 3px; min-width: 0; }
  @media (max-width: 600px) { .pair { grid-template-columns: 1fr; } }
`;

/** An id usable in `for=` / `aria-describedby` for a field path like `companyName.zh-CN`. */
export function controlId(name: string): string {
  return `f-${name.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/** The list of problems under a field (rendered as text), or nothing. */
export function problemList(name: string, problems: readonly string[] | undefined, locale: Locale) {
  if (!problems?.length) return nothing;
  return html`<ul class="problems" id="${controlId(name)}-problems" data-problems-for=${name}>
    ${problems.map((problem) => html`<li>${localizeProblem(problem, locale)}</li>`)}
  </ul>`;
}

/** The `aria-describedby` of a control: its hint and its problems, whichever it has. */
export function describedBy(name: string, hint: boolean, problems: readonly string[] | undefined): string | undefined {
  const ids = [hint ? `${controlId(name)}-hint` : '', problems?.length ? `${controlId(name)}-problems` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export interface TextFieldOptions {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'tel' | 'url' | 'number';
  autocomplete?: string;
  hint?: string;
  optionalLabel?: string;
  /** The language of what is typed, when it is not the page's (a Chinese name on the English page). */
  lang?: string;
  inputmode?: 'text' | 'numeric' | 'email' | 'tel' | 'url';
  multiline?: boolean;
}

/** A labelled text input with its hint and problems; `name` is the field path the schema reports under. */
export function textField(options: TextFieldOptions, problems: readonly string[] | undefined, locale: Locale) {
  const id = controlId(options.name);
  const invalid = problems?.length ? 'true' : 'false';
  const describes = describedBy(options.name, !!options.hint, problems);
  return html`<div class="field">
    <label for=${id}>${options.label}${options.optionalLabel ? html` <span class="optional">${options.optionalLabel}</span>` : nothing}</label>
    ${options.multiline
      ? html`<textarea id=${id} name=${options.name} lang=${ifDefined(options.lang)} aria-invalid=${invalid} aria-describedby=${ifDefined(describes)}></textarea>`
      : html`<input
          id=${id}
          name=${options.name}
          type=${options.type ?? 'text'}
          lang=${ifDefined(options.lang)}
          autocomplete=${ifDefined(options.autocomplete)}
          inputmode=${ifDefined(options.inputmode)}
          aria-invalid=${invalid}
          aria-describedby=${ifDefined(describes)}
        />`}
    ${options.hint ? html`<span class="hint" id="${id}-hint">${options.hint}</span>` : nothing}
    ${problemList(options.name, problems, locale)}
  </div>`;
}

/** The problems that name no field, above the submit button. */
export function formProblems(title: string, problems: readonly string[] | undefined, locale: Locale) {
  if (!problems?.length) return nothing;
  return html`<div class="form-problems" role="alert" tabindex="-1" data-testid="form-problems">
    <p>${title}</p>
    <ul>${problems.map((problem) => html`<li>${localizeProblem(problem, locale)}</li>`)}</ul>
  </div>`;
}
