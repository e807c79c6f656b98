import type { HallLayout, Rect } from '../../model';
import type { EditCommand } from '../core/edit-history';
import { moveSelection, setRect, snap, type PlanKey } from './hall-commands';
import { HALL_EDITOR_CONFIG as C } from './hall-editor-config';
import { resizeRect, shapeAt, type Handle, type PlanShape } from './plan-geometry';

/** A pointer event as the tool sees it: the hall point and the screen point (px). */
export interface PlanPointer {
  x: number;
  z: number;
  sx: number;
  sy: number;
  /** Shift/Ctrl/Cmd held: add to (or take from) the selection instead of replacing it. */
  additive: boolean;
  /** The pointer's id (`PointerEvent.pointerId`): each finger has its own; a mouse is one pointer. */
  id?: number;
  /** A finger rather than a mouse or pen: it must travel farther before a press becomes a drag. */
  touch?: boolean;
}

/** What the tool needs from the editor around it. */
export interface PlanToolHost {
  shapes(): readonly PlanShape[];
  selection(): readonly PlanKey[];
  select(keys: readonly PlanKey[]): void;
  /** Shows a drag in progress (or none) without recording it. */
  preview(cmd: EditCommand<HallLayout> | undefined): void;
  /** Records a finished drag as one undoable edit. */
  execute(cmd: EditCommand<HallLayout>): void;
  /** Moves the plan's view by screen pixels. */
  pan(dx: number, dy: number): void;
  /** Zooms the plan's view by `factor` about the screen point (sx, sy). */
  zoom(factor: number, sx: number, sy: number): void;
}

type ScreenPoint = { sx: number; sy: number };

type ToolState =
  | { kind: 'idle' }
  | { kind: 'pointing'; id: number; start: PlanPointer; hit: PlanShape | undefined; handle: { shape: PlanShape; handle: Handle } | undefined }
  | { kind: 'moving'; id: number; start: PlanPointer; keys: readonly PlanKey[]; command: EditCommand<HallLayout> | undefined }
  | { kind: 'resizing'; id: number; start: PlanPointer; key: PlanKey; rect: Rect; handle: Handle; command: EditCommand<HallLayout> | undefined }
  | { kind: 'panning'; id: number; last: PlanPointer }
  | { kind: 'pinching'; ids: [number, number]; distance: number; mid: ScreenPoint };

/**
 * The plan's pointer tool as a state machine (STYLE.md #5): idle → pointing (pressed, not yet
 * moved) → moving the selection, resizing by a handle, or panning the view (pressed on empty
 * floor) → idle. A drag is shown live through `preview` and recorded once, on release, as one
 * command; a press that never moves is a click (select, or clear the selection on empty floor).
 * A press hits the topmost shape, unless it lands on one already selected: that one is grabbed.
 * A second finger down turns any of these into pinching: the drag so far is dropped, and the two
 * fingers zoom (their spread) and pan (their midpoint) the view until one lifts; the finger left
 * down then does nothing until it lifts too, so a pinch never ends in a stray drag.
 */
export class PlanPointerTool {
  private state: ToolState = { kind: 'idle' };
  /** Where each pointer that is down was last seen (screen px). */
  private readonly pointersDown = new Map<number, ScreenPoint>();

  constructor(private readonly host: PlanToolHost) {}

  get stateName(): ToolState['kind'] {
    return this.state.kind;
  }

  /** A press; `handle` when it landed on a resize handle of a selected shape. */
  down(p: PlanPointer, handle?: { shape: PlanShape; handle: Handle }): void {
    const id = p.id ?? 0;
    this.pointersDown.set(id, { sx: p.sx, sy: p.sy });
    const s = this.state;
    if (s.kind === 'pointing' || s.kind === 'moving' || s.kind === 'resizing' || s.kind === 'panning') {
      if (s.id !== id) this.startPinch(s.id, id);
      return;
    }
    if (s.kind === 'pinching') return;
    if (this.pointersDown.size > 1) return; // a finger still down from an ended pinch: wait for all to lift
    const shapes = this.host.shapes();
    const selected = this.host.selection();
    // A press on something already selected grabs it even where another shape lies on top (a
    // cut-out under slots, an aisle under a stage), so anything selected can always be dragged.
    const grabbed = p.additive ? undefined : shapeAt(shapes.filter((sh) => selected.includes(sh.key)), p.x, p.z);
    const hit = handle ? handle.shape : (grabbed ?? shapeAt(shapes, p.x, p.z));
    // A mouse selects on press; a finger only once it taps or drags, since it may be the first
    // of a pinch, which must leave the selection alone.
    if (!p.touch) this.pick(p, hit, handle);
    this.state = { kind: 'pointing', id, start: p, hit, handle };
  }

  /** Selects what a press hit (Shift/Ctrl: toggles it in the selection); a handle press keeps the selection. */
  private pick(p: PlanPointer, hit: PlanShape | undefined, handle: unknown): void {
    if (!hit || handle) return;
    const selected = this.host.selection();
    if (p.additive) this.host.select(selected.includes(hit.key) ? selected.filter((k) => k !== hit.key) : [...selected, hit.key]);
    else if (!selected.includes(hit.key)) this.host.select([hit.key]);
  }

  move(p: PlanPointer): void {
    const id = p.id ?? 0;
    if (this.pointersDown.has(id)) this.pointersDown.set(id, { sx: p.sx, sy: p.sy });
    const s = this.state;
    if (s.kind === 'idle') return;
    if (s.kind === 'pinching') {
      if (s.ids.includes(id)) this.pinch(s);
      return;
    }
    if (s.id !== id) return;
    switch (s.kind) {
      case 'pointing': {
        const threshold = p.touch ? C.touchDragThresholdPx : C.dragThresholdPx;
        if (Math.hypot(p.sx - s.start.sx, p.sy - s.start.sy) < threshold) return;
        if (s.start.touch) this.pick(s.start, s.hit, s.handle);
        if (s.handle) this.state = { kind: 'resizing', id, start: s.start, key: s.handle.shape.key, rect: s.handle.shape.rect, handle: s.handle.handle, command: undefined };
        else if (s.hit) this.state = { kind: 'moving', id, start: s.start, keys: this.host.selection(), command: undefined };
        else this.state = { kind: 'panning', id, last: s.start };
        this.move(p);
        return;
      }
      case 'moving': {
        const dx = snap(p.x - s.start.x);
        const dz = snap(p.z - s.start.z);
        s.command = dx === 0 && dz === 0 ? undefined : moveSelection(s.keys, dx, dz);
        this.host.preview(s.command);
        return;
      }
      case 'resizing': {
        s.command = setRect(s.key, resizeRect(s.rect, s.handle, p.x - s.start.x, p.z - s.start.z));
        this.host.preview(s.command);
        return;
      }
      case 'panning':
        this.host.pan(p.sx - s.last.sx, p.sy - s.last.sy);
        s.last = p;
        return;
    }
  }

  up(p: PlanPointer): void {
    const id = p.id ?? 0;
    this.pointersDown.delete(id);
    const s = this.state;
    if (s.kind === 'idle') return;
    if (s.kind === 'pinching') {
      if (s.ids.includes(id)) this.state = { kind: 'idle' };
      return;
    }
    if (s.id !== id) return;
    this.state = { kind: 'idle' };
    if (s.kind === 'pointing' && s.start.touch) this.pick(s.start, s.hit, s.handle);
    if (s.kind === 'pointing' && !s.hit && !p.additive) this.host.select([]);
    if (s.kind === 'moving' || s.kind === 'resizing') {
      this.host.preview(undefined);
      if (s.command) this.host.execute(s.command);
    }
  }

  /** Escape or a lost pointer: drop the drag (or pinch), record nothing. */
  cancel(): void {
    const s = this.state;
    this.state = { kind: 'idle' };
    this.pointersDown.clear();
    if (s.kind === 'moving' || s.kind === 'resizing') this.host.preview(undefined);
  }

  private startPinch(first: number, second: number): void {
    const s = this.state;
    if (s.kind === 'moving' || s.kind === 'resizing') this.host.preview(undefined);
    const a = this.pointersDown.get(first)!;
    const b = this.pointersDown.get(second)!;
    this.state = { kind: 'pinching', ids: [first, second], distance: Math.hypot(b.sx - a.sx, b.sy - a.sy), mid: { sx: (a.sx + b.sx) / 2, sy: (a.sy + b.sy) / 2 } };
  }

  /** Two fingers moved: pan by their midpoint's travel, then zoom by their spread about the new midpoint. */
  private pinch(s: Extract<ToolState, { kind: 'pinching' }>): void {
    const a = this.pointersDown.get(s.ids[0]);
    const b = this.pointersDown.get(s.ids[1]);
    if (!a || !b) return;
    const distance = Math.hypot(b.sx - a.sx, b.sy - a.sy);
    const mid = { sx: (a.sx + b.sx) / 2, sy: (a.sy + b.sy) / 2 };
    if (mid.sx !== s.mid.sx || mid.sy !== s.mid.sy) this.host.pan(mid.sx - s.mid.sx, mid.sy - s.mid.sy);
    // Fingers that start (almost) together give no usable spread: pan only until they part.
    if (s.distance > 1 && distance > 1 && distance !== s.distance) this.host.zoom(distance / s.distance, mid.sx, mid.sy);
    if (distance > 1) s.distance = distance;
    s.mid = mid;
  }
}
