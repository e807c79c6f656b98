import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { pickText, type Locale, type Product, type UploadResult } from '../../model';
import { createTranslator } from '../core/messages';
import { boothApi, EditorApiError } from './booth-api';
import { describeGlb, emptyFields, fieldsOf, productInputOf, type ProductFields } from './product-form';

const text = createTranslator({
  title: { 'zh-CN': '展品管理', en: 'Products' },
  add: { 'zh-CN': '新建展品', en: 'New product' },
  edit: { 'zh-CN': '编辑', en: 'Edit' },
  nameZh: { 'zh-CN': '名称（中文）', en: 'Name (Chinese)' },
  nameEn: { 'zh-CN': '名称（英文）', en: 'Name (English)' },
  descriptionZh: { 'zh-CN': '介绍（中文）', en: 'Description (Chinese)' },
  descriptionEn: { 'zh-CN': '介绍（英文）', en: 'Description (English)' },
  category: { 'zh-CN': '类别（标识，如 cnc-machines）', en: 'Category (slug, e.g. cnc-machines)' },
  tags: { 'zh-CN': '标签（逗号分隔）', en: 'Tags (comma-separated)' },
  specs: { 'zh-CN': '规格（每行：英文名 | 中文名 | 数值）', en: 'Specs (one a line: English name | 中文名 | value)' },
  modelCode: { 'zh-CN': '型号', en: 'Model / spec code' },
  images: { 'zh-CN': '图片', en: 'Images' },
  glb: { 'zh-CN': '三维模型（GLB，可选）', en: '3D model (GLB, optional)' },
  uploading: { 'zh-CN': '正在上传并检查…', en: 'Uploading and checking…' },
  glbOk: { 'zh-CN': '模型检查通过：{summary}', en: 'Model passed the checks: {summary}' },
  uploadFailed: { 'zh-CN': '文件未通过检查，未保存：{message}', en: 'The file failed the checks and was not stored: {message}' },
  save: { 'zh-CN': '保存展品', en: 'Save product' },
  saved: { 'zh-CN': '已保存', en: 'Saved' },
  cancel: { 'zh-CN': '取消', en: 'Cancel' },
  fix: { 'zh-CN': '请修正：', en: 'Please fix:' },
  removeImage: { 'zh-CN': '移除', en: 'Remove' },
});

/**
 * `<product-manager>`: the exhibitor's products — create and edit with the metadata template
 * (names and descriptions in both languages, category, tags, specs, model code, images, an
 * optional GLB). An upload shows the server's check (triangles, size, validator errors) before
 * the product is saved; a file that fails is not stored and the form keeps its old model.
 */
@customElement('product-manager')
export class ProductManager extends LitElement {
  static override styles = css`
    :host { display: block; margin-top: 12px; background: #fff; border: 1px solid #d6e0ea; border-radius: 12px; padding: 12px 16px; }
    h2 { font-size: 16px; margin: 0 0 8px; }
    ul { list-style: none; padding: 0; margin: 0 0 10px; display: flex; flex-wrap: wrap; gap: 6px; }
    form { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
    label { display: flex; flex-direction: column; gap: 2px; font-size: 13px; }
    label.wide, .wide { grid-column: 1 / -1; }
    input, textarea, button { font: inherit; }
    button { min-height: 34px; border-radius: 8px; border: 1px solid #9fb3c8; background: #fff; cursor: pointer; padding: 4px 12px; }
    button.primary { background: #0b6bcb; border-color: #0b6bcb; color: #fff; }
    .error { color: #a4160c; }
    .ok { color: #1d5a2c; }
    img { max-width: 64px; max-height: 48px; vertical-align: middle; }
  `;

  @property() locale: Locale = 'en';
  @property({ attribute: false }) exhibitorId = '';
  @property({ attribute: false }) products: Product[] = [];
  @state() private editing: { id: string | undefined; fields: ProductFields } | undefined;
  @state() private problems: string[] = [];
  @state() private upload: { kind: 'busy' } | { kind: 'ok'; result: UploadResult } | { kind: 'error'; message: string } | undefined;
  @state() private savedNote = false;

  private t(key: Parameters<typeof text>[1], params?: Record<string, string | number>): string {
    return text(this.locale, key, params);
  }

  override render() {
    return html`<h2>${this.t('title')}</h2>
      <ul data-testid="product-list">
        ${this.products.map((p) => html`<li><button type="button" @click=${() => this.open(p)}>${this.t('edit')}: ${pickText(p.name, this.locale)}</button></li>`)}
        <li><button type="button" data-testid="product-new" @click=${() => this.open(undefined)}>＋ ${this.t('add')}</button></li>
      </ul>
      ${this.savedNote ? html`<p class="ok" role="status" data-testid="product-saved">${this.t('saved')}</p>` : nothing}
      ${this.editing ? this.renderForm(this.editing.fields) : nothing}`;
  }

  private open(p: Product | undefined): void {
    this.editing = { id: p?.id, fields: p ? fieldsOf(p) : emptyFields() };
    this.problems = [];
    this.upload = undefined;
    this.savedNote = false;
  }

  private field(name: keyof ProductFields, label: Parameters<typeof text>[1], multiline = false, wide = false) {
    const f = this.editing!.fields;
    const set = (e: Event) => (f[name] as string) = (e.target as HTMLInputElement).value;
    return html`<label class=${wide ? 'wide' : ''}>${this.t(label)}
      ${multiline
        ? html`<textarea rows="3" data-testid=${`product-${name}`} .value=${f[name] as string} @input=${set}></textarea>`
        : html`<input data-testid=${`product-${name}`} .value=${f[name] as string} @input=${set} />`}
    </label>`;
  }

  private renderForm(f: ProductFields) {
    const up = this.upload;
    return html`<form data-testid="product-form" @submit=${(e: Event) => (e.preventDefault(), void this.save())}>
      ${this.field('nameZh', 'nameZh')} ${this.field('nameEn', 'nameEn')}
      ${this.field('descriptionZh', 'descriptionZh', true)} ${this.field('descriptionEn', 'descriptionEn', true)}
      ${this.field('category', 'category')} ${this.field('modelCode', 'modelCode')}
      ${this.field('tags', 'tags', false, true)} ${this.field('specs', 'specs', true, true)}
      <label>${this.t('images')} <input type="file" accept="image/png,image/jpeg,image/webp" @change=${(e: Event) => void this.uploadFile('image', e)} /></label>
      <div>${f.images.map((url) => html`<span><img src=${url} alt="" /> <button type="button" @click=${() => ((f.images = f.images.filter((u) => u !== url)), this.requestUpdate())}>${this.t('removeImage')}</button></span>`)}</div>
      <label class="wide">${this.t('glb')} <input type="file" accept=".glb,model/gltf-binary" data-testid="product-glb" @change=${(e: Event) => void this.uploadFile('glb', e)} /></label>
      <div class="wide" role="status" data-testid="upload-result">
        ${up?.kind === 'busy' ? this.t('uploading') : nothing}
        ${up?.kind === 'ok' && up.result.glb ? html`<span class="ok">${this.t('glbOk', { summary: describeGlb(up.result) })}</span>` : nothing}
        ${up?.kind === 'error' ? html`<span class="error" data-testid="upload-error">${this.t('uploadFailed', { message: up.message })}</span>` : nothing}
      </div>
      ${this.problems.length ? html`<div class="wide error" role="alert" data-testid="product-problems">${this.t('fix')}<ul>${this.problems.map((p) => html`<li>${p}</li>`)}</ul></div>` : nothing}
      <div class="wide">
        <button type="submit" class="primary" data-testid="product-save" ?disabled=${up?.kind === 'busy'}>${this.t('save')}</button>
        <button type="button" @click=${() => (this.editing = undefined)}>${this.t('cancel')}</button>
      </div>
    </form>`;
  }

  private async uploadFile(kind: 'glb' | 'image', e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    const editing = this.editing;
    if (!file || !editing) return;
    this.upload = { kind: 'busy' };
    try {
      const result = await boothApi.upload(kind, file, file.name);
      if (kind === 'glb') editing.fields.glbUrl = result.url;
      else editing.fields.images = [...editing.fields.images, result.url];
      this.upload = { kind: 'ok', result };
    } catch (err) {
      const message = err instanceof EditorApiError ? [err.message, ...err.details].join(' — ') : err instanceof Error ? err.message : String(err);
      this.upload = { kind: 'error', message };
      input.value = '';
    }
  }

  private async save(): Promise<void> {
    const editing = this.editing;
    if (!editing) return;
    const input = productInputOf(editing.fields);
    if (!input.ok) {
      this.problems = input.problems;
      return;
    }
    try {
      const saved = editing.id ? await boothApi.saveProduct(editing.id, input.value) : await boothApi.createProduct(this.exhibitorId, input.value);
      const products = editing.id ? this.products.map((p) => (p.id === saved.id ? saved : p)) : [...this.products, saved];
      this.dispatchEvent(new CustomEvent('products-changed', { detail: products, bubbles: true, composed: true }));
      this.products = products;
      this.editing = undefined;
      this.savedNote = true;
      this.problems = [];
    } catch (err) {
      this.problems = err instanceof EditorApiError ? (err.details.length ? [...err.details] : [err.message]) : [String(err)];
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'product-manager': ProductManager;
  }
}
