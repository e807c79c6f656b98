import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnalyticsEventSchema } from '../model';
import { AnalyticsBeacon, BEACON_LIMITS, BEACON_URL, analyticsVisitorId, type PageLifecycle } from './analytics-beacon';

/** A fake `navigator.sendBeacon` that records each beacon's events (and can refuse). */
function fakeSendBeacon() {
  const beacons: { url: string; type: string; events: unknown[] }[] = [];
  const pending: Promise<void>[] = [];
  let accept = true;
  const send = vi.fn((url: string, body: Blob) => {
    if (!accept) return false;
    pending.push(body.text().then((text) => void beacons.push({ url, type: body.type, events: (JSON.parse(text) as { events: unknown[] }).events })));
    return true;
  });
  return {
    send,
    beacons,
    refuse: (refuse: boolean) => (accept = !refuse),
    settled: () => Promise.all(pending),
  };
}

function fakeLifecycle() {
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as string });
  return { lifecycle: { window: win, document: doc } satisfies PageLifecycle, win, doc };
}

const VISITOR = 'visitor-0123456789';

describe('analytics beacon', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the queue every 10 s as one JSON beacon of valid events', async () => {
    const fake = fakeSendBeacon();
    const beacon = new AnalyticsBeacon({ visitorId: VISITOR, send: fake.send, lifecycle: fakeLifecycle().lifecycle, clock: () => 1_700_000_000_000 });
    beacon.track({ type: 'hall_enter', hallId: 'hall-1' });
    beacon.track({ type: 'product_view', hallId: 'hall-1', productId: 'p-1', boothId: 'booth-1' });
    vi.advanceTimersByTime(BEACON_LIMITS.flushIntervalMs - 1);
    expect(fake.send).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    await fake.settled();
    expect(fake.beacons).toHaveLength(1);
    expect(fake.beacons[0]!.url).toBe(BEACON_URL);
    expect(fake.beacons[0]!.type).toBe('application/json');
    const events = fake.beacons[0]!.events.map((e) => AnalyticsEventSchema.parse(e));
    expect(events.map((e) => e.type)).toEqual(['hall_enter', 'product_view']);
    expect(events[1]).toMatchObject({ v: 1, visitorId: VISITOR, at: 1_700_000_000_000, productId: 'p-1', boothId: 'booth-1' });
    // Nothing queued: the next tick sends nothing.
    vi.advanceTimersByTime(BEACON_LIMITS.flushIntervalMs);
    expect(fake.send).toHaveBeenCalledTimes(1);
    beacon.dispose();
  });

  it('sends at once when 100 are queued, and never more than 100 in one beacon', async () => {
    const fake = fakeSendBeacon();
    const beacon = new AnalyticsBeacon({ visitorId: VISITOR, send: fake.send, lifecycle: fakeLifecycle().lifecycle });
    for (let i = 0; i < 99; i++) beacon.track({ type: 'hall_enter' });
    expect(fake.send).not.toHaveBeenCalled();
    beacon.track({ type: 'hall_enter' });
    expect(fake.send).toHaveBeenCalledTimes(1);
    expect(beacon.pending).toBe(0);

    // While the browser refuses, the queue grows without a retry per event; the next flush sends it in batches.
    fake.refuse(true);
    for (let i = 0; i < 250; i++) beacon.track({ type: 'product_view', productId: `p-${i}` });
    expect(fake.send).toHaveBeenCalledTimes(2);
    expect(beacon.pending).toBe(250);
    fake.refuse(false);
    vi.advanceTimersByTime(BEACON_LIMITS.flushIntervalMs);
    await fake.settled();
    expect(fake.beacons.map((b) => b.events.length)).toEqual([100, 100, 100, 50]);
    expect(fake.beacons[3]!.events.at(-1)).toMatchObject({ productId: 'p-249' });
    expect(beacon.pending).toBe(0);
    beacon.dispose();
  });

  it('sends when the page is hidden or left, and on dispose', async () => {
    const fake = fakeSendBeacon();
    const { lifecycle, win, doc } = fakeLifecycle();
    const beacon = new AnalyticsBeacon({ visitorId: VISITOR, send: fake.send, lifecycle });
    beacon.track({ type: 'hall_enter' });
    doc.dispatchEvent(new Event('visibilitychange')); // still visible
    expect(fake.send).not.toHaveBeenCalled();
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(fake.send).toHaveBeenCalledTimes(1);

    beacon.track({ type: 'hall_enter' });
    win.dispatchEvent(new Event('pagehide'));
    expect(fake.send).toHaveBeenCalledTimes(2);

    beacon.track({ type: 'hall_enter' });
    beacon.dispose();
    expect(fake.send).toHaveBeenCalledTimes(3);
    // After dispose: no timer, no listeners.
    beacon.track({ type: 'hall_enter' });
    vi.advanceTimersByTime(BEACON_LIMITS.flushIntervalMs * 3);
    win.dispatchEvent(new Event('pagehide'));
    expect(fake.send).toHaveBeenCalledTimes(3);
    await fake.settled();
  });

  it('keeps refused events for the next try, the newest ones when too many, and drops malformed ones', async () => {
    const fake = fakeSendBeacon();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const beacon = new AnalyticsBeacon({ visitorId: VISITOR, send: fake.send, lifecycle: fakeLifecycle().lifecycle });
    beacon.track({ type: 'product_view', productId: 'Not An Id' });
    expect(beacon.pending).toBe(0);
    expect(warn).toHaveBeenCalledOnce();
    fake.refuse(true);
    for (let i = 0; i < BEACON_LIMITS.maxQueued + 150; i++) beacon.track({ type: 'product_view', productId: `p-${i}` });
    expect(beacon.pending).toBe(BEACON_LIMITS.maxQueued);
    fake.refuse(false);
    beacon.dispose();
    await fake.settled();
    const sent = fake.beacons.flatMap((b) => b.events) as { productId: string }[];
    expect(sent).toHaveLength(BEACON_LIMITS.maxQueued);
    expect(sent[0]!.productId).toBe('p-150');
    warn.mockRestore();
  });

  it('keeps one pseudonymous visitor id per browser', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    const id = analyticsVisitorId(storage);
    expect(id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(analyticsVisitorId(storage)).toBe(id);
  });
});
