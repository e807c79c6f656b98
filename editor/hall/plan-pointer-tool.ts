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
}

type ToolState =
  | { kind: 'idle' }
  | { kind: 'pointing'; start: PlanPointer; hit: PlanShape | undefined; handle: { shape: PlanShape; handle: Handle } | undefined }
  | { kind: 'moving'; start: PlanPointer; keys: readonly PlanKey[]; command: EditCommand<HallLayout> | undefined }
  | { kind: 'resizing'; start: PlanPointer; key: PlanKey; rect: Rect; handle: Handle; command: EditCommand<HallLayout> | undefined }
  | { kind: 'panning'; last: PlanPointer };

/**
 * The plan's pointer tool as a state machine (STYLE.md #5): idle → pointing (pressed, not yet
 * moved) → moving the selection, resizing by a handle, or panning the view (pressed on empty
 * floor) → idle. A drag is shown live through `preview` and recorded once, on release, as one
 * command; a press that never moves is a click (select, or clear the selection on empty floor).
 */
export class PlanPointerTool {
  private state: ToolState = { kind: 'idle' };

  constructor(private readonly host: PlanToolHost) {}

  get stateName(): ToolState['kind'] {
    return this.state.kind;
  }

  /** A press; `handle` when it landed on a resize handle of a selected shape. */
  down(p: PlanPointer, handle?: { shape: PlanShape; handle: Handle }): void {
    const hit = handle ? handle.shape : shapeAt(this.host.shapes(), p.x, p.z);
    if (hit && !handle) {
      const selected = this.host.selection();
      if (p.additive) this.host.select(selected.includes(hit.key) ? selected.filter((k) => k !== hit.key) : [...selected, hit.key]);
      else if (!selected.includes(hit.key)) this.host.select([hit.key]);
    }
    this.state = { kind: 'pointing', start: p, hit, handle };
  }

  move(p: PlanPointer): void {
    const s = this.state;
    switch (s.kind) {
      case 'idle':
        return;
      case 'pointing': {
        if (Math.hypot(p.sx - s.start.sx, p.sy - s.start.sy) < C.dragThresholdPx) return;
        if (s.handle) this.state = { kind: 'resizing', start: s.start, key: s.handle.shape.key, rect: s.handle.shape.rect, handle: s.handle.handle, command: undefined };
        else if (s.hit) this.state = { kind: 'moving', start: s.start, keys: this.host.selection(), command: undefined };
        else this.state = { kind: 'panning', last: s.start };
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
    const s = this.state;
    this.state = { kind: 'idle' };
    if (s.kind === 'pointing' && !s.hit && !p.additive) this.host.select([]);
    if (s.kind === 'moving' || s.kind === 'resizing') {
      this.host.preview(undefined);
      if (s.command) this.host.execute(s.command);
    }
  }

  /** Escape or a lost pointer: drop the drag, record nothing. */
  cancel(): void {
    const s = this.state;
    this.state = { kind: 'idle' };
    if (s.kind === 'moving' || s.kind === 'resizing') this.host.preview(undefined);
  }
}
