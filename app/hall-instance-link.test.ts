import { describe, expect, it } from 'vitest';
import { hallOccupancy, instanceFromSearch, inviteUrl } from './hall-instance-link';

describe('hall instance links', () => {
  it('reads a well-formed instance id from the query and flags a malformed one', () => {
    expect(instanceFromSearch('?instance=wGwr5-L0R')).toEqual({ instanceId: 'wGwr5-L0R', invalid: false });
    expect(instanceFromSearch('?lang=zh-CN&instance=abc_123')).toEqual({ instanceId: 'abc_123', invalid: false });
    expect(instanceFromSearch('')).toEqual({ instanceId: undefined, invalid: false });
    expect(instanceFromSearch('?instance=')).toEqual({ instanceId: undefined, invalid: false });
    expect(instanceFromSearch('?instance=%3Cscript%3E')).toEqual({ instanceId: undefined, invalid: true });
    expect(instanceFromSearch(`?instance=${'a'.repeat(65)}`)).toEqual({ instanceId: undefined, invalid: true });
  });

  it('builds an invite link that leads back to the same hall and instance, keeping the language', () => {
    const en = inviteUrl('https://expo.example', 'hall-1', 'wGwr5-L0R', 'en');
    expect(en).toBe('https://expo.example/hall/hall-1?instance=wGwr5-L0R');
    const zh = new URL(inviteUrl('https://expo.example', 'hall-1', 'wGwr5-L0R', 'zh-CN'));
    expect(zh.pathname).toBe('/hall/hall-1');
    expect(instanceFromSearch(zh.search).instanceId).toBe('wGwr5-L0R');
    expect(zh.searchParams.get('lang')).toBe('zh-CN');
  });

  it('sums a hall’s occupancy over its instances', () => {
    const list = {
      hallId: 'hall-1',
      visitors: 512,
      items: [
        { roomId: 'a', clients: 500, maxClients: 500, open: false, processId: 'p1' },
        { roomId: 'b', clients: 12, maxClients: 500, open: true, processId: 'p2' },
      ],
    };
    expect(hallOccupancy(list)).toEqual({ visitors: 512, instances: 2, filled: 512 / 1000, maxPerInstance: 500 });
    expect(hallOccupancy({ hallId: 'hall-2', visitors: 0, items: [] })).toEqual({ visitors: 0, instances: 0, filled: 0, maxPerInstance: 0 });
  });
});
