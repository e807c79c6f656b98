import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { createEditorPreview, type EditorPreview } from '../../engine';
import { checkHallLayout, HallLayoutPublish, HallLayoutSchema, formatIssues, type BoothTemplate, type Exhibitor, type HallLayout, type HallView, type LayoutProblem, type Locale } from '../../model';
import '../core/conflict-dialog';
import type { ConflictDialog } from '../core/conflict-dialog';
import { DRAFT_SCHEMA_VERSION, openDraftStore, type DraftStore } from '../core/draft-store';
import { EditHistory, type EditCommand } from '../core/edit-history';
import { publishWhenOnline } from '../core/publisher';
import * as floor from './floor-commands';
import * as cmd from './hall-commands';
import { HALL_EDITOR_CONFIG as C } from './hall-editor-config';
import { hallApi } from './hall-editor-api';
import { hallText, type HallEditorMessage } from './hall-editor-messages';
import './hall-inspector';
import './hall-plan-view';
import type { HallPlanView, PlanController } from './hall-plan-view';
import './hall-shortcuts-help';
import type { HallShortcutsHelp } from './hall-shortcuts-help';

type Status = { kind: 'idle' | 'busy' | 'ok' | 'error'; text: string };

/**
 * `<hall-layout-editor hall-id=…>`: one hall's layout. The plan (2D, the main tool) and the 3D
 * preview show the same document; every edit is a command in an `EditHistory` (undo/redo), saved
 * as a draft in IndexedDB, checked with the model's layout rules (problems outlined red and
 * listed), and published with the revision it was based on (409 → the conflict dialog).
 */
@customElement('hall-layout-editor')
export class HallLayoutEditor extends LitElement implements PlanController {
  static override styles = css`
    :host { display: grid; grid-template-rows: auto 1fr; height: 100%; min-height: 560px; font-size: 14px; color: #1b2a3a; }
    .bar { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; padding: 8px 12px; background: #fff; border-bottom: 1px solid #d6e0ea; }
    .bar strong { margin-right: 8px; font-size: 16px; }
    .bar .status { margin-left: auto; font-size: 13px; color: #5a6b7c; }
    .status.error { color: #b42318; }
    .status.ok { color: #1d5a2c; }
    button { font: inherit; min-height: 34px; padding: 4px 12px; border-radius: 8px; border: 1px solid #9fb3c8; background: #fff; cursor: pointer; }
    button:disabled { opacity: 0.5; cursor: default; }
    button.primary { background: #0b6bcb; border-color: #0b6bcb; color: #fff; }
    button:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
    .main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr) 300px; min-height: 0; }
    hall-plan-view { min-height: 420px; }
    .view3d { position: relative; border-left: 1px solid #d6e0ea; background: #cfd8e3; min-height: 300px; }
    canvas { width: 100%; height: 100%; display: block; outline: none; }
    .side { overflow: auto; padding: 12px; background: #f7f9fb; border-left: 1px solid #d6e0ea; display: grid; gap: 16px; align-content: start; }
    h3 { margin: 0 0 6px; font-size: 15px; }
    .size { display: flex; gap: 6px; align-items: end; }
    .size label { display: grid; gap: 2px; font-size: 12px; }
    .size input { width: 70px; font: inherit; padding: 4px 6px; border: 1px solid #9fb3c8; border-radius: 6px; }
    ul.problems { list-style: none; padding: 0; margin: 0; display: grid; gap: 4px; }
    ul.problems li button { width: 100%; text-align: left; border-color: #f0b4ae; background: #fdecea; color: #8a1c15; font-size: 13px; }
    .ok { color: #1d5a2c; font-size: 13px; }
    @media (max-width: 1000px) { .main { grid-template-columns: 1fr; } .view3d { min-height: 260px; border-left: 0; } }
  `;

  @property() locale: Locale = 'en';
  @property({ attribute: 'hall-id' }) hallId = '';
  @property({ attribute: 'expo-id' }) expoId = '';
  @state() private doc: HallLayout | undefined;
  @state() private shown: HallLayout | undefined;
  @state() private selection: cmd.PlanKey[] = [];
  @state() private problems: LayoutProblem[] = [];
  @state() private status: Status = { kind: 'idle', text: '' };
  @state() private exhibitors: Exhibitor[] = [];
  @query('hall-plan-view') private plan!: HallPlanView;
  @query('canvas') private canvas!: HTMLCanvasElement;
  @query('conflict-dialog') private conflictDialog!: ConflictDialog;
  @query('hall-shortcuts-help') private help!: HallShortcutsHelp;

  /** Milliseconds from the last edit to the next frame the 3D preview drew (for the e2e budget report). */
  lastEditToFrameMs: number | undefined;
  /** The 3D preview's counters (rebuilds, setView time, draw calls), for the same report. */
  previewStats(): ReturnType<EditorPreview['stats']> | undefined {
    return this.preview3d?.stats();
  }
  private history: EditHistory<HallLayout> | undefined;
  private baseRevision = 0;
  private publishedView: HallView | undefined;
  private boothTemplates: BoothTemplate[] = [];
  private drafts: DraftStore | undefined;
  private preview3d: EditorPreview | undefined;
  private editAt: number | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly cleanup: (() => void)[] = [];

  private t(key: HallEditorMessage, params?: Record<string, string | number>): string {
    return hallText(this.locale, key, params);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKey);
    void this.load();
  }

  override disconnectedCallback(): void {
    this.removeEventListener('keydown', this.onKey);
    clearTimeout(this.saveTimer);
    for (const undo of this.cleanup.splice(0)) undo();
    this.preview3d?.dispose();
    this.drafts?.close();
    super.disconnectedCallback();
  }

  private async load(): Promise<void> {
    this.status = { kind: 'busy', text: this.t('loading') };
    try {
      const [record, view, templates, exhibitors] = await Promise.all([hallApi.layout(this.hallId), hallApi.view(this.hallId), hallApi.templates(), hallApi.approvedExhibitors(this.expoId)]);
      this.publishedView = view;
      this.boothTemplates = templates.boothTemplates;
      this.exhibitors = exhibitors;
      this.drafts = await openDraftStore();
      const draft = await this.drafts.get<HallLayout>(`hall:${this.hallId}`);
      this.history = draft ? EditHistory.fromJSON(draft.history) : new EditHistory(record.layout);
      this.baseRevision = draft ? draft.baseRevision : record.revision;
      this.cleanup.push(this.history.onChange(() => this.changed()));
      this.status = draft ? { kind: 'ok', text: this.t('draftRestored') } : { kind: 'idle', text: '' };
      this.changed(false);
      await this.updateComplete;
      this.startPreview();
      if (draft && draft.baseRevision !== record.revision) await this.settleStaleDraft(record.layout, record.revision);
    } catch (error) {
      this.status = { kind: 'error', text: this.t('loadFailed', { message: (error as Error).message }) };
    }
  }

  /**
   * A restored draft based on another revision than the published one (someone published from
   * another device or tab meanwhile): the organizer chooses, as in a publish conflict. Taking
   * theirs is an edit, so undo brings the draft back; neither version is dropped silently.
   */
  private async settleStaleDraft(theirs: HallLayout, revision: number): Promise<void> {
    const history = this.history;
    if (!history) return;
    if (JSON.stringify(theirs) === JSON.stringify(history.doc)) {
      this.baseRevision = revision;
      return;
    }
    const notice = { title: this.t('staleTitle'), body: this.t('staleBody', { base: this.baseRevision, revision }) };
    const choice = await this.conflictDialog.ask(history.doc, theirs, revision, notice);
    // The dialog opened on load, with nothing focused before it: give the keys back to the plan.
    this.plan?.focusPlan();
    if (choice === 'later') return;
    this.baseRevision = revision;
    if (choice === 'theirs') history.execute({ label: this.t('tookTheirs'), apply: () => theirs });
    else void this.saveDraft(false);
    this.status = { kind: 'ok', text: this.t(choice === 'theirs' ? 'tookTheirs' : 'keptMine') };
  }

  private startPreview(): void {
    if (!this.doc || !this.publishedView) return;
    try {
      this.preview3d = createEditorPreview(this.canvas, this.viewOf(this.doc), { locale: this.locale });
      this.cleanup.push(
        this.preview3d.on('frame', ({ at }) => {
          if (this.editAt === undefined) return;
          this.lastEditToFrameMs = at - this.editAt;
          this.editAt = undefined;
        }),
      );
    } catch {
      this.status = { kind: 'error', text: this.t('noWebgl') };
    }
  }

  /** The HallView the 3D preview draws: the edited layout with the published booths still on their (assigned) slots. */
  private viewOf(layout: HallLayout): HallView {
    const base = this.publishedView!;
    const owner = new Map(layout.slots.map((s) => [s.id, s.exhibitorId]));
    return { ...base, layout, booths: base.booths.filter((b) => owner.get(b.slotId) === b.exhibitorId) };
  }

  /** After every edit, undo or redo: plan, problems, preview and the draft follow the history. */
  private changed(save = true): void {
    const doc = this.history!.doc;
    this.doc = doc;
    this.shown = doc;
    this.problems = checkHallLayout(doc, { boothTemplates: this.boothTemplates });
    const alive = new Set(cmd.planKeysOf(doc));
    this.selection = this.selection.filter((k) => alive.has(k));
    if (this.preview3d) {
      this.editAt = performance.now();
      this.preview3d.setView(this.viewOf(doc));
    }
    // A refusal ("fix 2 problems…") is about the document before this edit.
    if (this.status.kind === 'error') this.status = { kind: 'idle', text: '' };
    if (save) this.scheduleDraftSave(false);
  }

  private scheduleDraftSave(publishPending: boolean): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveDraft(publishPending), C.draftSaveDelayMs);
  }

  private async saveDraft(publishPending: boolean): Promise<void> {
    if (!this.drafts || !this.history) return;
    await this.drafts.put({ key: `hall:${this.hallId}`, kind: 'hall', baseRevision: this.baseRevision, history: this.history.toJSON(), savedAt: Date.now(), schemaVersion: DRAFT_SCHEMA_VERSION, publishPending });
  }

  // PlanController: the plan's tool selects, shows drags live and records finished ones.
  select(keys: readonly cmd.PlanKey[]): void {
    this.selection = [...keys];
  }

  preview(command: EditCommand<HallLayout> | undefined): void {
    if (!this.doc) return;
    this.shown = command ? command.apply(this.doc) : this.doc;
    this.problems = checkHallLayout(this.shown, { boothTemplates: this.boothTemplates });
  }

  execute(command: EditCommand<HallLayout>): void {
    this.history?.execute(command);
  }

  private freshId(prefix: string): string {
    const doc = this.doc!;
    return cmd.freeId(prefix, [...doc.slots, ...doc.stages, ...doc.signage, ...doc.entrances].map((x) => x.id));
  }

  private add(kind: cmd.PlanKind): void {
    if (!this.doc) return;
    const { x, z } = this.plan.centre();
    // Cut-outs and spawn points are keyed by index: the new one is the next.
    if (kind === 'cutout' || kind === 'spawn') {
      const [list, max, command] = kind === 'cutout' ? [this.doc.cutouts, C.maxCutouts, floor.addCutout(x, z)] : [this.doc.spawnPoints, C.maxSpawnPoints, floor.addSpawnPoint(x, z)];
      if (list.length >= max) {
        this.status = { kind: 'error', text: this.t('refuse.full', { n: max }) };
        return;
      }
      this.execute(command);
      this.selection = [cmd.planKey(kind, String(list.length))];
      return;
    }
    const id = this.freshId(kind === 'slot' ? 'new' : kind);
    if (kind === 'slot') this.execute(cmd.addSlot(x, z, id));
    if (kind === 'stage') this.execute(cmd.addStage(x, z, id, { 'zh-CN': hallText('zh-CN', 'newStageName'), en: hallText('en', 'newStageName') }));
    if (kind === 'sign') this.execute(cmd.addSign(x, z, id, { 'zh-CN': hallText('zh-CN', 'newSignText'), en: hallText('en', 'newSignText') }));
    if (kind === 'entrance') this.execute(cmd.addEntrance('north', id));
    if (kind === 'aisle') this.execute(floor.addAisle(x, z, id));
    this.selection = [cmd.planKey(kind, id)];
  }

  /** Deletes the selection, or says why not (the last entrance or spawn point stays). */
  private deleteSelection(): void {
    if (!this.doc || this.selection.length === 0) return;
    const refusal = cmd.removalRefusal(this.doc, this.selection);
    if (refusal) {
      this.status = { kind: 'error', text: this.t(`refuse.${refusal}`) };
      return;
    }
    this.execute(cmd.removeSelection(this.selection));
    // Index keys (cut-outs, spawn points) now name other items: select nothing rather than the wrong one.
    this.selection = [];
  }

  private duplicate(): void {
    let made: cmd.PlanKey[] = [];
    this.execute(cmd.duplicateSelection(this.selection, (keys) => (made = keys)));
    if (made.length) this.selection = made;
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    const target = e.composedPath()[0] as HTMLElement | undefined;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA')) return;
    // Keys inside an open dialog (help, conflict) are the dialog's: Escape must close it, not clear
    // the selection. Focus can stay on a button of a dialog that just closed: those keys are ours.
    if (e.composedPath().some((el) => el instanceof HTMLDialogElement && el.open)) return;
    const mod = e.ctrlKey || e.metaKey;
    const step = e.shiftKey ? C.nudgeLarge : C.grid;
    const nudge: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    let handled = true;
    if (nudge[e.key] && this.selection.length) this.execute(cmd.moveSelection(this.selection, ...nudge[e.key]!));
    else if ((e.key === 'Delete' || e.key === 'Backspace') && this.selection.length) this.deleteSelection();
    else if (mod && e.key.toLowerCase() === 'z' && !e.shiftKey) this.history?.undo();
    else if (mod && (e.key.toLowerCase() === 'y' || (e.key.toLowerCase() === 'z' && e.shiftKey))) this.history?.redo();
    else if (!mod && e.key.toLowerCase() === 'd' && this.selection.length) this.duplicate();
    else if (!mod && e.key.toLowerCase() === 'r' && this.selection.length) this.execute(cmd.rotateSelection(this.selection, e.shiftKey ? -1 : 1));
    else if (!mod && e.key.toLowerCase() === 'n') this.add('slot');
    else if (!mod && e.key.toLowerCase() === 'c') this.add('cutout');
    else if (!mod && e.key.toLowerCase() === 'p') this.add('spawn');
    else if (!mod && e.key.toLowerCase() === 'a') this.add('aisle');
    else if (!mod && e.key.toLowerCase() === 'f') this.plan.fit();
    else if (e.key === '?') this.help.toggle();
    else if (e.key === 'Escape') {
      this.plan.cancelDrag();
      this.selection = [];
    } else handled = false;
    if (handled) e.preventDefault();
  };

  private applySize(e: Event): void {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const width = Number(form.get('width'));
    const depth = Number(form.get('depth'));
    if (width > 0 && depth > 0) this.execute(cmd.resizeHall(width, depth));
  }

  /** Publishes the current layout; waits for the network when offline; a conflict asks the organizer. */
  async publish(): Promise<void> {
    if (!this.history || !this.doc) return;
    if (this.problems.length) {
      this.status = { kind: 'error', text: this.t('publishBlocked', { n: this.problems.length }) };
      return;
    }
    this.status = { kind: 'busy', text: this.t('publishing') };
    const request = {
      url: `/api/halls/${encodeURIComponent(this.hallId)}/layout`,
      body: { revision: this.baseRevision, layout: this.doc },
      baseRevision: this.baseRevision,
      validate: (body: unknown) => {
        const result = HallLayoutPublish.safeParse(body);
        return result.success ? { ok: true as const, value: result.data } : { ok: false as const, errors: formatIssues(result.error) };
      },
    };
    const result = await publishWhenOnline(request, {
      onWaiting: () => {
        this.status = { kind: 'busy', text: this.t('waitingNetwork') };
        void this.saveDraft(true);
      },
    });
    if (result.kind === 'published') {
      this.baseRevision = result.revision;
      await this.drafts?.delete(`hall:${this.hallId}`);
      this.publishedView = await hallApi.view(this.hallId).catch(() => this.publishedView);
      this.history.reset(this.history.doc);
      this.status = { kind: 'ok', text: this.t('published', { revision: result.revision }) };
    } else if (result.kind === 'conflict') {
      const choice = await this.conflictDialog.ask(this.doc, result.theirs, result.revision);
      if (choice === 'mine') {
        this.baseRevision = result.revision;
        await this.publish();
      } else if (choice === 'theirs') {
        this.baseRevision = result.revision;
        this.history.reset(HallLayoutSchema.parse(result.theirs));
        await this.drafts?.delete(`hall:${this.hallId}`);
        this.status = { kind: 'idle', text: '' };
      } else {
        this.status = { kind: 'error', text: result.message };
      }
    } else if (result.kind === 'invalid') {
      this.status = { kind: 'error', text: this.t('publishFailed', { message: result.problems.join('; ') }) };
    } else if (result.kind === 'failed') {
      this.status = { kind: 'error', text: this.t('publishFailed', { message: result.message }) };
    }
  }

  /** What a click on a problem selects: its slots, stages and other items on the plan. */
  private problemSelection(p: LayoutProblem): cmd.PlanKey[] {
    return [...p.slotIds.map((id) => cmd.planKey('slot', id)), ...p.stageIds.map((id) => cmd.planKey('stage', id)), ...p.refs.map((r) => cmd.planKey(r.kind, r.id))];
  }

  private problemKeys(): Set<cmd.PlanKey> {
    const keys = new Set<cmd.PlanKey>();
    for (const p of this.problems) {
      for (const id of p.slotIds) keys.add(cmd.planKey('slot', id));
      for (const id of p.stageIds) keys.add(cmd.planKey('stage', id));
      for (const ref of p.refs) keys.add(cmd.planKey(ref.kind, ref.id));
    }
    return keys;
  }

  override render() {
    const doc = this.doc;
    const h = this.history;
    const has = this.selection.length > 0;
    const names = new Map(this.exhibitors.map((e) => [e.id, this.locale === 'zh-CN' ? e.name['zh-CN'] : e.name.en]));
    return html`<div class="bar" role="toolbar" aria-label=${this.t('title')}>
        <strong>${doc ? (this.locale === 'zh-CN' ? doc.name['zh-CN'] : doc.name.en) : this.t('title')}</strong>
        <button type="button" data-testid="add-slot" @click=${() => this.add('slot')}>${this.t('addSlot')}</button>
        <button type="button" data-testid="add-stage" @click=${() => this.add('stage')}>${this.t('addStage')}</button>
        <button type="button" @click=${() => this.add('sign')}>${this.t('addSign')}</button>
        <button type="button" @click=${() => this.add('entrance')}>${this.t('addEntrance')}</button>
        <button type="button" data-testid="add-cutout" aria-keyshortcuts="C" @click=${() => this.add('cutout')}>${this.t('addCutout')}</button>
        <button type="button" data-testid="add-spawn" aria-keyshortcuts="P" @click=${() => this.add('spawn')}>${this.t('addSpawn')}</button>
        <button type="button" data-testid="add-aisle" aria-keyshortcuts="A" @click=${() => this.add('aisle')}>${this.t('addAisle')}</button>
        <button type="button" ?disabled=${!has} @click=${() => this.duplicate()}>${this.t('duplicate')}</button>
        <button type="button" ?disabled=${!has} @click=${() => this.execute(cmd.rotateSelection(this.selection))}>${this.t('rotate')}</button>
        <button type="button" data-testid="delete" ?disabled=${!has} @click=${() => this.deleteSelection()}>${this.t('delete')}</button>
        <button type="button" data-testid="undo" ?disabled=${!h?.canUndo} @click=${() => h?.undo()}>${this.t('undo')}</button>
        <button type="button" data-testid="redo" ?disabled=${!h?.canRedo} @click=${() => h?.redo()}>${this.t('redo')}</button>
        <button type="button" @click=${() => this.help.toggle()} aria-keyshortcuts="?">${this.t('help')} (?)</button>
        <button type="button" class="primary" data-testid="publish" ?disabled=${!doc || this.status.kind === 'busy'} @click=${() => void this.publish()}>${this.t('publish')}</button>
        <a href=${`/hall/${encodeURIComponent(this.hallId)}?lang=${this.locale}`} target="_blank" rel="noopener">${this.t('viewHall')}</a>
        <span class="status ${this.status.kind}" role="status" data-testid="editor-status">${this.status.text}</span>
      </div>
      <div class="main">
        <hall-plan-view
          .doc=${this.shown}
          .selection=${this.selection}
          .problemKeys=${this.problemKeys()}
          .exhibitorNames=${names}
          .controller=${this as PlanController}
          label=${this.t('plan')}
          locale=${this.locale}
        ></hall-plan-view>
        <div class="view3d"><canvas aria-label=${this.t('view3d')} data-testid="hall-preview"></canvas></div>
        <div class="side">
          ${doc
            ? html`<form class="size" @submit=${this.applySize} aria-label=${this.t('hallSize')}>
                <label>${this.t('width')}<input name="width" type="number" min="1" max="320" step=${C.grid} .value=${String(doc.size.width)} /></label>
                <label>${this.t('depth')}<input name="depth" type="number" min="1" max="320" step=${C.grid} .value=${String(doc.size.depth)} /></label>
                <button type="submit">${this.t('apply')}</button>
              </form>`
            : nothing}
          <section>
            <h3>${this.t('selection')}</h3>
            <hall-inspector .doc=${doc} .selection=${this.selection} .exhibitors=${this.exhibitors} .execute=${(c: EditCommand<HallLayout>) => this.execute(c)} locale=${this.locale}></hall-inspector>
          </section>
          <section data-testid="problems">
            <h3>${this.t('problems', { n: this.problems.length })}</h3>
            ${this.problems.length === 0
              ? html`<p class="ok">${this.t('noProblems')}</p>`
              : html`<ul class="problems">${this.problems.map(
                  (p) => html`<li><button type="button" data-code=${p.code} @click=${() => (this.selection = this.problemSelection(p))}>${p.message[this.locale === 'zh-CN' ? 'zh-CN' : 'en']}</button></li>`,
                )}</ul>`}
          </section>
        </div>
      </div>
      <conflict-dialog locale=${this.locale}></conflict-dialog>
      <hall-shortcuts-help locale=${this.locale}></hall-shortcuts-help>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hall-layout-editor': HallLayoutEditor;
  }
}
