import { LitElement, css, html, nothing, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { CreateHallRequest, pickText, type HallSummary, type HallTemplateSummary, type Locale } from '../../model';
import { HallApiError, hallApi } from './hall-editor-api';
import { hallText, type HallEditorMessage } from './hall-editor-messages';

/** A small plan of a hall or template: its booth footprints over the floor. */
function thumbnail(size: { width: number; depth: number }, plan: HallSummary['plan']) {
  return html`<svg class="thumb" viewBox="0 0 ${size.width} ${size.depth}" preserveAspectRatio="xMidYMid meet" aria-hidden="true">
    <rect x="0" y="0" width=${size.width} height=${size.depth} fill="#fbfcfd" stroke="#46586b" stroke-width="0.4"></rect>
    ${plan.cutouts.map(([a, b, c, d]) => svg`<rect x=${a} y=${size.depth - d} width=${c - a} height=${d - b} fill="#e9eef4"></rect>`)}
    ${plan.booths.map(([a, b, c, d]) => svg`<rect x=${a} y=${size.depth - d} width=${c - a} height=${d - b} fill="#b9d3f0" stroke="#5577a0" stroke-width="0.15"></rect>`)}
  </svg>`;
}

/**
 * `<hall-picker>`: the expo's halls (each opens in the editor: event `open-hall`) and the form
 * that starts a new one from a template, checked with the model's `CreateHallRequest` first.
 */
@customElement('hall-picker')
export class HallPicker extends LitElement {
  static override styles = css`
    :host { display: block; }
    h2 { font-size: 18px; margin: 18px 0 10px; color: #10284a; }
    .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 12px; }
    .card { background: #fff; border: 1px solid #d6e0ea; border-radius: 12px; padding: 12px; display: grid; gap: 6px; }
    .card.chosen { border-color: #0b6bcb; box-shadow: 0 0 0 2px #0b6bcb; }
    .thumb { width: 100%; height: 110px; }
    .meta { font-size: 13px; color: #5a6b7c; }
    button { font: inherit; min-height: 36px; padding: 5px 14px; border-radius: 8px; border: 1px solid #9fb3c8; background: #fff; cursor: pointer; }
    button.primary { background: #0b6bcb; border-color: #0b6bcb; color: #fff; }
    form { display: grid; gap: 10px; max-width: 520px; margin-top: 12px; }
    label { display: grid; gap: 3px; font-size: 13px; color: #34495e; }
    input { font: inherit; padding: 6px 8px; border: 1px solid #9fb3c8; border-radius: 6px; }
    .error { color: #b42318; font-size: 13px; white-space: pre-line; }
  `;

  @property() locale: Locale = 'en';
  @property() expoId = '';
  @state() private halls: HallSummary[] = [];
  @state() private templates: HallTemplateSummary[] = [];
  @state() private templateId = '';
  @state() private error = '';
  @state() private busy = false;
  @state() private loaded = false;

  private t(key: HallEditorMessage, params?: Record<string, string | number>): string {
    return hallText(this.locale, key, params);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const [list, templates] = await Promise.all([hallApi.halls(), hallApi.templates()]);
      this.halls = list.items.filter((h) => h.expoId === this.expoId);
      this.templates = templates.halls;
      this.templateId ||= templates.halls[0]?.id ?? '';
    } catch (error) {
      this.error = this.t('loadFailed', { message: (error as Error).message });
    }
    this.loaded = true;
  }

  private open(hallId: string): void {
    this.dispatchEvent(new CustomEvent('open-hall', { detail: { hallId }, bubbles: true, composed: true }));
  }

  private async create(e: Event): Promise<void> {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const request = CreateHallRequest.safeParse({ templateId: this.templateId, name: { 'zh-CN': String(form.get('zh') ?? '').trim(), en: String(form.get('en') ?? '').trim() } });
    if (!request.success) {
      this.error = request.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      const { layout } = await hallApi.createHall(this.expoId, request.data);
      this.open(layout.id);
    } catch (error) {
      this.error = error instanceof HallApiError && error.details.length ? error.details.join('\n') : (error as Error).message;
    } finally {
      this.busy = false;
    }
  }

  override render() {
    if (!this.loaded) return html`<p>${this.t('loading')}</p>`;
    return html`<h2>${this.t('halls')}</h2>
      ${this.halls.length === 0 ? html`<p>${this.t('noHalls')}</p>` : nothing}
      <div class="grid" data-testid="hall-list">
        ${this.halls.map(
          (h) => html`<div class="card" data-hall=${h.id}>
            ${thumbnail({ width: h.width, depth: h.depth }, h.plan)}
            <strong>${pickText(h.name, this.locale)}</strong>
            <span class="meta">${this.t('size', { w: h.width, d: h.depth })} · ${this.t('slots', { n: h.slotCount })}</span>
            <button type="button" class="primary" data-testid=${`edit-${h.id}`} @click=${() => this.open(h.id)}>${this.t('edit')}</button>
          </div>`,
        )}
      </div>
      <h2>${this.t('newHall')}</h2>
      <div class="grid" role="radiogroup" aria-label=${this.t('template')}>
        ${this.templates.map(
          (tpl) => html`<div class="card ${tpl.id === this.templateId ? 'chosen' : ''}">
            ${thumbnail(tpl.size, tpl.plan)}
            <strong>${pickText(tpl.name, this.locale)}</strong>
            <span class="meta">${this.t('size', { w: tpl.size.width, d: tpl.size.depth })} · ${this.t('slots', { n: tpl.slotCount })}</span>
            <button type="button" role="radio" aria-checked=${tpl.id === this.templateId ? 'true' : 'false'} data-template=${tpl.id} @click=${() => (this.templateId = tpl.id)}>${this.t('template')}: ${pickText(tpl.name, this.locale)}</button>
          </div>`,
        )}
      </div>
      <form @submit=${this.create} data-testid="new-hall-form">
        <label>${this.t('nameZh')}<input name="zh" required maxlength="120" /></label>
        <label>${this.t('nameEn')}<input name="en" required maxlength="120" /></label>
        <div><button class="primary" type="submit" ?disabled=${this.busy}>${this.busy ? this.t('creating') : this.t('create')}</button></div>
        ${this.error ? html`<div class="error" role="alert">${this.error}</div>` : nothing}
      </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hall-picker': HallPicker;
  }
}
