import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { Locale } from '../../model';
import { hallText, type HallEditorMessage } from './hall-editor-messages';

/** Every keyboard shortcut of the hall editor, as the help panel lists it (the editor's key handler implements them). */
export const HALL_SHORTCUTS: readonly [keys: string, what: HallEditorMessage][] = [
  ['← ↑ → ↓', 'key.arrows'],
  ['Delete / Backspace', 'key.delete'],
  ['Ctrl/⌘ + Z', 'key.undo'],
  ['Ctrl/⌘ + Y, Ctrl/⌘ + Shift + Z', 'key.redo'],
  ['D', 'key.duplicate'],
  ['R', 'key.rotate'],
  ['Shift + R', 'key.rotateBack'],
  ['N', 'key.add'],
  ['C', 'key.cutout'],
  ['P', 'key.spawn'],
  ['A', 'key.aisle'],
  ['F', 'key.fit'],
  ['Esc', 'key.escape'],
  ['?', 'key.help'],
];

/** `<hall-shortcuts-help>`: the keyboard, mouse and touch help of the hall editor, a modal dialog opened with `?`. */
@customElement('hall-shortcuts-help')
export class HallShortcutsHelp extends LitElement {
  static override styles = css`
    dialog { border: 0; border-radius: 14px; padding: 18px 22px; width: min(560px, calc(100vw - 32px)); box-shadow: 0 12px 40px rgba(0, 0, 0, 0.3); color: #1b2a3a; }
    dialog::backdrop { background: rgba(16, 40, 74, 0.35); }
    h2 { margin: 0 0 10px; font-size: 18px; }
    table { border-collapse: collapse; width: 100%; font-size: 14px; }
    th, td { text-align: left; padding: 5px 6px; border-bottom: 1px solid #e6edf4; vertical-align: top; }
    kbd { font-family: ui-monospace, monospace; background: #f4f7fb; border: 1px solid #d6e0ea; border-radius: 4px; padding: 1px 5px; white-space: nowrap; }
    p { font-size: 13px; color: #5a6b7c; line-height: 1.5; }
    button { font: inherit; min-height: 34px; padding: 4px 14px; border-radius: 8px; border: 1px solid #9fb3c8; background: #fff; cursor: pointer; }
  `;

  @property() locale: Locale = 'en';
  @query('dialog') private dialog!: HTMLDialogElement;

  toggle(): void {
    if (this.dialog.open) this.dialog.close();
    else this.dialog.showModal();
  }

  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  override render() {
    const t = (key: HallEditorMessage) => hallText(this.locale, key);
    return html`<dialog aria-labelledby="help-title" data-testid="shortcuts-help" @keydown=${(e: KeyboardEvent) => e.key === '?' && (e.preventDefault(), this.toggle())}>
      <h2 id="help-title">${t('helpTitle')}</h2>
      <table>
        ${HALL_SHORTCUTS.map(([keys, what]) => html`<tr><td><kbd>${keys}</kbd></td><td>${t(what)}</td></tr>`)}
      </table>
      <p>${t('key.mouse')}</p>
      <p>${t('key.touch')}</p>
      <button type="button" @click=${() => this.dialog.close()}>${t('close')}</button>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hall-shortcuts-help': HallShortcutsHelp;
  }
}
