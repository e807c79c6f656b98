import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { AssetUrl, BoothItemKind, templateFitsSlot, type BoothDesign, type BoothItem, type BoothTemplate, type HallView, type Locale, type PlacedBooth, type Product } from '../../model';
import { createEditorPreview, hallToBooth, type EditorPreview, type GizmoDragEvent, type GizmoHandle, type GizmoMode } from '../../engine';
import '../core/conflict-dialog';
import type { ConflictDialog } from '../core/conflict-dialog';
import { openDraftStore } from '../core/draft-store';
import { addItem, nextItemId, removeItem, setFasciaName, setTemplate, setTheme, updateItem } from './booth-commands';
import { boothApi, findBooth, withOwnBooth, type BoothLocation } from './booth-api';
import { BOOTH_EDITOR_CONFIG as C } from './booth-editor-config';
import { boothEditorStyles } from './booth-editor-styles';
import { boothText, type BoothMessageKey } from './booth-messages';
import { boothKeyAction } from './booth-keys';
import { BoothEditorSession } from './booth-session';
import { MoveTool } from './move-tool';
import { clampScale, findFreePlace, placementProblem, snapPlace, snapYaw, type PlacementProblem } from './placement-check';
import './booth-properties';
import './product-manager';

const KINDS = BoothItemKind.options;
const NEEDS_PRODUCT = new Set<BoothItem['kind']>(['product-stand', 'model']);
const MATERIALS = ['paint', 'wood', 'fabric', 'glass', 'metal'] as const;

/** The booth editor's test hook: read-only state for e2e tests (like `window.openExpo` on the hall page). */
export interface BoothEditorHook {
  ready: boolean;
  design(): BoothDesign;
  baseRevision(): number;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Edit → next drawn frame, in ms, newest last. */
  editToFrameMs: number[];
  previewStats(): ReturnType<EditorPreview['stats']> | undefined;
  /** Where an item's centre (at `lift` m) shows on the page. */
  itemClientPoint(itemId: string, lift?: number): { x: number; y: number } | undefined;
  /** Where a handle of the gizmo on the selected item is on the page, if shown. */
  gizmoHandlePoint(handle: GizmoHandle): { x: number; y: number } | undefined;
  gizmoMode(): GizmoMode;
  draftSaved(): Promise<void>;
}

declare global {
  interface Window {
    openExpoEditor?: BoothEditorHook;
  }
}

/**
 * `<booth-editor>`: an exhibitor designs its booth in the visitors' own renderer. Every change is
 * a command on the session's undo history; the draft is saved on this device after each one;
 * Publish checks with the model schema and PUTs on the revision the draft started from.
 */
@customElement('booth-editor')
export class BoothEditor extends LitElement {
  static override styles = boothEditorStyles;

  @property() locale: Locale = 'en';
  @property({ attribute: 'exhibitor-id' }) exhibitorId = '';
  @state() private phase: { kind: 'loading' } | { kind: 'none' } | { kind: 'error'; message: string } | { kind: 'ready' } = { kind: 'loading' };
  @state() private selectedId: string | undefined;
  @state() private problem: string | undefined;
  @state() private tick = 0;
  @state() private showProducts = false;
  @state() private gizmoMode: GizmoMode = 'move';
  @query('canvas') private canvas!: HTMLCanvasElement;
  @query('conflict-dialog') private conflictDialog!: ConflictDialog;

  private session: BoothEditorSession | undefined;
  private location: BoothLocation | undefined;
  /** The exhibitor's expo: its category taxonomy names product categories. */
  private expoId = '';
  private templates: BoothTemplate[] = [];
  private products: Product[] = [];
  private preview: EditorPreview | undefined;
  private readonly tool = new MoveTool({
    gizmoAt: (x, y) => this.preview?.gizmo?.handleAt(x, y) !== undefined,
    // Only this exhibitor's booth: item ids repeat across booths (every booth has a plant-1).
    pickItem: (x, y) => this.preview?.pickItem(x, y, this.location?.slotId),
    select: (id) => this.select(id),
    setCameraEnabled: (on) => this.preview?.setCameraEnabled(on),
    dragTo: (id, x, y) => this.dragTo(id, x, y),
    drop: (id, x, y) => this.drop(id, x, y),
    cancelDrag: () => this.showDesign(this.design),
  });
  private readonly hook: BoothEditorHook = {
    ready: false,
    design: () => this.design,
    baseRevision: () => this.session?.baseRevision ?? -1,
    canUndo: () => this.session?.history.canUndo ?? false,
    canRedo: () => this.session?.history.canRedo ?? false,
    editToFrameMs: [],
    previewStats: () => this.preview?.stats(),
    itemClientPoint: (id, lift = 0.5) => this.itemClientPoint(id, lift),
    gizmoHandlePoint: (handle) => this.preview?.gizmo?.handlePoint(handle),
    gizmoMode: () => this.gizmoMode,
    draftSaved: () => this.session?.flushed() ?? Promise.resolve(),
  };
  private shownBooth: PlacedBooth | undefined;
  /** The item as the gizmo drag under way shows it (JSON), so a pointer move within one snap step redraws nothing. */
  private gizmoShown: string | undefined;
  private cleanups: (() => void)[] = [];

  private get design(): BoothDesign {
    return this.session!.design;
  }

  private t(key: BoothMessageKey, params?: Record<string, string | number>): string {
    return boothText(this.locale, key, params);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.openExpoEditor = this.hook;
    const onKey = (e: KeyboardEvent) => this.onKey(e);
    window.addEventListener('keydown', onKey);
    this.cleanups.push(() => window.removeEventListener('keydown', onKey));
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const c of this.cleanups.splice(0)) c();
    this.preview?.dispose();
    this.preview = undefined;
  }

  private async load(): Promise<void> {
    try {
      const [found, templates, exhibitor] = await Promise.all([findBooth(this.exhibitorId), boothApi.templates(), boothApi.exhibitor(this.exhibitorId)]);
      if (!found) {
        this.phase = { kind: 'none' };
        return;
      }
      this.location = withOwnBooth(found, exhibitor.exhibitor);
      this.expoId = exhibitor.exhibitor.expoId;
      this.templates = templates.boothTemplates;
      this.products = exhibitor.products;
      const store = await openDraftStore().catch(() => undefined);
      this.session = await BoothEditorSession.open(store, this.templates, found.published);
      this.cleanups.push(this.session.onChange(() => this.tick++));
      this.cleanups.push(this.session.history.onChange(() => this.afterEdit()));
      this.phase = { kind: 'ready' };
      await this.updateComplete;
      this.startPreview();
      this.hook.ready = true;
      // A draft the published booth moved past is settled before anything is published from it;
      // decided later, its pending publish waits too (it would only meet the conflict dialog).
      if (this.session.staleDraft) await this.settleStaleDraft();
      if (this.session.hasPendingPublish && !this.session.staleDraft) void this.publish();
    } catch (err) {
      this.phase = { kind: 'error', message: err instanceof Error ? err.message : String(err) };
    }
  }

  /** Asks what to do with a restored draft whose base revision is no longer the published one: the conflict dialog's choices. */
  private async settleStaleDraft(): Promise<void> {
    const session = this.session!;
    const stale = session.staleDraft;
    if (!stale) return;
    const params = { base: stale.baseRevision, revision: stale.revision };
    const choice = await this.conflictDialog.ask(session.design, stale.theirs, stale.revision, { title: this.t('stale.title'), body: this.t('stale.body', params) });
    session.resolveStaleDraft(choice);
  }

  private startPreview(): void {
    const loc = this.location!;
    this.preview = createEditorPreview(this.canvas, this.viewFor(this.design), { locale: this.locale, focusSlotId: loc.slotId, gizmo: true });
    this.cleanups.push(this.preview.on('error', (e) => console.warn('[editor preview]', e.message)));
    const gizmo = this.preview.gizmo;
    if (gizmo) {
      gizmo.setSnap({ move: C.gridStep, yawDeg: C.yawStep });
      gizmo.setMode(this.gizmoMode);
      this.cleanups.push(gizmo.on('drag', (e) => this.gizmoDrag(e)), gizmo.on('dragEnd', (e) => this.gizmoDrop(e)));
    }
  }

  /** The hall as visitors will see it with this design in the exhibitor's slot. Other booths keep their objects, so the preview keeps their meshes. */
  private viewFor(design: BoothDesign): HallView {
    const loc = this.location!;
    const mine = loc.view.booths.find((b) => b.slotId === loc.slotId)!;
    const booth = this.shownBooth && this.shownBooth.design === design ? this.shownBooth : { ...mine, design };
    this.shownBooth = booth;
    const known = new Set(loc.view.products.map((p) => p.id));
    const own = this.products.filter((p) => !known.has(p.id)).map((p) => ({ id: p.id, exhibitorId: p.exhibitorId, name: p.name, category: p.category, ...(p.glbUrl ? { glbUrl: p.glbUrl } : {}) }));
    const templates = new Map([...loc.view.boothTemplates, ...this.templates].map((t) => [t.id, t]));
    return { layout: loc.view.layout, boothTemplates: [...templates.values()], booths: loc.view.booths.map((b) => (b.slotId === loc.slotId ? booth : b)), products: [...loc.view.products, ...own] };
  }

  private showDesign(design: BoothDesign): void {
    this.preview?.setView(this.viewFor(design));
  }

  /** After every edit (and undo/redo): redraw the preview and time it to the next drawn frame. */
  private afterEdit(): void {
    const started = performance.now();
    this.showDesign(this.design);
    const off = this.preview?.on('frame', (f) => {
      off?.();
      this.hook.editToFrameMs.push(f.at - started);
      if (this.hook.editToFrameMs.length > C.editFrameSamples) this.hook.editToFrameMs.shift();
    });
    if (this.selectedId && !this.design.items.some((i) => i.id === this.selectedId)) this.select(undefined);
    else {
      this.outline(this.selectedId ? [this.selectedId] : []);
      // The gizmo follows the item to where the edit (or undo/redo) put it.
      this.attachGizmo();
    }
    this.tick++;
  }

  private get template(): BoothTemplate | undefined {
    return this.templates.find((t) => t.id === this.design.templateId) ?? this.location?.view.boothTemplates.find((t) => t.id === this.design.templateId);
  }

  private select(id: string | undefined): void {
    this.selectedId = id;
    this.problem = undefined;
    this.outline(id ? [id] : []);
    this.attachGizmo();
  }

  /** Outlines items of this exhibitor's booth only (another booth's same-named item stays plain). */
  private outline(ids: readonly string[], tone: 'normal' | 'error' = 'normal'): void {
    this.preview?.setSelection(ids, tone, this.location?.slotId);
  }

  private attachGizmo(): void {
    const slotId = this.location?.slotId;
    this.preview?.gizmo?.attach(this.selectedId && slotId ? { slotId, itemId: this.selectedId } : undefined);
  }

  private setGizmoMode(mode: GizmoMode): void {
    this.gizmoMode = mode;
    this.preview?.gizmo?.setMode(mode);
  }

  private problemText(p: PlacementProblem): string {
    const amount = p.amount.toFixed(2);
    const reason = p.code === 'overlap' ? this.t('problem.overlap', { amount, other: p.otherId }) : this.t(p.code === 'outside' ? 'problem.outside' : 'problem.in-wall', { amount });
    return this.t('cannotPlace', { reason });
  }

  /** Where a gizmo drag puts the item: snapped like the other tools (grid or anchor, 15°, scale steps) and checked. */
  private gizmoProposal(e: GizmoDragEvent): { item: BoothItem; problem: PlacementProblem | undefined } | undefined {
    const item = this.design.items.find((i) => i.id === e.itemId);
    const template = this.template;
    if (!item || !template || e.slotId !== this.location?.slotId) return undefined;
    let moved: BoothItem;
    if (e.mode === 'move') {
      const place = snapPlace(template, this.design, item.kind, e.pose.x, e.pose.z, item.yaw, item.id);
      const { anchorId: _old, ...free } = item;
      // Off an anchor the item keeps its height: a poster slid along its wall stays on the wall.
      moved = place.anchorId ? { ...free, ...place } : { ...free, x: place.x, z: place.z };
    } else if (e.mode === 'rotate') moved = { ...item, yaw: snapYaw(e.pose.yaw) };
    else moved = { ...item, scale: clampScale(e.pose.scale, C.gizmoScaleStep) };
    return { item: moved, problem: placementProblem(template, moved, this.design.items) };
  }

  private gizmoDrag(e: GizmoDragEvent): void {
    const proposal = this.gizmoProposal(e);
    if (!proposal) return;
    // The handle reports every pointer move, but the item moves only by snap steps: rebuilding the
    // booth for a proposal already shown would only slow the drag down.
    const key = JSON.stringify(proposal.item);
    if (key === this.gizmoShown) return;
    this.gizmoShown = key;
    this.showDesign({ ...this.design, items: this.design.items.map((i) => (i.id === e.itemId ? proposal.item : i)) });
    this.problem = proposal.problem ? this.problemText(proposal.problem) : undefined;
    this.outline([e.itemId], proposal.problem ? 'error' : 'normal');
  }

  /** A released gizmo: one edit when the place is allowed; else the item goes back and the reason stays shown. */
  private gizmoDrop(e: GizmoDragEvent): void {
    this.gizmoShown = undefined;
    const proposal = this.gizmoProposal(e);
    if (proposal && !proposal.problem) {
      this.problem = undefined;
      const { id: _id, kind: _kind, ...patch } = proposal.item;
      const label = { move: 'Move', rotate: 'Turn', scale: 'Scale' }[e.mode];
      this.session!.execute(updateItem(e.itemId, { ...patch, anchorId: proposal.item.anchorId }, `${label} ${e.itemId}`));
    } else {
      this.showDesign(this.design);
      this.outline([e.itemId]);
    }
    this.attachGizmo();
  }

  /** Tries an item change: commits it when the new place is allowed, else shows why and changes nothing. */
  private tryUpdate(id: string, patch: Partial<BoothItem>, label: string): boolean {
    const item = this.design.items.find((i) => i.id === id);
    const template = this.template;
    if (!item || !template) return false;
    const problem = placementProblem(template, { ...item, ...patch }, this.design.items);
    if (problem) {
      this.problem = this.problemText(problem);
      this.outline([id], 'error');
      return false;
    }
    this.problem = undefined;
    this.session!.execute(updateItem(id, patch, label));
    return true;
  }

  private placeAt(id: string, clientX: number, clientY: number): { item: BoothItem; problem: PlacementProblem | undefined } | undefined {
    const loc = this.location!;
    const template = this.template;
    const item = this.design.items.find((i) => i.id === id);
    const slot = loc.view.layout.slots.find((s) => s.id === loc.slotId);
    const floor = this.preview?.pickFloor(clientX, clientY);
    if (!template || !item || !slot || !floor) return undefined;
    const local = hallToBooth(slot, template, floor.x, floor.z);
    const place = snapPlace(template, this.design, item.kind, local.x, local.z, item.yaw, item.id);
    const { anchorId: _old, ...rest } = item;
    const moved: BoothItem = { ...rest, ...place };
    return { item: moved, problem: placementProblem(template, moved, this.design.items) };
  }

  private dragTo(id: string, clientX: number, clientY: number): void {
    const placed = this.placeAt(id, clientX, clientY);
    if (!placed) return;
    this.showDesign({ ...this.design, items: this.design.items.map((i) => (i.id === id ? placed.item : i)) });
    this.problem = placed.problem ? this.problemText(placed.problem) : undefined;
    this.outline([id], placed.problem ? 'error' : 'normal');
  }

  private drop(id: string, clientX: number, clientY: number): void {
    const placed = this.placeAt(id, clientX, clientY);
    if (!placed || placed.problem) {
      this.showDesign(this.design);
      this.outline([id]);
      return;
    }
    const { id: _id, kind: _kind, ...patch } = placed.item;
    this.session!.execute(updateItem(id, { ...patch, anchorId: placed.item.anchorId }, `Move ${id}`));
  }

  /** Adds an item of `kind` at a drop point, or at a default place (palette click or key). */
  private add(kind: BoothItem['kind'], at?: { clientX: number; clientY: number }): void {
    const template = this.template;
    const loc = this.location!;
    if (!template) return;
    const productId = NEEDS_PRODUCT.has(kind) ? this.products[0]?.id : undefined;
    if (NEEDS_PRODUCT.has(kind) && !productId) {
      this.problem = this.t('needsProduct');
      return;
    }
    const draft: BoothItem = { id: nextItemId(this.design, kind), kind, scale: 1, x: 0, y: 0, z: 0, yaw: 180, ...(productId ? { productId } : {}) };
    const floor = at && this.preview?.pickFloor(at.clientX, at.clientY);
    const slot = loc.view.layout.slots.find((s) => s.id === loc.slotId);
    let item: BoothItem;
    if (floor && slot) {
      // Dropped on a spot: that spot (or the anchor there), or the reason it cannot go there.
      const local = hallToBooth(slot, template, floor.x, floor.z);
      item = { ...draft, ...snapPlace(template, this.design, kind, local.x, local.z, 180) };
      const problem = placementProblem(template, item, this.design.items);
      if (problem) {
        this.problem = this.problemText(problem);
        return;
      }
    } else {
      // Clicked in the palette: the default place, else the nearest free one.
      const found = findFreePlace(template, this.design, draft);
      if ('problem' in found) {
        this.problem = this.problemText(found.problem);
        return;
      }
      item = { ...draft, ...found.place };
    }
    this.problem = undefined;
    this.session!.execute(addItem(item));
    this.select(item.id);
  }

  private onKey(e: KeyboardEvent): void {
    if (this.phase.kind !== 'ready' || !this.session) return;
    const target = e.composedPath()[0];
    const typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
    const item = this.design.items.find((i) => i.id === this.selectedId);
    const action = boothKeyAction(e, typing, item);
    if (!action) return;
    if (action.kind !== 'deselect') e.preventDefault();
    if (action.kind === 'undo') this.session.history.undo();
    else if (action.kind === 'redo') this.session.history.redo();
    else if (action.kind === 'deselect') {
      this.tool.cancel();
      this.select(undefined);
    } else if (action.kind === 'gizmo') this.setGizmoMode(action.mode);
    else if (item && action.kind === 'update') this.tryUpdate(item.id, action.patch, action.label);
    else if (item && action.kind === 'remove') this.session.execute(removeItem(item.id));
  }

  private async publish(): Promise<void> {
    await this.session?.publish((mine, theirs, revision) => this.conflictDialog.ask(mine, theirs, revision));
  }

  private itemClientPoint(id: string, lift: number): { x: number; y: number } | undefined {
    const loc = this.location;
    const template = this.template;
    const item = this.design.items.find((i) => i.id === id);
    const slot = loc?.view.layout.slots.find((s) => s.id === loc.slotId);
    if (!item || !slot || !template || !this.preview) return undefined;
    const scaleX = slot.width / template.footprint.width;
    const scaleZ = slot.depth / template.footprint.depth;
    const a = (slot.rotation * Math.PI) / 180;
    const lx = item.x * scaleX;
    const lz = item.z * scaleZ;
    return this.preview.clientPointOf(slot.x + lx * Math.cos(a) + lz * Math.sin(a), item.y + lift, slot.z - lx * Math.sin(a) + lz * Math.cos(a));
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('locale')) this.preview?.setLocale(this.locale);
  }

  override render() {
    void this.tick;
    switch (this.phase.kind) {
      case 'loading':
        return html`<p class="status" role="status">${this.t('loading')}</p>`;
      case 'none':
        return html`<p class="status" role="status" data-testid="no-booth">${this.t('noBooth')}</p>`;
      case 'error':
        return html`<p class="status error" role="alert">${this.t('loadFailed', { message: this.phase.message })}</p>`;
    }
    return this.renderEditor();
  }

  private renderEditor() {
    const session = this.session!;
    const design = this.design;
    const loc = this.location!;
    const slot = loc.view.layout.slots.find((s) => s.id === loc.slotId)!;
    const fitting = this.templates.filter((t) => templateFitsSlot(t, slot) || t.id === design.templateId);
    const selected = design.items.find((i) => i.id === this.selectedId);
    return html`
      <div class="toolbar" role="toolbar" aria-label="${this.t('publish')}">
        <button type="button" data-testid="undo" ?disabled=${!session.history.canUndo} title=${session.history.undoLabel ?? ''} @click=${() => session.history.undo()}>↶ ${this.t('undo')}</button>
        <button type="button" data-testid="redo" ?disabled=${!session.history.canRedo} title=${session.history.redoLabel ?? ''} @click=${() => session.history.redo()}>↷ ${this.t('redo')}</button>
        <button type="button" class="primary" data-testid="publish" ?disabled=${session.publishState.kind === 'publishing' || session.publishState.kind === 'waiting'} @click=${() => void this.publish()}>${this.t('publish')}</button>
        <a class="button" data-testid="preview-visitor" target="_blank" rel="noopener" href=${`/hall/${encodeURIComponent(loc.hallId)}?lang=${this.locale}&booth=${encodeURIComponent(loc.slotId)}`}>${this.t('previewVisitor')}</a>
        <button type="button" data-testid="open-products" aria-expanded=${this.showProducts ? 'true' : 'false'} @click=${() => (this.showProducts = !this.showProducts)}>${this.t('products')}</button>
        <span class="state" role="status" data-testid="publish-status">${this.renderStatus()}</span>
      </div>
      ${session.publishState.kind === 'invalid'
        ? html`<ul class="problems" data-testid="publish-problems">${session.publishState.problems.map((p) => html`<li>${p}</li>`)}</ul>`
        : nothing}
      <div class="layout">
        <aside class="left">
          <label>${this.t('template')}
            <select data-testid="template" @change=${(e: Event) => this.pickTemplate((e.target as HTMLSelectElement).value)}>
              ${fitting.map((t) => html`<option value=${t.id} ?selected=${t.id === design.templateId}>${t.name[this.locale] ?? t.name.en}</option>`)}
            </select>
          </label>
          <h2>${this.t('palette')}</h2>
          <div class="palette" data-testid="palette">
            ${KINDS.map(
              (kind) => html`<button type="button" draggable="true" data-kind=${kind} data-testid=${`palette-${kind}`}
                @dragstart=${(e: DragEvent) => e.dataTransfer?.setData('application/x-booth-item', kind)}
                @click=${() => this.add(kind)}>${this.t(`kind.${kind}` as BoothMessageKey)}</button>`,
            )}
          </div>
          ${this.renderTheme(design)}
        </aside>
        <div class="stage">
          <canvas tabindex="0" aria-label=${this.t('canvasLabel')} data-testid="preview-canvas"
            @pointerdown=${(e: PointerEvent) => this.tool.pointerDown(e) && this.canvas.setPointerCapture(e.pointerId)}
            @pointermove=${(e: PointerEvent) => this.tool.pointerMove(e)}
            @pointerup=${(e: PointerEvent) => this.tool.pointerUp(e)}
            @pointercancel=${() => this.tool.cancel()}
            @dragover=${(e: DragEvent) => e.preventDefault()}
            @drop=${(e: DragEvent) => this.onDrop(e)}></canvas>
          <div class="gizmo-modes" role="radiogroup" aria-label=${this.t('gizmoModes')}>
            ${(['move', 'rotate', 'scale'] as const).map(
              (mode) => html`<button type="button" role="radio" aria-checked=${this.gizmoMode === mode ? 'true' : 'false'} data-testid=${`gizmo-${mode}`}
                title=${this.t(`gizmo.${mode}`)} @click=${() => this.setGizmoMode(mode)}>${this.t(`gizmo.${mode}`)}</button>`,
            )}
          </div>
          ${this.problem ? html`<p class="problem" role="alert" data-testid="place-problem">${this.problem}</p>` : nothing}
          <p class="help">${this.t('help')}</p>
        </div>
        <aside class="right">
          <h2>${this.t('properties')}</h2>
          <ul class="items" data-testid="item-list">
            ${design.items.map((i) => html`<li><button type="button" aria-pressed=${i.id === this.selectedId ? 'true' : 'false'} data-testid=${`item-${i.id}`} @click=${() => this.select(i.id)}>${this.t(`kind.${i.kind}` as BoothMessageKey)} · ${i.id}</button></li>`)}
          </ul>
          ${selected
            ? html`<booth-properties .locale=${this.locale} .item=${selected} .products=${this.products}
                @item-change=${(e: CustomEvent<{ patch: Partial<BoothItem>; label: string }>) => this.tryUpdate(selected.id, e.detail.patch, e.detail.label)}
                @item-remove=${() => this.session!.execute(removeItem(selected.id))}></booth-properties>`
            : html`<p class="hint">${this.t('noSelection')}</p>`}
        </aside>
      </div>
      ${this.showProducts
        ? html`<product-manager .locale=${this.locale} .exhibitorId=${this.exhibitorId} .expoId=${this.expoId} .products=${this.products}
            @products-changed=${(e: CustomEvent<Product[]>) => ((this.products = e.detail), this.tick++)}></product-manager>`
        : nothing}
      <conflict-dialog .locale=${this.locale}></conflict-dialog>
    `;
  }

  private renderStatus() {
    const s = this.session!;
    const state = s.publishState;
    switch (state.kind) {
      case 'publishing':
        return this.t('status.publishing');
      case 'waiting':
        return this.t('status.waiting');
      case 'published':
        return this.t('status.published', { revision: state.revision });
      case 'invalid':
        return this.t('status.invalid');
      case 'failed':
        return this.t('status.failed', { message: state.message });
      case 'conflict':
        return this.t('status.conflictPending');
      case 'tookTheirs':
        return this.t('status.tookTheirs');
      case 'idle':
        if (s.staleDraft) return this.t('status.staleDraft', { base: s.staleDraft.baseRevision, revision: s.staleDraft.revision });
        return s.restored && !s.history.canUndo && !s.history.canRedo ? this.t('status.saved') : s.restored ? this.t('status.restored') : this.t('status.saved');
    }
  }

  private renderTheme(design: BoothDesign) {
    const theme = design.theme;
    return html`<fieldset class="theme">
      <legend>${this.t('theme')}</legend>
      <label>${this.t('primaryColor')} <input type="color" data-testid="primary-color" .value=${theme.primaryColor} @change=${(e: Event) => this.session!.execute(setTheme({ primaryColor: (e.target as HTMLInputElement).value }))} /></label>
      <label>${this.t('accentColor')} <input type="color" .value=${theme.accentColor} @change=${(e: Event) => this.session!.execute(setTheme({ accentColor: (e.target as HTMLInputElement).value }))} /></label>
      <label>${this.t('wallMaterial')}
        <select @change=${(e: Event) => this.session!.execute(setTheme({ wallMaterial: (e.target as HTMLSelectElement).value as (typeof MATERIALS)[number] }))}>
          ${MATERIALS.map((m) => html`<option value=${m} ?selected=${m === theme.wallMaterial}>${this.t(`material.${m}` as BoothMessageKey)}</option>`)}
        </select>
      </label>
      <label>${this.t('fasciaZh')} <input data-testid="fascia-zh" maxlength="80" required .value=${design.fasciaName['zh-CN']} @change=${(e: Event) => this.rename('zh-CN', e)} /></label>
      <label>${this.t('fasciaEn')} <input data-testid="fascia-en" maxlength="80" required .value=${design.fasciaName.en} @change=${(e: Event) => this.rename('en', e)} /></label>
      <label>${this.t('logo')} <input type="file" accept="image/png,image/jpeg,image/webp" data-testid="logo-file" @change=${(e: Event) => void this.uploadLogo(e)} /></label>
      ${theme.logoUrl ? html`<p class="logo"><img src=${theme.logoUrl} alt="" /> <button type="button" @click=${() => this.session!.execute(setTheme({ logoUrl: undefined }, 'Remove logo'))}>${this.t('logoRemove')}</button></p>` : nothing}
    </fieldset>`;
  }

  private rename(locale: 'zh-CN' | 'en', e: Event): void {
    const value = (e.target as HTMLInputElement).value.trim();
    if (value) this.session!.execute(setFasciaName(locale, value));
  }

  private async uploadLogo(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    try {
      const result = await boothApi.upload('image', file, file.name);
      if (AssetUrl.safeParse(result.url).success) this.session!.execute(setTheme({ logoUrl: result.url }, 'Set logo'));
    } catch (err) {
      this.problem = err instanceof Error ? err.message : String(err);
    }
    input.value = '';
  }

  private pickTemplate(id: string): void {
    const template = this.templates.find((t) => t.id === id);
    if (template) this.session!.execute(setTemplate(template));
  }

  private onDrop(e: DragEvent): void {
    e.preventDefault();
    const kind = BoothItemKind.safeParse(e.dataTransfer?.getData('application/x-booth-item'));
    if (kind.success) this.add(kind.data, { clientX: e.clientX, clientY: e.clientY });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booth-editor': BoothEditor;
  }
}
