import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { pickText, type Category, type Locale } from '../../model';
import { createTranslator } from '../core/messages';
import { categoryOptions, findCategory } from './product-form-categories';

const text = createTranslator({
  search: { 'zh-CN': '搜索类别（中文、英文或标识）', en: 'Search categories (Chinese, English or slug)' },
  list: { 'zh-CN': '展会的产品类别', en: "The fair's product categories" },
  chosen: { 'zh-CN': '已选：{name}', en: 'Chosen: {name}' },
  none: { 'zh-CN': '尚未选择类别', en: 'No category chosen yet' },
  notListed: { 'zh-CN': '{slug}（不在本展会的类别中，保存前可保留或另选）', en: '{slug} (not one of this fair’s categories: keep it or choose another)' },
  current: { 'zh-CN': '当前值', en: 'Current value' },
  noMatch: { 'zh-CN': '没有匹配“{query}”的类别', en: 'No category matches “{query}”' },
  loading: { 'zh-CN': '正在加载类别…', en: 'Loading the categories…' },
  failed: { 'zh-CN': '类别加载失败（{message}），请直接输入类别标识：', en: 'Could not load the categories ({message}); type the category slug instead:' },
});

/** Rows the list shows at once (a listbox, so the choices are visible without opening anything). */
const LIST_ROWS = 8;

/**
 * `<product-category-picker>`: chooses a product's category from the expo's taxonomy. A search
 * box filters a listbox grouped by industry (names in both languages); ArrowDown moves from the
 * search into the list, where arrows choose. A value that is not in the taxonomy (an older slug)
 * stays chosen and is shown as such. Fires `category-change` with the slug in `detail`.
 */
@customElement('product-category-picker')
export class ProductCategoryPicker extends LitElement {
  static override styles = css`
    :host { display: block; }
    .row { display: flex; flex-direction: column; gap: 4px; }
    input, select { font: inherit; width: 100%; box-sizing: border-box; }
    input { min-height: 34px; }
    select { min-height: 120px; }
    select[aria-invalid='true'], input[aria-invalid='true'] { border-color: #a4160c; outline: 1px solid #a4160c; }
    .chosen { margin: 0; font-size: 13px; color: #44576b; }
    .error { color: #a4160c; font-size: 13px; margin: 0; }
  `;

  @property() locale: Locale = 'en';
  /** The expo's taxonomy; undefined while it loads. */
  @property({ attribute: false }) categories: readonly Category[] | undefined;
  @property() loadError = '';
  @property() value = '';
  /** Whether the field has problems (shown by the form, next to this picker). */
  @property({ type: Boolean }) invalid = false;
  @state() private query = '';
  @query('select') private list?: HTMLSelectElement;

  private t(key: Parameters<typeof text>[1], params?: Record<string, string | number>): string {
    return text(this.locale, key, params);
  }

  private choose(id: string): void {
    if (!id || id === this.value) return;
    this.value = id;
    this.dispatchEvent(new CustomEvent<string>('category-change', { detail: id, bubbles: true, composed: true }));
  }

  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('input')?.focus();
  }

  override render() {
    if (this.loadError) {
      return html`<div class="row">
        <p class="error" role="alert">${this.t('failed', { message: this.loadError })}</p>
        <input data-testid="product-category" aria-label=${this.t('list')} aria-invalid=${this.invalid ? 'true' : 'false'} .value=${this.value}
          @input=${(e: Event) => this.choose((e.target as HTMLInputElement).value)} />
      </div>`;
    }
    if (!this.categories) return html`<p class="chosen" role="status">${this.t('loading')}</p>`;
    const groups = categoryOptions(this.categories, this.locale, this.query);
    const known = findCategory(this.categories, this.value);
    const notListed = this.value && !known ? this.value : '';
    return html`<div class="row">
      <input type="search" data-testid="product-category-search" aria-label=${this.t('search')} placeholder=${this.t('search')} .value=${this.query}
        @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
        @keydown=${(e: KeyboardEvent) => this.onSearchKey(e)} />
      <select size=${LIST_ROWS} data-testid="product-category" aria-label=${this.t('list')} aria-invalid=${this.invalid ? 'true' : 'false'}
        @change=${(e: Event) => this.choose((e.target as HTMLSelectElement).value)}>
        ${notListed
          ? html`<optgroup label=${this.t('current')}><option value=${notListed} .selected=${true}>${this.t('notListed', { slug: notListed })}</option></optgroup>`
          : nothing}
        ${groups.map(
          (g) => html`<optgroup label=${g.name}>
            ${g.options.map((o) => html`<option value=${o.id} .selected=${o.id === this.value}>${o.otherName ? `${o.name} · ${o.otherName}` : o.name}</option>`)}
          </optgroup>`,
        )}
      </select>
      ${this.query && groups.length === 0 ? html`<p class="chosen" role="status">${this.t('noMatch', { query: this.query })}</p>` : nothing}
      <p class="chosen" data-testid="product-category-chosen">
        ${known
          ? this.t('chosen', { name: `${pickText(known.name, this.locale)} · ${pickText(known.name, this.locale === 'en' ? 'zh-CN' : 'en')}` })
          : notListed
            ? this.t('chosen', { name: this.t('notListed', { slug: notListed }) })
            : this.t('none')}
      </p>
    </div>`;
  }

  /** ArrowDown goes from the search into the list; Enter there picks the only match. */
  private onSearchKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      this.list?.focus();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const groups = categoryOptions(this.categories ?? [], this.locale, this.query);
      const only = groups.length === 1 && groups[0]!.options.length === 1 ? groups[0]!.options[0] : undefined;
      if (only) this.choose(only.id);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'product-category-picker': ProductCategoryPicker;
  }
}
