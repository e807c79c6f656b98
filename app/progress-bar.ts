import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';

/** A labelled progress bar (0–1), announced to screen readers. */
@customElement('expo-progress-bar')
export class ProgressBar extends LitElement {
  static override styles = css`
    :host { display: block; }
    .track { height: 10px; border-radius: 5px; background: rgba(255, 255, 255, 0.25); overflow: hidden; }
    .fill { height: 100%; background: #5fb0ff; transition: width 120ms linear; }
    .label { margin-top: 10px; font-size: 15px; }
  `;

  @property({ type: Number }) value = 0;
  @property() label = '';

  override render() {
    const percent = Math.round(Math.max(0, Math.min(1, this.value)) * 100);
    return html`<div class="track" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow=${percent} aria-label=${this.label}>
        <div class="fill" style="width: ${percent}%"></div>
      </div>
      <div class="label">${this.label} ${percent}%</div>`;
  }
}
