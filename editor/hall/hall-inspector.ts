import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { BoothKind, HexColor, pickText, Sign, SpawnPoint, Stage, type Exhibitor, type HallLayout, type LocalizedText, type Locale } from '../../model';
import type { z } from 'zod';
import type { EditCommand } from '../core/edit-history';
import { checkFields, type FieldMessages } from './field-check';
import { renameStage, setHallStyle, setSignText, setSpawnYaw } from './floor-commands';
import { assignExhibitor, parsePlanKey, updateEntrance, updateSlot, type PlanKey } from './hall-commands';
import { HALL_EDITOR_CONFIG as C } from './hall-editor-config';
import { hallText, type HallEditorMessage } from './hall-editor-messages';

type StyleKey = keyof HallLayout['style'];
const STYLE_KEYS: readonly StyleKey[] = ['floorColor', 'wallColor', 'carpetColor'];

/**
 * `<hall-inspector>`: the properties of what is selected on the plan — a slot's label, kind and
 * exhibitor (searched by name among the approved ones), an entrance's wall, position and width, a
 * stage's name and a sign's text in both languages, a spawn point's facing, a cut-out's or aisle's
 * size — and, with nothing selected, the hall's colours. Each change is sent up as one command once
 * the model's schema takes it; otherwise the schema's objection shows next to the field and
 * nothing changes.
 */
@customElement('hall-inspector')
export class HallInspector extends LitElement {
  static override styles = css`
    :host { display: block; }
    h3 { margin: 0 0 8px; font-size: 15px; }
    label { display: grid; gap: 3px; font-size: 13px; margin-bottom: 8px; color: #34495e; }
    input, select { font: inherit; padding: 5px 8px; border: 1px solid #9fb3c8; border-radius: 6px; min-height: 32px; box-sizing: border-box; }
    ul { list-style: none; margin: 4px 0 0; padding: 0; max-height: 220px; overflow: auto; border: 1px solid #d6e0ea; border-radius: 6px; }
    li button { width: 100%; text-align: left; border: 0; border-bottom: 1px solid #eef2f6; background: #fff; padding: 6px 8px; font: inherit; cursor: pointer; }
    li button:hover, li button:focus-visible { background: #eef6ff; }
    .assigned { padding: 6px 8px; background: #e6f5ea; border-radius: 6px; margin-bottom: 6px; }
    button.free { font: inherit; border: 1px solid #9fb3c8; background: #fff; border-radius: 6px; padding: 4px 10px; cursor: pointer; }
    p { margin: 0; color: #5a6b7c; font-size: 13px; line-height: 1.4; }
    .error { color: #b42318; font-size: 12px; }
    input[aria-invalid='true'] { border-color: #b42318; outline-color: #b42318; }
    .colour { display: grid; grid-template-columns: 44px 1fr; gap: 6px; }
    .colour input[type='color'] { padding: 2px; width: 44px; }
  `;

  @property({ attribute: false }) doc: HallLayout | undefined;
  @property({ attribute: false }) selection: readonly PlanKey[] = [];
  @property({ attribute: false }) exhibitors: readonly Exhibitor[] = [];
  @property() locale: Locale = 'en';
  @property({ attribute: false }) execute: (cmd: EditCommand<HallLayout>) => void = () => undefined;
  @state() private search = '';
  /** The schema's objections to what was typed, by `<selected key or 'hall'>|<field path>`. */
  @state() private fieldErrors: FieldMessages = {};

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('selection') && changed.get('selection') !== undefined) this.fieldErrors = {};
  }

  /**
   * Sends `command` when `schema` takes `candidate`; otherwise shows its objections under `scope`
   * (the fields of one item) and sends nothing.
   */
  private submit(scope: string, schema: z.ZodType, candidate: unknown, command: () => EditCommand<HallLayout>): void {
    const found = checkFields(schema, candidate, this.locale);
    const errors: FieldMessages = Object.fromEntries(Object.entries(this.fieldErrors).filter(([k]) => !k.startsWith(`${scope}|`)));
    for (const [path, message] of Object.entries(found)) errors[`${scope}|${path}`] = message;
    this.fieldErrors = errors;
    if (Object.keys(found).length === 0) this.execute(command());
  }

  /** An input's error line, tied to it by `aria-describedby`. */
  private errorOf(scope: string, path: string) {
    const message = this.fieldErrors[`${scope}|${path}`];
    const id = `err-${scope}-${path}`.replace(/[^\w-]/g, '_');
    return { id, message, invalid: message ? 'true' : 'false', line: message ? html`<span class="error" id=${id} role="alert">${message}</span>` : nothing };
  }

  /** Two inputs (Chinese, English) for one localized text; `apply` builds the candidate and command. */
  private localizedFields(scope: string, field: string, testId: string, value: LocalizedText, schema: z.ZodType, apply: (next: LocalizedText) => [unknown, () => EditCommand<HallLayout>]) {
    return (['zh-CN', 'en'] as const).map((lang) => {
      const err = this.errorOf(scope, `${field}.${lang}`);
      return html`<label>${this.t(lang === 'en' ? 'textEn' : 'textZh')}<input
          data-testid=${`${testId}-${lang}`}
          lang=${lang}
          .value=${value[lang]}
          aria-invalid=${err.invalid}
          aria-describedby=${err.id}
          @change=${(e: Event) => {
            const [candidate, command] = apply({ ...value, [lang]: (e.target as HTMLInputElement).value.trim() });
            this.submit(scope, schema, candidate, command);
          }}
        />${err.line}</label>`;
    });
  }

  private t(key: HallEditorMessage, params?: Record<string, string | number>): string {
    return hallText(this.locale, key, params);
  }

  override render() {
    const doc = this.doc;
    if (!doc) return nothing;
    if (this.selection.length === 0) return html`<p>${this.t('nothingSelected')}</p>${this.renderStyle(doc)}`;
    if (this.selection.length > 1) return html`<p>${this.t('manySelected', { n: this.selection.length })}</p>`;
    const { kind, id } = parsePlanKey(this.selection[0]!);
    if (kind === 'slot') {
      const slot = doc.slots.find((s) => s.id === id);
      return slot ? this.renderSlot(slot) : nothing;
    }
    if (kind === 'entrance') {
      const entrance = doc.entrances.find((e) => e.id === id);
      if (!entrance) return nothing;
      const number = (value: string) => Number.parseFloat(value);
      return html`<h3>${this.t('entrance')} ${entrance.id}</h3>
        <label>${this.t('wall')}
          <select @change=${(e: Event) => this.execute(updateEntrance(id, { wall: (e.target as HTMLSelectElement).value as typeof entrance.wall }))}>
            ${(['south', 'north', 'west', 'east'] as const).map((w) => html`<option value=${w} ?selected=${w === entrance.wall}>${this.t(`wall.${w}`)}</option>`)}
          </select></label>
        <label>${this.t('offset')}<input type="number" step=${C.grid} .value=${String(entrance.offset)} @change=${(e: Event) => this.execute(updateEntrance(id, { offset: number((e.target as HTMLInputElement).value) }))} /></label>
        <label>${this.t('doorWidth')}<input type="number" min="1" step=${C.grid} .value=${String(entrance.width)} @change=${(e: Event) => this.execute(updateEntrance(id, { width: number((e.target as HTMLInputElement).value) }))} /></label>`;
    }
    if (kind === 'stage') {
      const stage = doc.stages.find((s) => s.id === id);
      if (!stage) return nothing;
      return html`<h3>${this.t('stage')}: ${pickText(stage.name, this.locale)}</h3>
        <p>${this.t('size', { w: stage.width, d: stage.depth })}</p>
        <h3>${this.t('stageName')}</h3>
        ${this.localizedFields(`stage-${id}`, 'name', 'stage-name', stage.name, Stage, (name) => [{ ...stage, name }, () => renameStage(id, name)])}`;
    }
    if (kind === 'sign') {
      const sign = doc.signage.find((s) => s.id === id);
      if (!sign) return nothing;
      return html`<h3>${this.t('sign')}: ${pickText(sign.text, this.locale)}</h3>
        <h3>${this.t('signText')}</h3>
        ${this.localizedFields(`sign-${id}`, 'text', 'sign-text', sign.text, Sign, (text) => [{ ...sign, text }, () => setSignText(id, text)])}`;
    }
    if (kind === 'spawn') {
      const index = Number(id);
      const point = doc.spawnPoints[index];
      if (!point) return nothing;
      const err = this.errorOf(`spawn-${id}`, 'yaw');
      return html`<h3>${this.t('spawn', { n: index + 1 })}</h3>
        <p>x ${point.x} m · z ${point.z} m</p>
        <label>${this.t('yaw')}<input type="number" data-testid="spawn-yaw" step=${C.spawnYawStep} .value=${String(point.yaw)} aria-invalid=${err.invalid} aria-describedby=${err.id}
          @change=${(e: Event) => {
            const raw = (e.target as HTMLInputElement).value;
            const yaw = raw.trim() === '' ? Number.NaN : Number(raw);
            this.submit(`spawn-${id}`, SpawnPoint, { ...point, yaw }, () => setSpawnYaw(index, yaw));
          }} />${err.line}</label>`;
    }
    if (kind === 'cutout') {
      const cutout = doc.cutouts[Number(id)];
      return cutout ? html`<h3>${this.t('cutout', { n: Number(id) })}</h3><p>${this.t('size', { w: cutout.width, d: cutout.depth })}</p>` : nothing;
    }
    const aisle = doc.aisles.find((a) => a.id === id);
    return aisle ? html`<h3>${this.t('aisle', { id })}</h3><p>${this.t('size', { w: aisle.width, d: aisle.depth })}</p>` : nothing;
  }

  /** The hall's colours: a picker and the `#rrggbb` text side by side, either one edits. */
  private renderStyle(doc: HallLayout) {
    return html`<h3>${this.t('hallStyle')}</h3>
      ${STYLE_KEYS.map((key) => {
        // HexColor checks a bare string, so its objection has the empty path.
        const err = this.errorOf(`style-${key}`, '');
        const apply = (value: string) => this.submit(`style-${key}`, HexColor, value, () => setHallStyle({ [key]: value }));
        return html`<label>${this.t(key)}
          <span class="colour">
            <input type="color" aria-label=${this.t(key)} .value=${doc.style[key]} @change=${(e: Event) => apply((e.target as HTMLInputElement).value)} />
            <input data-testid=${`style-${key}`} .value=${doc.style[key]} maxlength="7" aria-invalid=${err.invalid} aria-describedby=${err.id} @change=${(e: Event) => apply((e.target as HTMLInputElement).value.trim())} />
          </span>${err.line}</label>`;
      })}`;
  }

  private renderSlot(slot: HallLayout['slots'][number]) {
    const assigned = slot.exhibitorId ? this.exhibitors.find((e) => e.id === slot.exhibitorId) : undefined;
    const query = this.search.trim().toLowerCase();
    const matches = query
      ? this.exhibitors.filter((e) => e.name['zh-CN'].toLowerCase().includes(query) || e.name.en.toLowerCase().includes(query)).slice(0, C.pickerLimit)
      : [];
    return html`<h3>${this.t('slot', { label: slot.label })}</h3>
      <p>${this.t('size', { w: slot.width, d: slot.depth })}</p>
      <label>${this.t('label')}<input data-testid="slot-label" .value=${slot.label} maxlength="80" @change=${(e: Event) => {
        const label = (e.target as HTMLInputElement).value.trim();
        if (label) this.execute(updateSlot(slot.id, { label }));
      }} /></label>
      <label>${this.t('kind')}
        <select @change=${(e: Event) => this.execute(updateSlot(slot.id, { kind: BoothKind.parse((e.target as HTMLSelectElement).value) }))}>
          ${BoothKind.options.map((k) => html`<option value=${k} ?selected=${k === slot.kind}>${this.t(`kind.${k}`)}</option>`)}
        </select></label>
      <h3>${this.t('exhibitor')}</h3>
      ${slot.exhibitorId
        ? html`<div class="assigned" data-testid="slot-exhibitor">${assigned ? pickText(assigned.name, this.locale) : slot.exhibitorId}</div>
            <button type="button" class="free" @click=${() => this.execute(assignExhibitor(slot.id, undefined))}>${this.t('free')}</button>`
        : html`<p>${this.t('unassigned')}</p>`}
      <label>${this.t('assign')}<input type="search" data-testid="exhibitor-search" placeholder=${this.t('searchExhibitor')} .value=${this.search} @input=${(e: Event) => (this.search = (e.target as HTMLInputElement).value)} /></label>
      ${query
        ? matches.length
          ? html`<ul data-testid="exhibitor-matches">${matches.map(
              (e) => html`<li><button type="button" data-exhibitor=${e.id} @click=${() => {
                this.search = '';
                this.execute(assignExhibitor(slot.id, e.id));
              }}>${pickText(e.name, this.locale)}</button></li>`,
            )}</ul>`
          : html`<p>${this.t('noMatches')}</p>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hall-inspector': HallInspector;
  }
}
