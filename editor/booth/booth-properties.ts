import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { AssetUrl, pickText, type BoothItem, type Locale, type Product } from '../../model';
import { BOOTH_EDITOR_CONFIG as C } from './booth-editor-config';
import { boothText, type BoothMessageKey } from './booth-messages';
import { clampScale, snapYaw } from './placement-check';

/** Item kinds that show a product (a stand or model must; a screen may, to play its video). */
const PRODUCT_KINDS = new Set<BoothItem['kind']>(['product-stand', 'model', 'screen']);

/**
 * `<booth-properties>`: the selected item's fields. It edits nothing itself: each change is an
 * `item-change` event with a patch, which the editor checks (footprint, walls) and turns into a
 * command, or refuses with the reason.
 */
@customElement('booth-properties')
export class BoothProperties extends LitElement {
  static override styles = css`
    :host { display: flex; flex-direction: column; gap: 6px; }
    label { display: flex; flex-direction: column; gap: 2px; font-size: 13px; flex: 1 1 0; min-width: 0; }
    input, select, button { font: inherit; min-height: 32px; }
    input, select { width: 100%; box-sizing: border-box; }
    .row { display: flex; gap: 6px; }
    .error { color: #a4160c; font-size: 12px; }
    button { border-radius: 8px; border: 1px solid #9fb3c8; background: #fff; cursor: pointer; padding: 4px 10px; }
    button.danger { border-color: #a4160c; color: #a4160c; }
  `;

  @property() locale: Locale = 'en';
  @property({ attribute: false }) item!: BoothItem;
  @property({ attribute: false }) products: readonly Product[] = [];
  @state() private urlProblem: string | undefined;

  private t(key: BoothMessageKey): string {
    return boothText(this.locale, key);
  }

  private change(patch: Partial<BoothItem>, label: string): void {
    this.dispatchEvent(new CustomEvent('item-change', { detail: { patch, label }, bubbles: true, composed: true }));
  }

  private number(e: Event): number | undefined {
    const v = Number((e.target as HTMLInputElement).value);
    return Number.isFinite(v) ? v : undefined;
  }

  override render() {
    const item = this.item;
    const id = item.id;
    return html`
      <div class="row">
        <label>${this.t('x')} <input type="number" step=${C.gridStep} data-testid="prop-x" .value=${String(item.x)} @change=${(e: Event) => { const v = this.number(e); if (v !== undefined) this.change({ x: v, anchorId: undefined }, `Move ${id}`); }} /></label>
        <label>${this.t('z')} <input type="number" step=${C.gridStep} data-testid="prop-z" .value=${String(item.z)} @change=${(e: Event) => { const v = this.number(e); if (v !== undefined) this.change({ z: v, anchorId: undefined }, `Move ${id}`); }} /></label>
      </div>
      <div class="row">
        <label>${this.t('y')} <input type="number" min="0" step=${C.gridStep} .value=${String(item.y)} @change=${(e: Event) => { const v = this.number(e); if (v !== undefined && v >= 0) this.change({ y: v }, `Lift ${id}`); }} /></label>
        <label>${this.t('scale')} <input type="number" min=${C.minScale} max=${C.maxScale} step=${C.scaleStep} data-testid="prop-scale" .value=${String(item.scale)} @change=${(e: Event) => { const v = this.number(e); if (v !== undefined) this.change({ scale: clampScale(v) }, `Scale ${id}`); }} /></label>
      </div>
      <label>${this.t('yaw')} <input type="number" step=${C.yawStep} data-testid="prop-yaw" .value=${String(item.yaw)} @change=${(e: Event) => { const v = this.number(e); if (v !== undefined) this.change({ yaw: snapYaw(v) }, `Turn ${id}`); }} /></label>
      <div class="row">
        <button type="button" @click=${() => this.change({ yaw: snapYaw(item.yaw - C.yawStep) }, `Turn ${id}`)}>⟲ ${this.t('rotateLeft')}</button>
        <button type="button" @click=${() => this.change({ yaw: snapYaw(item.yaw + C.yawStep) }, `Turn ${id}`)}>⟳ ${this.t('rotateRight')}</button>
      </div>
      ${PRODUCT_KINDS.has(item.kind)
        ? html`<label>${this.t('product')}
            <select data-testid="prop-product" @change=${(e: Event) => { const v = (e.target as HTMLSelectElement).value; this.change({ productId: v || undefined }, `Link ${id}`); }}>
              ${item.kind === 'screen' ? html`<option value="" ?selected=${!item.productId}>${this.t('noProduct')}</option>` : nothing}
              ${this.products.map((p) => html`<option value=${p.id} ?selected=${p.id === item.productId}>${pickText(p.name, this.locale)}</option>`)}
            </select>
          </label>`
        : nothing}
      ${item.kind === 'screen'
        ? html`<label>${this.t('mediaUrl')} <input type="url" data-testid="prop-media" placeholder="https://" .value=${item.mediaUrl ?? ''} @change=${(e: Event) => this.setUrl((e.target as HTMLInputElement).value.trim())} /></label>
            ${this.urlProblem ? html`<span class="error" role="alert">${this.urlProblem}</span>` : nothing}`
        : nothing}
      <button type="button" class="danger" data-testid="prop-remove" @click=${() => this.dispatchEvent(new CustomEvent('item-remove', { bubbles: true, composed: true }))}>${this.t('remove')}</button>
    `;
  }

  private setUrl(url: string): void {
    if (!url) {
      this.urlProblem = undefined;
      this.change({ mediaUrl: undefined }, `Clear video of ${this.item.id}`);
      return;
    }
    const checked = AssetUrl.safeParse(url);
    this.urlProblem = checked.success ? undefined : checked.error.issues[0]?.message;
    if (checked.success) this.change({ mediaUrl: url }, `Set video of ${this.item.id}`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booth-properties': BoothProperties;
  }
}
