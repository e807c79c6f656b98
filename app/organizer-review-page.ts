import { LitElement, css, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { ExhibitorRegistration, ExpoDetail, ReviewDecision, ReviewStatus, UserSummary, VisitorRegistration } from '../model';
import { ApiError, api } from './api-client';
import { loadCategoryNames, type CategoryNames } from './category-names';
import type { MessageKey } from './i18n';
import { LocaleController } from './locale-controller';
import { pageUrl } from './page-links';
import { pageStyles } from './page-styles';
import { cardStyles, exhibitorCard, visitorCard, type CardContext } from './registration-cards';
import type { RejectDialog } from './reject-dialog';
import { theme } from './theme';
import './reject-dialog';
import './site-header';

type Queue = 'exhibitors' | 'visitors';
const QUEUES: readonly Queue[] = ['exhibitors', 'visitors'];
const STATUSES: readonly ReviewStatus[] = ['pending', 'approved', 'rejected'];
const QUEUE_LABEL: Record<Queue, MessageKey> = { exhibitors: 'review.tab.exhibitors', visitors: 'review.tab.visitors' };
/** Registrations per page of the queue. */
const PAGE_SIZE = 20;

type Gate = { kind: 'loading' } | { kind: 'signed-out' } | { kind: 'forbidden' } | { kind: 'error'; message: string } | { kind: 'ready'; user: UserSummary; expoId: string };
type List =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'exhibitors'; items: ExhibitorRegistration[]; total: number }
  | { kind: 'visitors'; items: VisitorRegistration[]; total: number };

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * `/organizer/review`: the organizer's queue of exhibitor and visitor registrations, filtered by
 * status and paged; approve, or reject with a reason. A reviewed card stays where it was with its
 * new status, so the organizer sees what they just did. Also switches whether visitors need review.
 */
@customElement('expo-organizer-review-page')
export class OrganizerReviewPage extends LitElement {
  static override styles = [
    theme,
    pageStyles,
    cardStyles,
    css`
      .toolbar { display: flex; flex-wrap: wrap; gap: 12px 20px; align-items: center; justify-content: space-between; margin: 0 0 16px; }
      [role='tablist'] { display: inline-flex; background: #e3eaf4; border-radius: 10px; padding: 3px; gap: 2px; }
      [role='tab'] { border: 0; background: transparent; padding: 8px 18px; border-radius: 8px; font-weight: 600; color: var(--expo-muted); min-height: 40px; }
      [role='tab'][aria-selected='true'] { background: #fff; color: var(--expo-ink); box-shadow: 0 1px 3px rgba(0, 0, 0, 0.12); }
      .filter { display: flex; align-items: center; gap: 8px; }
      .filter select { font: inherit; padding: 7px 10px; border-radius: 8px; border: 1px solid #b9c3d3; min-height: 40px; background: #fff; }
      .settings { display: flex; gap: 12px; align-items: flex-start; background: var(--expo-surface); border: 1px solid var(--expo-line); border-radius: 12px; padding: 12px 16px; margin: 0 0 16px; }
      .settings input { width: 20px; height: 20px; margin: 2px 0 0; accent-color: var(--expo-accent); flex: none; }
      .settings label { font-weight: 600; }
      .settings .hint { color: var(--expo-muted); font-size: 13px; display: block; font-weight: 400; }
      .settings .problem { color: var(--expo-danger); font-size: 13px; display: block; }
      .pager { display: flex; gap: 12px; align-items: center; justify-content: center; margin-top: 18px; flex-wrap: wrap; }
      .pager button { min-height: 40px; }
      .empty { text-align: center; padding: 40px 24px; color: var(--expo-muted); }
      .empty .big { font-size: 40px; display: block; margin-bottom: 8px; }
      @media (max-width: 600px) {
        .toolbar { flex-direction: column; align-items: stretch; }
        [role='tablist'] { display: flex; }
        [role='tab'] { flex: 1; }
        .filter select { flex: 1; }
      }
    `,
  ];

  private readonly i18n = new LocaleController(this);
  @query('expo-reject-dialog') private rejectDialog!: RejectDialog;
  @state() private gate: Gate = { kind: 'loading' };
  @state() private queue: Queue;
  @state() private status: ReviewStatus;
  @state() private page: number;
  @state() private list: List = { kind: 'loading' };
  @state() private categories: CategoryNames = new Map();
  @state() private expo: ExpoDetail | undefined;
  @state() private settingsBusy = false;
  @state() private settingsProblem: string | undefined;
  @state() private saving: ReadonlySet<string> = new Set();
  @state() private failures: ReadonlyMap<string, string> = new Map();
  private listAbort: AbortController | undefined;

  constructor() {
    super();
    const params = new URLSearchParams(location.search);
    this.queue = params.get('queue') === 'visitors' ? 'visitors' : 'exhibitors';
    const status = params.get('status');
    this.status = STATUSES.includes(status as ReviewStatus) ? (status as ReviewStatus) : 'pending';
    this.page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listAbort?.abort();
  }

  private async start(): Promise<void> {
    this.gate = { kind: 'loading' };
    let user: UserSummary;
    try {
      user = await api.me();
    } catch (error) {
      this.gate = error instanceof ApiError && error.status === 401 ? { kind: 'signed-out' } : { kind: 'error', message: errorText(error) };
      return;
    }
    if (user.role !== 'organizer') {
      this.gate = { kind: 'forbidden' };
      return;
    }
    const expoId = new URLSearchParams(location.search).get('expo') ?? user.expoId;
    this.gate = { kind: 'ready', user, expoId };
    void loadCategoryNames().then((names) => (this.categories = names));
    void this.loadExpo(expoId);
    await this.loadList();
  }

  private async loadExpo(expoId: string): Promise<void> {
    try {
      this.expo = await api.expo(expoId);
    } catch (error) {
      this.settingsProblem = errorText(error);
    }
  }

  private async loadList(): Promise<void> {
    if (this.gate.kind !== 'ready') return;
    const { expoId } = this.gate;
    this.listAbort?.abort();
    const abort = new AbortController();
    this.listAbort = abort;
    this.list = { kind: 'loading' };
    this.failures = new Map();
    this.rememberInUrl();
    const query = { status: this.status, page: this.page, pageSize: PAGE_SIZE };
    try {
      const list: List =
        this.queue === 'exhibitors'
          ? { kind: 'exhibitors', ...(await api.exhibitorRegistrations(expoId, query, abort.signal)) }
          : { kind: 'visitors', ...(await api.visitorRegistrations(expoId, query, abort.signal)) };
      if (abort.signal.aborted) return;
      // A page past the end (the queue shrank since the link was made): go to the last page.
      const pages = Math.max(1, Math.ceil(list.total / PAGE_SIZE));
      if (list.items.length === 0 && this.page > pages) {
        this.page = pages;
        return this.loadList();
      }
      this.list = list;
    } catch (error) {
      if (!abort.signal.aborted) {
        if (error instanceof ApiError && (error.status === 401 || error.status === 403)) this.gate = error.status === 401 ? { kind: 'signed-out' } : { kind: 'forbidden' };
        else this.list = { kind: 'error', message: errorText(error) };
      }
    }
  }

  /** Keeps the queue, filter and page in the address, so a reload or a shared link opens the same view. */
  private rememberInUrl(): void {
    const params = new URLSearchParams(location.search);
    params.set('queue', this.queue);
    params.set('status', this.status);
    params.set('page', String(this.page));
    history.replaceState(null, '', `${location.pathname}?${params.toString()}`);
  }

  private show(change: { queue?: Queue; status?: ReviewStatus; page?: number }): void {
    if (change.queue) this.queue = change.queue;
    if (change.status) this.status = change.status;
    this.page = change.page ?? 1;
    void this.loadList();
  }

  private async review(id: string, decision: ReviewDecision): Promise<void> {
    const list = this.list;
    if (list.kind !== 'exhibitors' && list.kind !== 'visitors') return;
    this.saving = new Set([...this.saving, id]);
    const failures = new Map(this.failures);
    failures.delete(id);
    this.failures = failures;
    try {
      // The card keeps its place in the list, now showing the registration as the server saved it.
      // Another review may have replaced the list meanwhile, so the current one is updated.
      if (list.kind === 'exhibitors') {
        const updated = await api.reviewExhibitor(id, decision);
        const now = this.list;
        if (now.kind === 'exhibitors') this.list = { ...now, items: now.items.map((item) => (item.id === id ? updated : item)) };
      } else {
        const updated = await api.reviewVisitor(id, decision);
        const now = this.list;
        if (now.kind === 'visitors') this.list = { ...now, items: now.items.map((item) => (item.id === id ? updated : item)) };
      }
    } catch (error) {
      this.failures = new Map([...this.failures, [id, errorText(error)]]);
    } finally {
      const saving = new Set(this.saving);
      saving.delete(id);
      this.saving = saving;
    }
  }

  private async askReason(id: string, subject: string, button: HTMLElement): Promise<void> {
    const reason = await this.rejectDialog.ask(subject);
    if (reason === undefined) {
      button.focus();
      return;
    }
    await this.review(id, { decision: 'reject', reason });
    await this.updateComplete;
    // The reject button is gone now; keep the keyboard in the card.
    this.renderRoot.querySelector<HTMLElement>(`[data-registration-id="${CSS.escape(id)}"] a, [data-registration-id="${CSS.escape(id)}"] button`)?.focus();
  }

  private async setVisitorReview(manual: boolean): Promise<void> {
    if (this.gate.kind !== 'ready' || !this.expo) return;
    const previous = this.expo;
    this.settingsBusy = true;
    this.settingsProblem = undefined;
    this.expo = { ...previous, settings: { visitorReview: manual ? 'manual' : 'auto' } };
    try {
      await api.saveExpoSettings(this.gate.expoId, { visitorReview: manual ? 'manual' : 'auto' });
    } catch (error) {
      this.expo = previous;
      this.settingsProblem = errorText(error);
    } finally {
      this.settingsBusy = false;
    }
  }

  override render() {
    document.title = `${this.i18n.t('review.title')} · ${this.i18n.t('app.title')}`;
    return html`
      <expo-site-header></expo-site-header>
      <main class="wide">
        <h1>${this.i18n.t('review.title')}</h1>
        ${this.renderGate()}
      </main>
      <expo-reject-dialog></expo-reject-dialog>
    `;
  }

  private renderGate() {
    const locale = this.i18n.locale;
    const gate = this.gate;
    switch (gate.kind) {
      case 'loading':
        return html`<div class="status" role="status">${this.i18n.t('review.loading')}</div>`;
      case 'signed-out':
      case 'forbidden':
        return html`<div class="status" data-testid="review-gate">
          <p>${this.i18n.t(gate.kind === 'signed-out' ? 'review.signIn' : 'review.forbidden')}</p>
          <p><a class="button primary" href=${pageUrl('/login', locale)}>${this.i18n.t('nav.signIn')}</a></p>
        </div>`;
      case 'error':
        return html`<div class="status error" role="alert">
          <p>${this.i18n.t('review.error')}: ${gate.message}</p>
          <button @click=${() => this.start()}>${this.i18n.t('review.retry')}</button>
        </div>`;
      case 'ready':
        return html`${this.renderSettings()} ${this.renderToolbar()}
          <section id="queue" role="tabpanel" aria-labelledby="queue-${this.queue}">${this.renderList()}</section>`;
    }
  }

  private renderSettings() {
    if (!this.expo?.settings && !this.settingsProblem) return nothing;
    const manual = this.expo?.settings?.visitorReview === 'manual';
    return html`<div class="settings">
      <input type="checkbox" id="visitor-review" .checked=${manual} ?disabled=${this.settingsBusy || !this.expo?.settings} @change=${(event: Event) => this.setVisitorReview((event.target as HTMLInputElement).checked)} data-testid="visitor-review-mode" />
      <label for="visitor-review">
        ${this.i18n.t('review.visitorMode')}
        <span class="hint">${this.i18n.t('review.visitorModeHint')}</span>
        ${this.settingsBusy ? html`<span class="hint" role="status">${this.i18n.t('review.saving')}</span>` : nothing}
        ${this.settingsProblem ? html`<span class="problem" role="alert">${this.i18n.t('review.actionFailed', { message: this.settingsProblem })}</span>` : nothing}
      </label>
    </div>`;
  }

  private renderToolbar() {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      event.preventDefault();
      const next = this.queue === 'exhibitors' ? 'visitors' : 'exhibitors';
      this.show({ queue: next, status: this.status });
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#queue-${next}`)?.focus());
    };
    return html`<div class="toolbar">
      <div role="tablist" aria-label=${this.i18n.t('review.kind')} @keydown=${onKey}>
        ${QUEUES.map(
          (queue) => html`<button
            role="tab"
            id="queue-${queue}"
            aria-selected=${this.queue === queue ? 'true' : 'false'}
            aria-controls="queue"
            tabindex=${this.queue === queue ? '0' : '-1'}
            data-testid="queue-${queue}"
            @click=${() => this.queue !== queue && this.show({ queue, status: this.status })}
          >
            ${this.i18n.t(QUEUE_LABEL[queue])}
          </button>`,
        )}
      </div>
      <label class="filter">
        <span>${this.i18n.t('review.filter')}</span>
        <select data-testid="status-filter" @change=${(event: Event) => this.show({ status: (event.target as HTMLSelectElement).value as ReviewStatus })}>
          ${STATUSES.map((status) => html`<option value=${status} ?selected=${status === this.status}>${this.i18n.t(`status.${status}` as const)}</option>`)}
        </select>
      </label>
    </div>`;
  }

  private renderList() {
    const list = this.list;
    if (list.kind === 'loading') return html`<div class="status" role="status">${this.i18n.t('review.loading')}</div>`;
    if (list.kind === 'error') {
      return html`<div class="status error" role="alert">
        <p>${this.i18n.t('review.error')}: ${list.message}</p>
        <button @click=${() => this.loadList()}>${this.i18n.t('review.retry')}</button>
      </div>`;
    }
    if (list.items.length === 0) {
      return html`<div class="status empty" data-testid="review-empty">
        <span class="big" aria-hidden="true">${this.status === 'pending' ? '✓' : '∅'}</span>
        ${this.i18n.t(this.status === 'pending' ? 'review.emptyPending' : 'review.empty')}
      </div>`;
    }
    const context: CardContext = {
      locale: this.i18n.locale,
      categories: this.categories,
      saving: this.saving,
      failures: this.failures,
      approve: (id) => void this.review(id, { decision: 'approve' }),
      reject: (id, subject, button) => void this.askReason(id, subject, button),
    };
    const cards = list.kind === 'exhibitors' ? list.items.map((item) => exhibitorCard(item, context)) : list.items.map((item) => visitorCard(item, context));
    return html`<ul class="cards" data-testid="registration-list">
        ${cards.map((card) => html`<li>${card}</li>`)}
      </ul>
      ${this.renderPager(list.total)}`;
  }

  private renderPager(total: number) {
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    if (pages === 1) return nothing;
    return html`<nav class="pager" aria-label=${this.i18n.t('review.title')}>
      <button ?disabled=${this.page <= 1} @click=${() => this.show({ page: this.page - 1 })}>← ${this.i18n.t('review.prev')}</button>
      <span aria-live="polite">${this.i18n.t('review.page', { page: this.page, pages, total })}</span>
      <button ?disabled=${this.page >= pages} @click=${() => this.show({ page: this.page + 1 })}>${this.i18n.t('review.next')} →</button>
    </nav>`;
  }
}
