import { describe, expect, it } from 'vitest';
import { BoothPresence } from './booth-presence';
import type { BoothArea, BoothRef } from './interaction-targets';

const ref = (slotId: string): BoothRef => ({ slotId, boothId: `booth-${slotId}`, exhibitorId: `ex-${slotId}` });
const areas: BoothArea[] = [
  { booth: ref('a'), rect: { minX: 0, maxX: 3, minZ: 0, maxZ: 3 } },
  { booth: ref('b'), rect: { minX: 3, maxX: 6, minZ: 0, maxZ: 3 } },
];

function track() {
  const log: string[] = [];
  const presence = new BoothPresence(areas, 0.4, {
    entered: (b) => log.push(`enter ${b.slotId}`),
    left: (b, dwellMs) => log.push(`leave ${b.slotId} ${dwellMs}`),
  });
  return { presence, log };
}

describe('BoothPresence', () => {
  it('reports entering and leaving a booth with the dwell time', () => {
    const { presence, log } = track();
    presence.update(1.5, -2, 0); // in the aisle
    expect(log).toEqual([]);
    presence.update(1.5, 1, 1000);
    expect(presence.booth).toEqual(ref('a'));
    presence.update(1.5, 2, 5000);
    presence.update(1.5, -1, 13_500);
    expect(log).toEqual(['enter a', 'leave a 12500']);
    expect(presence.booth).toBeUndefined();
  });

  it('does not flicker along an edge: leaving needs the margin', () => {
    const { presence, log } = track();
    presence.update(1, 0.1, 0);
    presence.update(1, -0.3, 100); // 0.3 m outside, within the 0.4 m margin
    presence.update(1, 0.05, 200);
    presence.update(1, -0.3, 300);
    expect(log).toEqual(['enter a']);
    presence.update(1, -0.5, 400);
    expect(log).toEqual(['enter a', 'leave a 400']);
  });

  it('walking from one booth straight into the next leaves the first, then enters the second', () => {
    const { presence, log } = track();
    presence.update(2, 1, 0);
    presence.update(3.2, 1, 500); // inside b, still within a's margin: stays in a
    expect(presence.booth?.slotId).toBe('a');
    presence.update(4, 1, 900);
    expect(log).toEqual(['enter a', 'leave a 900', 'enter b']);
  });

  it('ends a visit on demand (the hall closes) and only once', () => {
    const { presence, log } = track();
    presence.update(4, 1, 100);
    presence.leave(2100);
    presence.leave(3000);
    expect(log).toEqual(['enter b', 'leave b 2000']);
  });
});
