import { LitElement, css, html, nothing, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { HallLayout, Locale, Rect } from '../../model';
import type { EditCommand } from '../core/edit-history';
import type { PlanKey, PlanKind } from './hall-commands';
import { HALL_EDITOR_CONFIG as C } from './hall-editor-config';
import { hallText } from './hall-editor-messages';
import { fitViewport, handlePoint, HANDLES, planShapes, toHall, toScreen, zoomAt, type Handle, type PlanShape, type PlanViewport } from './plan-geometry';
import { PlanPointerTool, type PlanPointer } from './plan-pointer-tool';

/** What the plan asks of the editor that owns the document. */
export interface PlanController {
  select(keys: readonly PlanKey[]): void;
  preview(cmd: EditCommand<HallLayout> | undefined): void;
  execute(cmd: EditCommand<HallLayout>): void;
}

/** The kinds the legend explains, in its order. */
const LEGEND: readonly PlanKind[] = ['slot', 'stage', 'entrance', 'aisle', 'cutout', 'spawn', 'sign'];

/**
 * `<hall-plan-view>`: the organizer's main tool, a 2D floor plan in SVG with north up. Drag a
 * shape to move the selection, a handle to resize, empty floor to pan; the wheel zooms about the
 * pointer; on a touch screen one finger drags like the mouse and two pinch to zoom and pan.
 * Shapes with problems are outlined red; a legend names each kind's style. Pointer input (each
 * finger by its pointer id) goes through `PlanPointerTool`.
 */
@customElement('hall-plan-view')
export class HallPlanView extends LitElement {
  static override styles = css`
    :host { display: block; position: relative; background: #e9eef4; overflow: hidden; touch-action: none; user-select: none; }
    svg { display: block; width: 100%; height: 100%; cursor: default; }
    svg:focus-visible { outline: 3px solid #f2a900; outline-offset: -3px; }
    .floor { fill: #fbfcfd; stroke: #46586b; stroke-width: 2; }
    .cutout { fill: url(#cutout-hatch) #dfe5ec; stroke: #46586b; stroke-width: 1.5; cursor: move; }
    .aisle { fill-opacity: 0.3; stroke: #7d6aa8; stroke-width: 1; stroke-dasharray: 2 3; cursor: move; }
    .cutout-edge { fill: none; stroke: #1b2a3a; stroke-width: 1.5; stroke-dasharray: 5 3; pointer-events: none; }
    .cutout-edge.problem { stroke: #d1242f; stroke-width: 2.5; }
    .spawn { fill: rgba(22, 163, 74, 0.12); stroke: transparent; stroke-width: 2; cursor: move; }
    .spawn-mark { fill: #16a34a; stroke: #0d5c2b; stroke-width: 1; pointer-events: none; }
    .spawn-arrow { stroke: #0d5c2b; stroke-width: 2; fill: #0d5c2b; pointer-events: none; }
    .grid { stroke: #e3e8ee; stroke-width: 1; }
    .slot { fill: #dbe8f7; stroke: #5577a0; stroke-width: 1.2; cursor: move; }
    .slot.assigned { fill: #b9d3f0; }
    .stage { fill: #f3e3c3; stroke: #a07a33; stroke-width: 1.2; cursor: move; }
    .sign { fill: #6b4fa0; stroke: #3c2a63; cursor: move; }
    .entrance { fill: rgba(46, 160, 67, 0.18); stroke: #2ea043; stroke-width: 1.5; stroke-dasharray: 4 3; cursor: ew-resize; }
    .selected { stroke: #0b6bcb; stroke-width: 3; }
    .problem { stroke: #d1242f; stroke-width: 3; }
    .problem.selected { stroke-dasharray: 6 3; }
    text { font: 11px system-ui, sans-serif; fill: #1b2a3a; pointer-events: none; }
    text.name { font-size: 9px; fill: #34495e; }
    .handle { fill: #fff; stroke: #0b6bcb; stroke-width: 1.5; }
    .zoom { position: absolute; right: 8px; bottom: 8px; display: flex; gap: 4px; }
    .zoom button { width: 36px; height: 36px; border-radius: 8px; border: 1px solid #9fb3c8; background: #fff; font-size: 18px; cursor: pointer; }
    .legend { position: absolute; left: 8px; bottom: 8px; display: flex; flex-wrap: wrap; gap: 4px 10px; max-width: calc(100% - 150px); padding: 4px 8px; border-radius: 8px; background: rgba(255, 255, 255, 0.88); font: 11px system-ui, sans-serif; color: #34495e; pointer-events: none; }
    .legend span { display: inline-flex; align-items: center; gap: 4px; }
    .legend svg { width: 16px; height: 12px; }
  `;

  @property({ attribute: false }) doc: HallLayout | undefined;
  @property({ attribute: false }) selection: readonly PlanKey[] = [];
  @property({ attribute: false }) problemKeys: ReadonlySet<PlanKey> = new Set();
  @property({ attribute: false }) exhibitorNames: ReadonlyMap<string, string> = new Map();
  @property({ attribute: false }) controller: PlanController | undefined;
  @property() label = 'Floor plan';
  @property() locale: Locale = 'en';
  @state() private viewport: PlanViewport = { scale: 10, originX: 20, originY: 20 };
  private fitted = false;
  private readonly resize = new ResizeObserver(() => this.fit());
  private readonly tool = new PlanPointerTool({
    shapes: () => (this.doc ? planShapes(this.doc, this.locale) : []),
    selection: () => this.selection,
    select: (keys) => this.controller?.select(keys),
    preview: (cmd) => this.controller?.preview(cmd),
    execute: (cmd) => this.controller?.execute(cmd),
    pan: (dx, dy) => (this.viewport = { ...this.viewport, originX: this.viewport.originX + dx, originY: this.viewport.originY + dy }),
    zoom: (factor, sx, sy) => (this.viewport = zoomAt(this.viewport, factor, sx, sy)),
  });

  /** Puts keyboard focus on the plan, where the editor's shortcuts work. */
  focusPlan(): void {
    this.renderRoot.querySelector<SVGSVGElement>('svg')?.focus();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    this.resize.disconnect();
    super.disconnectedCallback();
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('doc') && this.doc && !this.fitted) this.fit();
  }

  /** Shows the whole hall. */
  fit(): void {
    if (!this.doc || this.clientWidth === 0) return;
    this.viewport = fitViewport(this.doc.size, this.clientWidth, this.clientHeight);
    this.fitted = true;
  }

  /** The hall point at the middle of the plan (where keyboard-added things go). */
  centre(): { x: number; z: number } {
    return this.doc ? toHall(this.viewport, this.doc.size.depth, this.clientWidth / 2, this.clientHeight / 2) : { x: 0, z: 0 };
  }

  /** Where a hall point is on screen (client px), for tests and tooltips. */
  clientPoint(x: number, z: number): { clientX: number; clientY: number } {
    const box = this.getBoundingClientRect();
    const { sx, sy } = toScreen(this.viewport, this.doc?.size.depth ?? 0, x, z);
    return { clientX: box.left + sx, clientY: box.top + sy };
  }

  /** Escape: drop a drag in progress. */
  cancelDrag(): void {
    this.tool.cancel();
  }

  private pointer(e: PointerEvent | WheelEvent): PlanPointer {
    const box = this.getBoundingClientRect();
    const sx = e.clientX - box.left;
    const sy = e.clientY - box.top;
    const { x, z } = toHall(this.viewport, this.doc?.size.depth ?? 0, sx, sy);
    const touch = 'pointerId' in e ? { id: e.pointerId, touch: e.pointerType === 'touch' } : {};
    return { x, z, sx, sy, additive: e.shiftKey || e.ctrlKey || e.metaKey, ...touch };
  }

  private onDown(e: PointerEvent): void {
    if (!this.doc || e.button !== 0) return;
    (e.currentTarget as Element).setPointerCapture(e.pointerId);
    const handleName = (e.target as Element).getAttribute('data-handle');
    const shape = this.selectedResizable();
    const handle = handleName && shape ? HANDLES.find((h) => h.name === handleName) : undefined;
    this.tool.down(this.pointer(e), handle && shape ? { shape, handle } : undefined);
  }

  private onWheel(e: WheelEvent): void {
    e.preventDefault();
    const p = this.pointer(e);
    this.viewport = zoomAt(this.viewport, C.wheelZoomStep ** (-e.deltaY / 100), p.sx, p.sy);
  }

  private zoomButton(factor: number): void {
    this.viewport = zoomAt(this.viewport, factor, this.clientWidth / 2, this.clientHeight / 2);
  }

  /** A spawn point: a dot with an arrow the way a visitor arriving there faces (yaw clockwise from north, north up). */
  private spawnMark(cx: number, cy: number, yaw: number, scale: number) {
    const r = Math.max(4, C.pointHalfSide * scale * 0.6);
    return svg`<g transform=${`translate(${cx} ${cy}) rotate(${yaw})`}>
      <circle class="spawn-mark" r=${r}></circle>
      <path class="spawn-arrow" d=${`M 0 ${-r * 2.2} L ${-r * 0.7} ${-r * 1.1} L ${r * 0.7} ${-r * 1.1} Z`}></path>
    </g>`;
  }

  /** Names each kind's style; the swatches use the same classes as the plan. */
  private renderLegend(doc: HallLayout) {
    const swatch = (kind: PlanKind) =>
      kind === 'spawn'
        ? svg`<circle class="spawn-mark" cx="8" cy="6" r="4"></circle>`
        : svg`<rect class=${kind} x="1" y="1" width="14" height="10" fill=${kind === 'aisle' ? doc.style.carpetColor : nothing}></rect>`;
    return html`<div class="legend" role="note" aria-label=${hallText(this.locale, 'legend')} data-testid="plan-legend">
      ${LEGEND.map((kind) => html`<span><svg aria-hidden="true">${swatch(kind)}</svg>${hallText(this.locale, `legend.${kind}`)}</span>`)}
      <span><svg aria-hidden="true"><rect class="slot problem" x="1" y="1" width="14" height="10"></rect></svg>${hallText(this.locale, 'legend.problem')}</span>
    </div>`;
  }

  private selectedResizable(): PlanShape | undefined {
    if (!this.doc || this.selection.length !== 1) return undefined;
    return planShapes(this.doc, this.locale).find((s) => s.key === this.selection[0] && s.resizable);
  }

  override render() {
    const doc = this.doc;
    if (!doc) return nothing;
    const v = this.viewport;
    const depth = doc.size.depth;
    const box = (r: Rect) => {
      const a = toScreen(v, depth, r.minX, r.maxZ);
      return { x: a.sx, y: a.sy, w: (r.maxX - r.minX) * v.scale, h: (r.maxZ - r.minZ) * v.scale };
    };
    const floor = box({ minX: 0, maxX: doc.size.width, minZ: 0, maxZ: depth });
    const selected = new Set(this.selection);
    const gridLines = [];
    // A line every 3 m (a standard booth) while the lines stay far enough apart to read.
    if (v.scale * 3 >= 12) {
      for (let x = 3; x < doc.size.width; x += 3) gridLines.push(svg`<line class="grid" x1=${floor.x + x * v.scale} y1=${floor.y} x2=${floor.x + x * v.scale} y2=${floor.y + floor.h}></line>`);
      for (let z = 3; z < depth; z += 3) gridLines.push(svg`<line class="grid" x1=${floor.x} y1=${floor.y + floor.h - z * v.scale} x2=${floor.x + floor.w} y2=${floor.y + floor.h - z * v.scale}></line>`);
    }
    const slotsById = new Map(doc.slots.map((s) => [s.id, s]));
    const shapes = planShapes(doc, this.locale).map((shape) => {
      const b = box(shape.rect);
      const classes = [shape.kind, selected.has(shape.key) ? 'selected' : '', this.problemKeys.has(shape.key) ? 'problem' : ''];
      const slot = shape.kind === 'slot' ? slotsById.get(shape.id) : undefined;
      if (slot?.exhibitorId) classes.push('assigned');
      const name = slot?.exhibitorId ? this.exhibitorNames.get(slot.exhibitorId) ?? slot.exhibitorId : undefined;
      const showText = (shape.kind === 'slot' || shape.kind === 'stage' || shape.kind === 'cutout') && b.w > 24 && b.h > 12;
      return svg`<g data-key=${shape.key}>
        <rect class=${classes.join(' ')} x=${b.x} y=${b.y} width=${Math.max(1, b.w)} height=${Math.max(1, b.h)} fill=${shape.kind === 'aisle' ? doc.style.carpetColor : nothing}></rect>
        ${shape.kind === 'spawn' ? this.spawnMark(b.x + b.w / 2, b.y + b.h / 2, shape.yaw ?? 0, v.scale) : nothing}
        ${showText ? svg`<text x=${b.x + 3} y=${b.y + 12}>${shape.kind === 'cutout' ? `✕ ${shape.label}` : shape.label}</text>` : nothing}
        ${showText && name && b.h > 24 ? svg`<text class="name" x=${b.x + 3} y=${b.y + 24}>${name.length > Math.floor(b.w / 6) ? `${name.slice(0, Math.max(1, Math.floor(b.w / 6) - 1))}…` : name}</text>` : nothing}
      </g>`;
    });
    // A cut-out lies under the slots and stages on it; its dashed edge is drawn over them so its extent stays visible.
    const cutoutEdges = planShapes(doc, this.locale)
      .filter((shape) => shape.kind === 'cutout')
      .map((shape) => {
        const b = box(shape.rect);
        return svg`<rect class=${this.problemKeys.has(shape.key) ? 'cutout-edge problem' : 'cutout-edge'} x=${b.x} y=${b.y} width=${b.w} height=${b.h}></rect>`;
      });
    const handleShape = this.selectedResizable();
    const hp = C.handlePx;
    const handles = handleShape
      ? HANDLES.map((h: Handle) => {
          const p = handlePoint(handleShape.rect, h);
          const s = toScreen(v, depth, p.x, p.z);
          return svg`<rect class="handle" data-handle=${h.name} data-testid=${`handle-${h.name}`} x=${s.sx - hp / 2} y=${s.sy - hp / 2} width=${hp} height=${hp} style=${`cursor:${h.name}-resize`}></rect>`;
        })
      : [];
    return html`<svg
        role="application"
        aria-label=${this.label}
        tabindex="0"
        data-testid="hall-plan"
        @pointerdown=${this.onDown}
        @pointermove=${(e: PointerEvent) => this.tool.move(this.pointer(e))}
        @pointerup=${(e: PointerEvent) => this.tool.up(this.pointer(e))}
        @pointercancel=${() => this.tool.cancel()}
        @wheel=${this.onWheel}
      >
        <defs>
          <pattern id="cutout-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" fill="#dfe5ec"></rect>
            <line x1="0" y1="0" x2="0" y2="8" stroke="#8a99aa" stroke-width="2"></line>
          </pattern>
        </defs>
        <rect class="floor" x=${floor.x} y=${floor.y} width=${floor.w} height=${floor.h}></rect>
        ${gridLines}
        ${shapes} ${cutoutEdges} ${handles}
      </svg>
      ${this.renderLegend(doc)}
      <div class="zoom">
        <button type="button" aria-label="+" @click=${() => this.zoomButton(1.25)}>+</button>
        <button type="button" aria-label="−" @click=${() => this.zoomButton(0.8)}>−</button>
        <button type="button" aria-label="fit" @click=${() => this.fit()}>⤢</button>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hall-plan-view': HallPlanView;
  }
}
