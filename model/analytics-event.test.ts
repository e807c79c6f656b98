import { describe, expect, it } from 'vitest';
import { AnalyticsEventSchema, type AnalyticsEventType } from './analytics-event';
import { formatIssues } from './errors';

const base = { v: 1, visitorId: 'v_3fA9-k2LmQ', at: 1_746_064_800_000, hallId: 'standard-grid' } as const;

/** One valid event of every type. */
const SAMPLES: Record<AnalyticsEventType, Record<string, unknown>> = {
  hall_enter: {},
  booth_enter: { boothId: 'a-01' },
  booth_leave: { boothId: 'a-01', dwellMs: 42_000 },
  product_view: { productId: 'drill-x1', boothId: 'a-01' },
  model_open: { productId: 'drill-x1' },
  video_play: { productId: 'drill-x1' },
  chat: { boothId: 'a-01' },
  like: { productId: 'drill-x1' },
  favorite: { productId: 'drill-x1' },
  message: { boothId: 'a-01' },
  inquiry: { productId: 'drill-x1', boothId: 'a-01' },
  card_exchange: { boothId: 'a-01' },
  meeting_booked: { boothId: 'a-01', eventId: 'meeting-1' },
  search: { query: '电钻', results: 12 },
};

function errorsOf(value: unknown): string[] {
  const result = AnalyticsEventSchema.safeParse(value);
  return result.success ? [] : formatIssues(result.error);
}

describe('AnalyticsEvent', () => {
  it('has a sample for every declared type', () => {
    const declared = AnalyticsEventSchema.options.map((option) => option.shape.type.value).sort();
    expect(Object.keys(SAMPLES).sort()).toEqual(declared);
  });

  it.each(Object.entries(SAMPLES))('accepts %s', (type, fields) => {
    expect(errorsOf({ ...base, type, ...fields })).toEqual([]);
  });

  it('refuses an unknown type', () => {
    const [error, ...rest] = errorsOf({ ...base, type: 'teleport' });
    expect(rest).toEqual([]);
    expect(error).toMatch(/^type: /);
  });

  it.each(['visitor@example.com', 'zhang.san@example.cn', '+86 138 0013 8000', 'short', 'x'.repeat(65)])('refuses the visitorId %s', (visitorId) => {
    expect(errorsOf({ ...base, visitorId, type: 'hall_enter' })).toEqual(['visitorId: must be a pseudonymous id of 8–64 letters, digits, _ or -']);
  });

  it('drops fields the schema does not know, so contact data is never stored', () => {
    const parsed = AnalyticsEventSchema.parse({ ...base, type: 'card_exchange', boothId: 'a-01', email: 'visitor@example.com', phone: '13800138000' });
    expect(parsed).not.toHaveProperty('email');
    expect(parsed).not.toHaveProperty('phone');
  });

  it('needs the fields of its type', () => {
    expect(errorsOf({ ...base, type: 'booth_enter' })).toEqual(['boothId: Invalid input: expected string, received undefined']);
    expect(errorsOf({ ...base, type: 'product_view', boothId: 'a-01' })).toEqual(['productId: Invalid input: expected string, received undefined']);
  });

  it('refuses negative or fractional times and durations and other versions', () => {
    expect(errorsOf({ ...base, type: 'booth_leave', boothId: 'a-01', dwellMs: -1 })[0]).toMatch(/^dwellMs: /);
    expect(errorsOf({ ...base, type: 'hall_enter', at: 1.5 })[0]).toMatch(/^at: /);
    expect(errorsOf({ ...base, type: 'hall_enter', at: -1 })[0]).toMatch(/^at: /);
    expect(errorsOf({ ...base, type: 'hall_enter', v: 2 })[0]).toMatch(/^v: /);
  });
});
