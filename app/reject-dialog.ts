import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { ReviewDecision } from '../model';
import { formStyles } from './form-field';
import { LocaleController } from './locale-controller';
import { localizeProblem } from './problem-text';
import { theme } from './theme';

/**
 * The modal that asks an organizer why a registration is rejected (a rejection always says why:
 * the applicant reads it on their account page). `ask()` resolves with the reason, or undefined
 * when the organizer cancels (button or Escape).
 */
@customElement('expo-reject-dialog')
export class RejectDialog extends LitElement {
  static override styles = [
    theme,
    formStyles,
    css`
      dialog { border: 0; border-radius: 14px; padding: 20px 22px; width: min(480px, calc(100vw - 32px)); box-sizing: border-box; box-shadow: 0 12px 40px rgba(0, 0, 0, 0.3); color: var(--expo-ink); }
      dialog::backdrop { background: rgba(16, 40, 74, 0.45); }
      h2 { margin: 0 0 12px; font-size: 18px; overflow-wrap: anywhere; }
      .actions { justify-content: flex-end; margin-top: 4px; }
      button.danger { background: var(--expo-danger); border-color: var(--expo-danger); color: #fff; }
      button { min-height: 40px; }
    `,
  ];

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('textarea') private textarea!: HTMLTextAreaElement;
  @state() private subject = '';
  @state() private problem: string | undefined;
  private settle: ((reason: string | undefined) => void) | undefined;
  private readonly i18n = new LocaleController(this);

  /** Opens the dialog about `subject` (the applicant's name) and waits for the organizer. */
  async ask(subject: string): Promise<string | undefined> {
    this.settle?.(undefined);
    this.subject = subject;
    this.problem = undefined;
    await this.updateComplete;
    this.textarea.value = '';
    this.dialog.showModal();
    this.textarea.focus();
    return new Promise((resolve) => (this.settle = resolve));
  }

  private finish(reason: string | undefined): void {
    const settle = this.settle;
    this.settle = undefined;
    if (this.dialog.open) this.dialog.close();
    settle?.(reason);
  }

  private confirm(event: SubmitEvent): void {
    event.preventDefault();
    const parsed = ReviewDecision.safeParse({ decision: 'reject', reason: this.textarea.value.trim() });
    if (!parsed.success) {
      this.problem = parsed.error.issues[0]?.message === 'must not be empty' ? this.i18n.t('review.reasonRequired') : localizeProblem(parsed.error.issues[0]?.message ?? '', this.i18n.locale);
      this.textarea.focus();
      return;
    }
    this.finish(parsed.data.decision === 'reject' ? parsed.data.reason : undefined);
  }

  override render() {
    return html`<dialog aria-labelledby="reject-title" @close=${() => this.finish(undefined)} data-testid="reject-dialog">
      <form novalidate @submit=${this.confirm}>
        <h2 id="reject-title">${this.i18n.t('review.rejectTitle', { name: this.subject })}</h2>
        <div class="field">
          <label for="reason">${this.i18n.t('review.reasonLabel')}</label>
          <textarea id="reason" name="reason" rows="4" aria-invalid=${this.problem ? 'true' : 'false'} aria-describedby=${this.problem ? 'reason-problem' : nothing} @input=${() => (this.problem = undefined)}></textarea>
          ${this.problem ? html`<ul class="problems" id="reason-problem"><li>${this.problem}</li></ul>` : nothing}
        </div>
        <div class="actions">
          <button type="button" @click=${() => this.finish(undefined)}>${this.i18n.t('review.cancel')}</button>
          <button type="submit" class="danger" data-testid="reject-confirm">${this.i18n.t('review.confirmReject')}</button>
        </div>
      </form>
    </dialog>`;
  }
}
