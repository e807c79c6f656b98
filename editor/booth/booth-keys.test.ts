import { describe, expect, it } from 'vitest';
import type { BoothItem } from '../../model';
import { BOOTH_EDITOR_CONFIG as C } from './booth-editor-config';
import { boothKeyAction, type KeyPress } from './booth-keys';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
const stand = { id: 'stand-1', kind: 'product-stand', x: 0.3, y: 0, z: -0.2, yaw: 90, scale: 1, anchorId: 'floor-nw' } as BoothItem;

describe('boothKeyAction', () => {
  it('undoes and redoes with Ctrl or Cmd, but leaves every key to a field being typed in', () => {
    expect(boothKeyAction(press('z', { ctrlKey: true }), false, undefined)).toEqual({ kind: 'undo' });
    expect(boothKeyAction(press('Z', { metaKey: true, shiftKey: true }), false, undefined)).toEqual({ kind: 'redo' });
    expect(boothKeyAction(press('y', { ctrlKey: true }), false, undefined)).toEqual({ kind: 'redo' });
    expect(boothKeyAction(press('z', { ctrlKey: true }), true, stand)).toBeUndefined();
    expect(boothKeyAction(press('Delete'), true, stand)).toBeUndefined();
  });

  it('picks the gizmo with W / E / S and deselects with Escape, with or without a selection', () => {
    expect(boothKeyAction(press('w'), false, undefined)).toEqual({ kind: 'gizmo', mode: 'move' });
    expect(boothKeyAction(press('E'), false, stand)).toEqual({ kind: 'gizmo', mode: 'rotate' });
    expect(boothKeyAction(press('s'), false, stand)).toEqual({ kind: 'gizmo', mode: 'scale' });
    expect(boothKeyAction(press('Escape'), false, stand)).toEqual({ kind: 'deselect' });
    // Other modifiers keep the browser's own shortcuts.
    expect(boothKeyAction(press('w', { altKey: true }), false, stand)).toBeUndefined();
    expect(boothKeyAction(press('s', { ctrlKey: true }), false, stand)).toBeUndefined();
  });

  it('nudges the selected item by a grid step, letting go of its anchor; turns, scales and removes it', () => {
    expect(boothKeyAction(press('ArrowRight'), false, stand)).toEqual({ kind: 'update', patch: { x: 0.3 + C.gridStep, z: -0.2, anchorId: undefined }, label: 'Move stand-1' });
    const up = boothKeyAction(press('ArrowUp'), false, stand);
    expect(up).toMatchObject({ patch: { x: 0.3, z: Math.round((-0.2 + C.gridStep) * 1000) / 1000 } });
    expect(boothKeyAction(press('r'), false, stand)).toMatchObject({ kind: 'update', patch: { yaw: 90 + C.yawStep } });
    expect(boothKeyAction(press('R', { shiftKey: true }), false, stand)).toMatchObject({ patch: { yaw: 90 - C.yawStep } });
    expect(boothKeyAction(press('+'), false, stand)).toMatchObject({ patch: { scale: 1 + C.scaleStep } });
    expect(boothKeyAction(press('-'), false, stand)).toMatchObject({ patch: { scale: 1 - C.scaleStep } });
    expect(boothKeyAction(press('Backspace'), false, stand)).toEqual({ kind: 'remove' });
    // Nothing selected: item keys do nothing, and unknown keys never do.
    expect(boothKeyAction(press('ArrowRight'), false, undefined)).toBeUndefined();
    expect(boothKeyAction(press('q'), false, stand)).toBeUndefined();
  });
});
