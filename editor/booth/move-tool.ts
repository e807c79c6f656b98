import { BOOTH_EDITOR_CONFIG as C } from './booth-editor-config';

/** What the move tool needs from the page: picking, a live preview of the drag, and committing it. */
export interface MoveToolHost {
  /** Whether a gizmo handle is under the pointer: a press there belongs to the gizmo, not to this tool. */
  gizmoAt(clientX: number, clientY: number): boolean;
  pickItem(clientX: number, clientY: number): string | undefined;
  select(itemId: string | undefined): void;
  setCameraEnabled(enabled: boolean): void;
  /** Shows the item dragged to under the pointer (not an edit yet). */
  dragTo(itemId: string, clientX: number, clientY: number): void;
  /** Ends a drag: commits it as one edit when the place is allowed, else puts the item back. */
  drop(itemId: string, clientX: number, clientY: number): void;
  cancelDrag(itemId: string): void;
}

type MoveState = { name: 'idle' } | { name: 'pointing'; itemId: string; x: number; y: number; pointerId: number } | { name: 'dragging'; itemId: string; pointerId: number };

/**
 * The select/move tool as a small state machine (STYLE.md #5): idle → pointing (pressed on an
 * item; the camera holds still) → dragging (moved past a few pixels; the item follows the pointer,
 * checked on every move) → idle (released: one edit, or none if the place was refused). A press on
 * empty space stays idle and leaves the pointer to the orbit camera, and one on a gizmo handle to
 * the gizmo. Escape cancels a drag.
 */
export class MoveTool {
  private state: MoveState = { name: 'idle' };

  constructor(private readonly host: MoveToolHost) {}

  get stateName(): MoveState['name'] {
    return this.state.name;
  }

  pointerDown(e: { clientX: number; clientY: number; pointerId: number; button: number }): boolean {
    if (this.state.name !== 'idle' || e.button !== 0) return false;
    if (this.host.gizmoAt(e.clientX, e.clientY)) return false;
    const itemId = this.host.pickItem(e.clientX, e.clientY);
    if (!itemId) {
      this.host.select(undefined);
      return false;
    }
    this.host.select(itemId);
    this.host.setCameraEnabled(false);
    this.state = { name: 'pointing', itemId, x: e.clientX, y: e.clientY, pointerId: e.pointerId };
    return true;
  }

  pointerMove(e: { clientX: number; clientY: number; pointerId: number }): void {
    const s = this.state;
    if (s.name === 'idle' || e.pointerId !== s.pointerId) return;
    if (s.name === 'pointing') {
      if (Math.hypot(e.clientX - s.x, e.clientY - s.y) < C.dragStartPx) return;
      this.state = { name: 'dragging', itemId: s.itemId, pointerId: s.pointerId };
    }
    this.host.dragTo(s.itemId, e.clientX, e.clientY);
  }

  pointerUp(e: { clientX: number; clientY: number; pointerId: number }): void {
    const s = this.state;
    if (s.name === 'idle' || e.pointerId !== s.pointerId) return;
    if (s.name === 'dragging') this.host.drop(s.itemId, e.clientX, e.clientY);
    this.finish();
  }

  cancel(): void {
    const s = this.state;
    if (s.name === 'dragging') this.host.cancelDrag(s.itemId);
    if (s.name !== 'idle') this.finish();
  }

  private finish(): void {
    this.state = { name: 'idle' };
    this.host.setCameraEnabled(true);
  }
}
