import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { pickText, type Category, type Locale } from '../model';
import { groupByIndustry } from './category-groups';
import { LocaleController } from './locale-controller';
import { localizeProblem } from './problem-text';
import { theme } from './theme';

/**
 * Checkboxes for an expo's categories, grouped by industry in collapsible sections that say how
 * many are chosen. Fires `change` with the chosen ids in `detail`; problems show below the list.
 */
@customElement('expo-category-checklist')
export class CategoryChecklist extends LitElement {
  static override styles = [
    theme,
    css`
      :host { display: block; }
      fieldset { border: 1px solid #b9c3d3; border-radius: 10px; padding: 10px 12px 12px; margin: 0; min-width: 0; }
      fieldset[aria-invalid='true'] { border-color: var(--expo-danger); }
      legend { font-weight: 600; font-size: 14px; padding: 0 4px; }
      .hint { color: var(--expo-muted); font-size: 13px; font-weight: 400; }
      .groups { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 6px 16px; margin-top: 6px; }
      details { border-bottom: 1px solid var(--expo-line); padding: 4px 0; }
      summary { cursor: pointer; padding: 6px 2px; font-size: 15px; display: flex; gap: 8px; align-items: baseline; list-style: none; }
      summary::-webkit-details-marker { display: none; }
      summary::before { content: '▸'; color: var(--expo-muted); width: 12px; flex: none; }
      details[open] > summary::before { content: '▾'; }
      summary:focus-visible { outline: 3px solid #7db3ff; outline-offset: 1px; border-radius: 4px; }
      .count { font-size: 12px; color: var(--expo-accent); font-weight: 600; }
      label { display: flex; gap: 8px; align-items: center; padding: 5px 2px 5px 22px; font-size: 14px; cursor: pointer; }
      input { width: 18px; height: 18px; margin: 0; accent-color: var(--expo-accent); flex: none; }
      input:focus-visible { outline: 3px solid #7db3ff; outline-offset: 1px; }
      .problems { margin: 8px 0 0; padding: 0; list-style: none; color: var(--expo-danger); font-size: 13px; }
      .problems li::before { content: '⚠ '; }
      .status { color: var(--expo-muted); font-size: 14px; padding: 6px 2px; }
      .status.error { color: var(--expo-danger); }
    `,
  ];

  @property() label = '';
  @property() hint = '';
  /** Field path the chosen ids are reported under (`categories`, `intent.categories`). */
  @property() name = 'categories';
  @property({ attribute: false }) categories: readonly Category[] | undefined;
  /** Set when the taxonomy could not be loaded. */
  @property() loadError = '';
  @property({ attribute: false }) value: readonly string[] = [];
  @property({ attribute: false }) problems: readonly string[] | undefined;

  private readonly i18n = new LocaleController(this);
  /** Industries the visitor opened; kept by id so a language switch (which re-sorts them) keeps them open. */
  @state() private openGroups = new Set<string>();

  private toggle(id: string, checked: boolean): void {
    const chosen = new Set(this.value);
    if (checked) chosen.add(id);
    else chosen.delete(id);
    this.value = [...chosen];
    this.dispatchEvent(new CustomEvent<readonly string[]>('change', { detail: this.value, bubbles: true, composed: true }));
  }

  /** Moves focus into the list (the form calls it when this field has the first problem). */
  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('summary, input')?.focus();
  }

  override render() {
    const locale = this.i18n.locale;
    const invalid = !!this.problems?.length;
    return html`<fieldset aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${invalid ? 'problems' : nothing} data-field=${this.name}>
      <legend>${this.label} ${this.hint ? html`<span class="hint">${this.hint}</span>` : nothing}</legend>
      ${this.renderBody(locale)}
      ${invalid ? html`<ul class="problems" id="problems" data-problems-for=${this.name}>${this.problems!.map((p) => html`<li>${localizeProblem(p, locale)}</li>`)}</ul>` : nothing}
    </fieldset>`;
  }

  private renderBody(locale: Locale) {
    if (this.loadError) return html`<div class="status error" role="alert">${this.i18n.t('categories.error')}: ${this.loadError}</div>`;
    if (!this.categories) return html`<div class="status" role="status">${this.i18n.t('categories.loading')}</div>`;
    if (this.categories.length === 0) return html`<div class="status">${this.i18n.t('categories.empty')}</div>`;
    const chosen = new Set(this.value);
    return html`<div class="groups">
      ${repeat(groupByIndustry(this.categories, locale), (group) => group.industry.id, (group) => {
        const id = group.industry.id;
        const count = group.categories.filter((c) => chosen.has(c.id)).length;
        const onToggle = (event: Event) => {
          const open = (event.target as HTMLDetailsElement).open;
          if (open === this.openGroups.has(id)) return;
          const next = new Set(this.openGroups);
          if (open) next.add(id);
          else next.delete(id);
          this.openGroups = next;
        };
        return html`<details data-industry=${id} .open=${this.openGroups.has(id)} @toggle=${onToggle}>
          <summary>
            <span>${pickText(group.industry.name, locale)}</span>
            ${count ? html`<span class="count">${this.i18n.t('categories.chosen', { n: count })}</span>` : nothing}
          </summary>
          ${group.categories.map(
            (category) => html`<label>
              <input
                type="checkbox"
                value=${category.id}
                .checked=${chosen.has(category.id)}
                @change=${(event: Event) => this.toggle(category.id, (event.target as HTMLInputElement).checked)}
              />
              <span>${pickText(category.name, locale)}</span>
            </label>`,
          )}
        </details>`;
      })}
    </div>`;
  }
}
