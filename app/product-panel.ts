import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { pickText, type Product } from '../model';
import { api } from './api-client';
import { categoryName, loadCategoryNames, type CategoryNames } from './category-names';
import { LocaleController } from './locale-controller';
import { theme } from './theme';

type PanelState = { kind: 'loading' } | { kind: 'error' } | { kind: 'ready'; product: Product; categories: CategoryNames };

/**
 * The small panel that opens when a visitor clicks a product in the hall: name, category,
 * description and specifications in the page language. Text is rendered as text (lit escapes
 * it), never as HTML.
 */
@customElement('expo-product-panel')
export class ProductPanel extends LitElement {
  static override styles = [
    theme,
    css`
      :host { display: block; }
      section { background: rgba(255, 255, 255, 0.97); border-radius: 14px; box-shadow: 0 8px 30px rgba(0, 0, 0, 0.25); padding: 16px 18px; max-height: 70vh; overflow: auto; }
      header { display: flex; justify-content: space-between; align-items: start; gap: 12px; }
      h2 { margin: 0; font-size: 19px; }
      .exhibitor { color: var(--expo-muted); font-size: 13px; margin-top: 2px; }
      p { line-height: 1.5; white-space: pre-line; }
      dl { display: grid; grid-template-columns: auto 1fr; gap: 4px 12px; margin: 0; font-size: 14px; }
      dt { color: var(--expo-muted); }
      dd { margin: 0; }
      h3 { font-size: 14px; margin: 14px 0 6px; }
      .tags { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
      .tags span { background: #e8f1fc; color: #0b4f99; border-radius: 999px; padding: 2px 10px; font-size: 12px; }
    `,
  ];

  @property() productId = '';
  @property() exhibitorName = '';
  @state() private view: PanelState = { kind: 'loading' };
  private readonly i18n = new LocaleController(this);
  private abort: AbortController | undefined;

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('productId') && this.productId) void this.load(this.productId);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  private async load(id: string): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.view = { kind: 'loading' };
    // Category names load once per page, beside the product; they are shared, so not aborted with it.
    const categories = loadCategoryNames();
    try {
      const product = await api.product(id, abort.signal);
      const names = await categories;
      if (!abort.signal.aborted) this.view = { kind: 'ready', product, categories: names };
    } catch {
      if (!abort.signal.aborted) this.view = { kind: 'error' };
    }
  }

  private close(): void {
    this.dispatchEvent(new CustomEvent('close', { bubbles: true, composed: true }));
  }

  override render() {
    const view = this.view;
    const closeButton = html`<button aria-label=${this.i18n.t('panel.close')} data-testid="panel-close" @click=${() => this.close()}>✕</button>`;
    if (view.kind === 'loading') return html`<section role="status"><header><span>${this.i18n.t('panel.loading')}</span>${closeButton}</header></section>`;
    if (view.kind === 'error') return html`<section role="alert"><header><span>${this.i18n.t('panel.error')}</span>${closeButton}</header></section>`;
    const { product, categories } = view;
    const locale = this.i18n.locale;
    return html`<section role="dialog" aria-labelledby="product-name" data-testid="product-panel">
      <header>
        <div>
          <h2 id="product-name" data-testid="product-name">${pickText(product.name, locale)}</h2>
          ${this.exhibitorName ? html`<div class="exhibitor">${this.i18n.t('panel.exhibitor')}: ${this.exhibitorName}</div>` : nothing}
        </div>
        ${closeButton}
      </header>
      <p data-testid="product-description">${pickText(product.description, locale)}</p>
      <dl>
        <dt>${this.i18n.t('panel.category')}</dt><dd data-testid="product-category">${categoryName(categories, product.category, locale)}</dd>
        ${product.modelCode ? html`<dt>${this.i18n.t('panel.model')}</dt><dd>${product.modelCode}</dd>` : nothing}
      </dl>
      ${product.specs.length
        ? html`<h3>${this.i18n.t('panel.specs')}</h3>
            <dl>${product.specs.map((spec) => html`<dt>${pickText(spec.name, locale)}</dt><dd>${spec.value}</dd>`)}</dl>`
        : nothing}
      ${product.tags.length ? html`<div class="tags">${product.tags.map((tag) => html`<span>${tag}</span>`)}</div>` : nothing}
    </section>`;
  }
}
