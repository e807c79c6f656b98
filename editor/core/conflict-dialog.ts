import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Locale } from '../../model';
import { documentDifferences, type DocumentDifference } from './document-diff';
import { coreText } from './messages';

/** What the editor does about a conflict; `later` keeps the draft and the pending conflict as they are. */
export type ConflictChoice = 'mine' | 'theirs' | 'later';

/** The dialog's heading and explanation when the caller's situation is not "someone published first". */
export interface ConflictNotice {
  title: string;
  body: string;
}

/** Differences listed in the comparison at most (a long list helps nobody decide). */
const MAX_LISTED = 60;

/**
 * `<conflict-dialog>`: someone published while this editor was editing. `ask(mine, theirs,
 * revision)` shows the choice — keep mine (publish again on top of their revision), take theirs
 * (my draft is replaced, after a look at the differences if wanted) — and resolves with it.
 * Nothing is decided on close: Escape answers `later`, and the draft stays as it was.
 */
@customElement('conflict-dialog')
export class ConflictDialog extends LitElement {
  static override styles = css`
    :host { font: inherit; }
    dialog { border: 0; border-radius: 14px; padding: 20px 22px; width: min(760px, calc(100vw - 32px)); max-height: calc(100vh - 48px); box-sizing: border-box; box-shadow: 0 12px 40px rgba(0, 0, 0, 0.3); color: #1b2a3a; }
    dialog::backdrop { background: rgba(16, 40, 74, 0.45); }
    h2 { margin: 0 0 8px; font-size: 19px; }
    p { margin: 0 0 14px; line-height: 1.5; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; }
    button { font: inherit; min-height: 40px; padding: 6px 14px; border-radius: 8px; border: 1px solid #9fb3c8; background: #fff; cursor: pointer; }
    button.primary { background: #0b6bcb; border-color: #0b6bcb; color: #fff; }
    button:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
    .compare { max-height: 45vh; overflow: auto; margin: 0 0 14px; border: 1px solid #d6e0ea; border-radius: 8px; }
    table { border-collapse: collapse; width: 100%; font-size: 13px; }
    th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #e6edf4; vertical-align: top; overflow-wrap: anywhere; }
    th { position: sticky; top: 0; background: #f4f7fb; }
    td.path { font-family: ui-monospace, monospace; color: #44576b; }
    td.mine { background: #eef6ff; }
    td.theirs { background: #fff6e6; }
  `;

  @property() locale: Locale = 'en';
  @query('dialog') private dialog!: HTMLDialogElement;
  @state() private differences: DocumentDifference[] = [];
  @state() private revision = 0;
  @state() private comparing = false;
  @state() private notice: ConflictNotice | undefined;
  private settle: ((choice: ConflictChoice) => void) | undefined;

  /**
   * Opens the dialog about my draft and their published document, and waits for the choice.
   * `notice` replaces the heading and explanation (a draft found stale on load, say).
   */
  async ask(mine: unknown, theirs: unknown, revision: number, notice?: ConflictNotice): Promise<ConflictChoice> {
    this.settle?.('later');
    this.differences = documentDifferences(mine, theirs);
    this.revision = revision;
    this.notice = notice;
    this.comparing = false;
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    this.renderRoot.querySelector<HTMLButtonElement>('button.primary')?.focus();
    return new Promise((resolve) => (this.settle = resolve));
  }

  private finish(choice: ConflictChoice): void {
    const settle = this.settle;
    this.settle = undefined;
    if (this.dialog.open) this.dialog.close();
    settle?.(choice);
  }

  override render() {
    const t = (key: Parameters<typeof coreText>[1], params?: Record<string, string | number>) => coreText(this.locale, key, params);
    return html`<dialog aria-labelledby="conflict-title" data-testid="conflict-dialog" @cancel=${(e: Event) => (e.preventDefault(), this.finish('later'))}>
      <h2 id="conflict-title" data-testid="conflict-title">${this.notice?.title ?? t('conflict.title')}</h2>
      <p>${this.notice?.body ?? t('conflict.body', { revision: this.revision })}</p>
      ${this.comparing ? this.renderCompare(t) : nothing}
      <div class="actions">
        <button type="button" data-testid="conflict-compare" aria-expanded=${this.comparing ? 'true' : 'false'} @click=${() => (this.comparing = !this.comparing)}>
          ${this.comparing ? t('conflict.hideCompare') : t('conflict.compare')}
        </button>
        <button type="button" data-testid="conflict-theirs" @click=${() => this.finish('theirs')}>${t('conflict.takeTheirs')}</button>
        <button type="button" class="primary" data-testid="conflict-mine" @click=${() => this.finish('mine')}>${t('conflict.keepMine')}</button>
        <button type="button" data-testid="conflict-later" @click=${() => this.finish('later')}>${t('conflict.cancel')}</button>
      </div>
    </dialog>`;
  }

  private renderCompare(t: (key: Parameters<typeof coreText>[1], params?: Record<string, string | number>) => string) {
    if (this.differences.length === 0) return html`<p>${t('conflict.same')}</p>`;
    const shown = this.differences.slice(0, MAX_LISTED);
    const show = (v: unknown) => (v === undefined ? t('conflict.absent') : typeof v === 'string' ? v : JSON.stringify(v));
    return html`<div class="compare" data-testid="conflict-differences">
      <table>
        <thead><tr><th scope="col">${t('conflict.field')}</th><th scope="col">${t('conflict.mine')}</th><th scope="col">${t('conflict.theirs')}</th></tr></thead>
        <tbody>
          ${shown.map((d) => html`<tr><td class="path">${d.path}</td><td class="mine">${show(d.mine)}</td><td class="theirs">${show(d.theirs)}</td></tr>`)}
        </tbody>
      </table>
      ${this.differences.length > shown.length ? html`<p>${t('conflict.more', { n: this.differences.length - shown.length })}</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'conflict-dialog': ConflictDialog;
  }
}
