import { describe, expect, it } from 'vitest';
import { hallTemplates } from '../../hall-templates';
import type { HallView } from '../../model';
import { BoothMembership } from './booth-membership';

describe('BoothMembership', () => {
  const layout = hallTemplates[0]!;
  const [first, second, third] = layout.slots;
  // Two occupied slots; the third is free space and belongs to no booth.
  const view = {
    layout,
    booths: [
      { slotId: first!.id, exhibitorId: 'ex-a', design: { id: 'booth-a1' } },
      { slotId: second!.id, exhibitorId: 'ex-a', design: { id: 'booth-a2' } },
    ],
  } as unknown as Pick<HallView, 'layout' | 'booths'>;
  const membership = new BoothMembership(view);

  it('finds the booth whose footprint holds the point, and none in the aisles or free slots', () => {
    expect(membership.at(first!.x, first!.z)).toMatchObject({ slotId: first!.id, boothId: 'booth-a1', exhibitorId: 'ex-a' });
    expect(membership.bySlot(second!.id)?.boothId).toBe('booth-a2');
    expect(membership.at(second!.x, second!.z)?.slotId).toBe(second!.id);
    expect(membership.at(third!.x, third!.z)).toBeUndefined();
    const spawn = layout.spawnPoints[0]!;
    expect(membership.at(spawn.x, spawn.z)).toBeUndefined();
  });

  it('agrees with a scan of every footprint across the whole floor', () => {
    for (let x = 0; x <= layout.size.width; x += 0.7) {
      for (let z = 0; z <= layout.size.depth; z += 0.7) {
        const scan = membership.booths.find((b) => x >= b.rect.minX && x <= b.rect.maxX && z >= b.rect.minZ && z <= b.rect.maxZ);
        expect(membership.at(x, z)?.slotId).toBe(scan?.slotId);
      }
    }
  });

  it("lists an exhibitor's booths", () => {
    expect(membership.slotsOf('ex-a')).toEqual([first!.id, second!.id]);
    expect(membership.slotsOf('ex-b')).toEqual([]);
  });
});
