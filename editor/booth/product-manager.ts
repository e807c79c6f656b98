import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { pickText, type Category, type Locale, type Product, type UploadResult } from '../../model';
import { createTranslator } from '../core/messages';
import { boothApi, EditorApiError } from './booth-api';
import { describeGlb, emptyFields, fieldProblems, fieldsOf, productInputOf, type FieldProblem, type ProductFieldKey, type ProductFields } from './product-form';
import './product-form-category-picker';

const text = createTranslator({
  title: { 'zh-CN': '展品管理', en: 'Products' },
  add: { 'zh-CN': '新建展品', en: 'New product' },
  edit: { 'zh-CN': '编辑', en: 'Edit' },
  nameZh: { 'zh-CN': '名称（中文）', en: 'Name (Chinese)' },
  nameEn: { 'zh-CN': '名称（英文）', en: 'Name (English)' },
  descriptionZh: { 'zh-CN': '介绍（中文）', en: 'Description (Chinese)' },
  descriptionEn: { 'zh-CN': '介绍（英文）', en: 'Description (English)' },
  category: { 'zh-CN': '类别', en: 'Category' },
  tags: { 'zh-CN': '标签（逗号分隔）', en: 'Tags (comma-separated)' },
  specs: { 'zh-CN': '规格（每行：英文名 | 中文名 | 数值）', en: 'Specs (one a line: English name | 中文名 | value)' },
  modelCode: { 'zh-CN': '型号', en: 'Model / spec code' },
  images: { 'zh-CN': '图片', en: 'Images' },
  glbUrl: { 'zh-CN': '三维模型（GLB，可选）', en: '3D model (GLB, optional)' },
  glbRemove: { 'zh-CN': '移除模型', en: 'Remove the model' },
  glbCurrent: { 'zh-CN': '当前模型：{url}', en: 'Current model: {url}' },
  published: { 'zh-CN': '对访客可见（已发布）', en: 'Visible to visitors (published)' },
  otherMedia: { 'zh-CN': '另有 {n} 个视频，保存时保留', en: '{n} video(s) kept as they are' },
  uploading: { 'zh-CN': '正在上传并检查…', en: 'Uploading and checking…' },
  glbOk: { 'zh-CN': '模型检查通过：{summary}', en: 'Model passed the checks: {summary}' },
  uploadFailed: { 'zh-CN': '文件未通过检查，未保存：{message}', en: 'The file failed the checks and was not stored: {message}' },
  save: { 'zh-CN': '保存展品', en: 'Save product' },
  saved: { 'zh-CN': '已保存', en: 'Saved' },
  cancel: { 'zh-CN': '取消', en: 'Cancel' },
  fix: { 'zh-CN': '请修正标出的字段', en: 'Please fix the marked fields' },
  'entry.specs': { 'zh-CN': '第 {n} 行：{message}', en: 'Line {n}: {message}' },
  'entry.tags': { 'zh-CN': '第 {n} 个标签：{message}', en: 'Tag {n}: {message}' },
  removeImage: { 'zh-CN': '移除', en: 'Remove' },
});

type TextKey = Parameters<typeof text>[1];

/**
 * `<product-manager>`: the exhibitor's products — create and edit with the metadata template
 * (names and descriptions in both languages, a category from the expo's taxonomy, tags, specs,
 * model code, images, an optional GLB). The model schema checks the form before it is sent; each
 * problem (the form's or the server's, worded alike) shows under its field. An upload shows the
 * server's check (triangles, size, validator errors) before the product is saved; a file that
 * fails is not stored and the form keeps its old model.
 */
@customElement('product-manager')
export class ProductManager extends LitElement {
  static override styles = css`
    :host { display: block; margin-top: 12px; background: #fff; border: 1px solid #d6e0ea; border-radius: 12px; padding: 12px 16px; }
    h2 { font-size: 16px; margin: 0 0 8px; }
    ul { list-style: none; padding: 0; margin: 0 0 10px; display: flex; flex-wrap: wrap; gap: 6px; }
    form { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
    label, fieldset { display: flex; flex-direction: column; gap: 2px; font-size: 13px; }
    fieldset { border: 1px solid #d6e0ea; border-radius: 8px; margin: 0; padding: 6px 10px 8px; min-width: 0; }
    label.check { flex-direction: row; align-items: center; gap: 8px; }
    .wide { grid-column: 1 / -1; }
    input, textarea, button { font: inherit; }
    [aria-invalid='true'] { border-color: #a4160c; outline: 1px solid #a4160c; }
    button { min-height: 34px; border-radius: 8px; border: 1px solid #9fb3c8; background: #fff; cursor: pointer; padding: 4px 12px; }
    button.primary { background: #0b6bcb; border-color: #0b6bcb; color: #fff; }
    .error { color: #a4160c; }
    .field-problems { margin: 2px 0 0; padding: 0; list-style: none; display: block; color: #a4160c; font-size: 12px; }
    .field-problems li::before { content: '⚠ '; }
    .ok { color: #1d5a2c; }
    img { max-width: 64px; max-height: 48px; vertical-align: middle; }
  `;

  @property() locale: Locale = 'en';
  @property({ attribute: false }) exhibitorId = '';
  /** The exhibitor's expo, whose taxonomy the category picker offers. */
  @property({ attribute: false }) expoId = '';
  @property({ attribute: false }) products: Product[] = [];
  @state() private editing: { id: string | undefined; fields: ProductFields } | undefined;
  @state() private problems: FieldProblem[] = [];
  @state() private upload: { kind: 'busy' } | { kind: 'ok'; result: UploadResult } | { kind: 'error'; message: string } | undefined;
  @state() private savedNote = false;
  @state() private categories: Category[] | undefined;
  @state() private categoriesError = '';
  private categoriesFor = '';

  private t(key: TextKey, params?: Record<string, string | number>): string {
    return text(this.locale, key, params);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('expoId') && this.expoId && this.expoId !== this.categoriesFor) void this.loadCategories(this.expoId);
  }

  private async loadCategories(expoId: string): Promise<void> {
    this.categoriesFor = expoId;
    this.categories = undefined;
    this.categoriesError = '';
    try {
      const list = await boothApi.categories(expoId);
      if (this.categoriesFor === expoId) this.categories = list.items;
    } catch (err) {
      // The picker falls back to typing the slug; the next expo change (or page load) tries again.
      if (this.categoriesFor === expoId) this.categoriesError = err instanceof Error ? err.message : String(err);
      this.categoriesFor = '';
    }
  }

  override render() {
    return html`<h2>${this.t('title')}</h2>
      <ul data-testid="product-list">
        ${this.products.map((p) => html`<li><button type="button" data-testid=${`product-edit-${p.id}`} @click=${() => this.open(p)}>${this.t('edit')}: ${pickText(p.name, this.locale)}</button></li>`)}
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

  /** The problems of one field, under it; `id` ties them to the control with `aria-describedby`. */
  private problemsOf(field: ProductFieldKey) {
    const mine = this.problems.filter((p) => p.field === field);
    if (!mine.length) return nothing;
    return html`<ul class="field-problems" id=${`problems-${field}`} data-testid=${`problems-${field}`} data-problems-for=${field}>
      ${mine.map((p) => html`<li>${p.entry && (field === 'specs' || field === 'tags') ? this.t(`entry.${field}`, { n: p.entry, message: p.message }) : p.message}</li>`)}
    </ul>`;
  }

  private invalid(field: ProductFieldKey): boolean {
    return this.problems.some((p) => p.field === field);
  }

  /** A field's value changed: its old problems no longer apply. */
  private edited(field: ProductFieldKey): void {
    if (this.invalid(field)) this.problems = this.problems.filter((p) => p.field !== field);
  }

  private field(name: 'nameZh' | 'nameEn' | 'descriptionZh' | 'descriptionEn' | 'tags' | 'specs' | 'modelCode', multiline = false, wide = false) {
    const f = this.editing!.fields;
    const set = (e: Event) => {
      f[name] = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
      this.edited(name);
    };
    const invalid = this.invalid(name);
    return html`<label class=${wide ? 'wide' : ''}>${this.t(name)}
      ${multiline
        ? html`<textarea rows="3" data-testid=${`product-${name}`} data-field=${name} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${invalid ? `problems-${name}` : nothing} .value=${f[name]} @input=${set}></textarea>`
        : html`<input data-testid=${`product-${name}`} data-field=${name} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${invalid ? `problems-${name}` : nothing} .value=${f[name]} @input=${set} />`}
      ${this.problemsOf(name)}
    </label>`;
  }

  private renderForm(f: ProductFields) {
    const up = this.upload;
    const general = this.problems.filter((p) => p.field === 'form');
    return html`<form data-testid="product-form" novalidate @submit=${(e: Event) => (e.preventDefault(), void this.save())}>
      ${this.field('nameZh')} ${this.field('nameEn')}
      ${this.field('descriptionZh', true)} ${this.field('descriptionEn', true)}
      <fieldset class="wide" data-field="category">
        <legend>${this.t('category')}</legend>
        <product-category-picker .locale=${this.locale} .categories=${this.categories} .loadError=${this.categoriesError} .value=${f.category} ?invalid=${this.invalid('category')}
          @category-change=${(e: CustomEvent<string>) => ((f.category = e.detail), this.edited('category'), this.requestUpdate())}></product-category-picker>
        ${this.problemsOf('category')}
      </fieldset>
      ${this.field('modelCode')}
      <label class="check"><input type="checkbox" data-testid="product-published" .checked=${f.published} @change=${(e: Event) => (f.published = (e.target as HTMLInputElement).checked)} /> ${this.t('published')}</label>
      ${this.field('tags', false, true)} ${this.field('specs', true, true)}
      <fieldset class="wide" data-field="images">
        <legend>${this.t('images')}</legend>
        <input type="file" accept="image/png,image/jpeg,image/webp" data-testid="product-image" aria-label=${this.t('images')} aria-invalid=${this.invalid('images') ? 'true' : 'false'} @change=${(e: Event) => void this.uploadFile('image', e)} />
        <div>${f.images.map((url) => html`<span><img src=${url} alt="" /> <button type="button" @click=${() => ((f.images = f.images.filter((u) => u !== url)), this.edited('images'), this.requestUpdate())}>${this.t('removeImage')}</button></span>`)}</div>
        ${f.otherMedia.length ? html`<span>${this.t('otherMedia', { n: f.otherMedia.length })}</span>` : nothing}
        ${this.problemsOf('images')}
      </fieldset>
      <fieldset class="wide" data-field="glbUrl">
        <legend>${this.t('glbUrl')}</legend>
        <input type="file" accept=".glb,model/gltf-binary" data-testid="product-glb" aria-label=${this.t('glbUrl')} aria-invalid=${this.invalid('glbUrl') ? 'true' : 'false'} @change=${(e: Event) => void this.uploadFile('glb', e)} />
        ${f.glbUrl
          ? html`<span>${this.t('glbCurrent', { url: f.glbUrl })} <button type="button" data-testid="product-glb-remove" @click=${() => ((f.glbUrl = ''), this.edited('glbUrl'), this.requestUpdate())}>${this.t('glbRemove')}</button></span>`
          : nothing}
        ${this.problemsOf('glbUrl')}
      </fieldset>
      <div class="wide" role="status" data-testid="upload-result">
        ${up?.kind === 'busy' ? this.t('uploading') : nothing}
        ${up?.kind === 'ok' && up.result.glb ? html`<span class="ok">${this.t('glbOk', { summary: describeGlb(up.result) })}</span>` : nothing}
        ${up?.kind === 'error' ? html`<span class="error" data-testid="upload-error">${this.t('uploadFailed', { message: up.message })}</span>` : nothing}
      </div>
      ${this.problems.length
        ? html`<div class="wide error" role="alert" data-testid="product-problems">${this.t('fix')}${general.length ? html`<ul>${general.map((p) => html`<li>${p.message}</li>`)}</ul>` : nothing}</div>`
        : nothing}
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
      this.edited(kind === 'glb' ? 'glbUrl' : 'images');
      this.upload = { kind: 'ok', result };
    } catch (err) {
      const message = err instanceof EditorApiError ? [err.message, ...err.details].join(' — ') : err instanceof Error ? err.message : String(err);
      this.upload = { kind: 'error', message };
      input.value = '';
    }
  }

  /** Shows the problems under their fields and moves focus to the first field that has one. */
  private async showProblems(problems: readonly string[]): Promise<void> {
    this.problems = fieldProblems(problems);
    await this.updateComplete;
    const first = this.problems.find((p) => p.field !== 'form');
    const host = first && this.renderRoot.querySelector<HTMLElement>(`[data-field="${first.field}"]`);
    const target = host?.matches('input, textarea') ? host : host?.querySelector<HTMLElement>('product-category-picker, input, textarea');
    target?.focus();
  }

  private async save(): Promise<void> {
    const editing = this.editing;
    if (!editing) return;
    const input = productInputOf(editing.fields);
    if (!input.ok) {
      await this.showProblems(input.problems);
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
      await this.showProblems(err instanceof EditorApiError ? (err.details.length ? err.details : [err.message]) : [String(err)]);
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'product-manager': ProductManager;
  }
}
