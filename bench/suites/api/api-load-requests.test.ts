import { describe, expect, it } from 'vitest';
import { BeaconTally } from './api-load-requests';

describe('BeaconTally', () => {
  it('adds up accepted and rejected events from 200 answers and ignores the rest', () => {
    const tally = new BeaconTally();
    tally.record(200, JSON.stringify({ accepted: 20, rejected: 0, errors: [] }));
    tally.record(200, JSON.stringify({ accepted: 18, rejected: 2, errors: ['events[3]: productId: no product "x"'] }));
    tally.record(429, JSON.stringify({ error: { code: 'rate_limited', message: 'slow down' } }));
    tally.record(200, 'not json');
    expect({ accepted: tally.accepted, rejected: tally.rejected, unreadable: tally.unreadable, reasons: [...tally.reasons] }).toEqual({
      accepted: 38,
      rejected: 2,
      unreadable: 1,
      reasons: ['events[3]: productId: no product "x"'],
    });
  });
});
