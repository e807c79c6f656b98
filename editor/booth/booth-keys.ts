import type { BoothItem } from '../../model';
import type { GizmoMode } from '../../engine';
import { BOOTH_EDITOR_CONFIG as C } from './booth-editor-config';
import { clampScale, snapYaw } from './placement-check';

/** What a key press asks of the booth editor. */
export type BoothKeyAction =
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'deselect' }
  | { kind: 'gizmo'; mode: GizmoMode }
  | { kind: 'update'; patch: Partial<BoothItem>; label: string }
  | { kind: 'remove' };

/** The parts of a keyboard event the shortcuts read. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

const GIZMO_KEYS: Record<string, GizmoMode> = { w: 'move', e: 'rotate', s: 'scale' };

/**
 * The booth editor's shortcuts (the help line lists them): Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z and
 * Ctrl/Cmd+Y redo, Escape deselect, W / E / S gizmo mode; on the selected item, arrows nudge by
 * a grid step (the anchor is let go), R / Shift+R turn, + / − scale, Delete / Backspace remove.
 * While typing in a field only undo/redo are taken, and not even those: the field keeps its own.
 * Undefined: the key is not the editor's (the browser keeps it).
 */
export function boothKeyAction(e: KeyPress, typing: boolean, selected: BoothItem | undefined): BoothKeyAction | undefined {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (typing) return undefined;
  if (mod && key === 'z') return { kind: e.shiftKey ? 'redo' : 'undo' };
  if (mod && key === 'y') return { kind: 'redo' };
  if (mod || e.altKey) return undefined;
  if (e.key === 'Escape') return { kind: 'deselect' };
  const mode = GIZMO_KEYS[key];
  if (mode && !e.shiftKey) return { kind: 'gizmo', mode };
  if (!selected) return undefined;
  const step = C.gridStep;
  const nudge: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
  const d = nudge[e.key];
  if (d) return { kind: 'update', patch: { x: round(selected.x + d[0]), z: round(selected.z + d[1]), anchorId: undefined }, label: `Move ${selected.id}` };
  if (key === 'r') return { kind: 'update', patch: { yaw: snapYaw(selected.yaw + (e.shiftKey ? -C.yawStep : C.yawStep)) }, label: `Turn ${selected.id}` };
  if (e.key === '+' || e.key === '=' || e.key === '-') return { kind: 'update', patch: { scale: clampScale(selected.scale + (e.key === '-' ? -C.scaleStep : C.scaleStep)) }, label: `Scale ${selected.id}` };
  if (e.key === 'Delete' || e.key === 'Backspace') return { kind: 'remove' };
  return undefined;
}

/** Millimetre rounding, so repeated nudges do not pile up float error. */
function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
