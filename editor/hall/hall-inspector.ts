import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { BoothKind, pickText, type Exhibitor, type HallLayout, type Locale } from '../../model';
import type { EditCommand } from '../core/edit-history';
import { assignExhibitor, parsePlanKey, updateEntrance, updateSlot, type PlanKey } from './hall-commands';
import { HALL_EDITOR_CONFIG as C } from './hall-editor-config';
import { hallText, type HallEditorMessage } from './hall-editor-messages';

/**
 * `<hall-inspector>`: the properties of what is selected on the plan — a slot's label, kind and
 * exhibitor (searched by name among the approved ones), an entrance's wall, position and width —
 * each change sent up as one command.
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
  `;

  @property({ attribute: false }) doc: HallLayout | undefined;
  @property({ attribute: false }) selection: readonly PlanKey[] = [];
  @property({ attribute: false }) exhibitors: readonly Exhibitor[] = [];
  @property() locale: Locale = 'en';
  @property({ attribute: false }) execute: (cmd: EditCommand<HallLayout>) => void = () => undefined;
  @state() private search = '';

  private t(key: HallEditorMessage, params?: Record<string, string | number>): string {
    return hallText(this.locale, key, params);
  }

  override render() {
    const doc = this.doc;
    if (!doc) return nothing;
    if (this.selection.length === 0) return html`<p>${this.t('nothingSelected')}</p>`;
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
      return stage ? html`<h3>${this.t('stage')}: ${pickText(stage.name, this.locale)}</h3><p>${this.t('size', { w: stage.width, d: stage.depth })}</p>` : nothing;
    }
    const sign = doc.signage.find((s) => s.id === id);
    return sign ? html`<h3>${this.t('sign')}: ${pickText(sign.text, this.locale)}</h3>` : nothing;
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
