import { describe, expect, it } from 'vitest';
import { AvatarState, BoothPresence, HallState } from './hall-state';

/** Field names from the class's schema metadata (numeric keys → { name, type }). */
const fieldsOf = (type: unknown) => Object.values((type as Record<symbol, object | undefined>)[Symbol.metadata] ?? {}).flatMap((f) => (f && typeof f === 'object' && 'name' in f ? [String((f as { name: unknown }).name)] : []));

describe('room state schema', () => {
  it('holds exactly the avatar fields others may see — never contact data', () => {
    expect(fieldsOf(AvatarState).sort()).toEqual(['booth', 'color', 'name', 'role', 'slot']);
    const all = [...fieldsOf(AvatarState), ...fieldsOf(BoothPresence), ...fieldsOf(HallState)].join(' ');
    expect(all).not.toMatch(/email|phone|mobile|company|contact|address|user|account/i);
  });
});
