import type { AnalyticsEvent } from '../../model';
import type { AnalyticsHourlyTable, ExpoDb } from './database';

type TargetKind = 'booth' | 'product';
type Counters = Pick<AnalyticsHourlyTable, 'views' | 'unique_visitors' | 'dwell_total_ms' | 'dwell_count' | 'likes' | 'inquiries'>;

/** One row of the hourly report for a booth or product. */
export interface HourlyStats {
  hour: string;
  targetKind: TargetKind;
  targetId: string;
  views: number;
  uniqueVisitors: number;
  dwellTotalMs: number;
  /** Mean dwell over the visits that reported one (0 when none did). */
  dwellMeanMs: number;
  likes: number;
  inquiries: number;
}

/** Rows per INSERT: well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters. */
const ROWS_PER_STATEMENT = 500;

export type AnalyticsRepository = ReturnType<typeof createAnalyticsRepository>;

export function createAnalyticsRepository(db: ExpoDb) {
  return {
    /**
     * Appends validated events and folds them into the hourly aggregates. Call it inside a
     * transaction so the raw rows and the totals commit together.
     */
    async append(events: readonly AnalyticsEvent[], receivedAt: number): Promise<void> {
      if (events.length === 0) return;
      const rows = events.map((e) => ({
        at: e.at,
        received_at: receivedAt,
        type: e.type,
        visitor_id: e.visitorId,
        hall_id: e.hallId ?? null,
        booth_id: 'boothId' in e ? (e.boothId ?? null) : null,
        product_id: 'productId' in e ? e.productId : null,
        dwell_ms: e.type === 'booth_leave' ? e.dwellMs : null,
        detail: e.type === 'search' ? JSON.stringify({ query: e.query, results: e.results }) : e.type === 'meeting_booked' && e.eventId ? JSON.stringify({ eventId: e.eventId }) : null,
      }));
      for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
        await db.insertInto('analytics_events').values(rows.slice(i, i + ROWS_PER_STATEMENT)).execute();
      }

      const { totals, sightings } = foldEvents(events);
      // Unique visitors: a sighting counts only the first time (visitor, target, hour) is stored.
      for (let i = 0; i < sightings.length; i += ROWS_PER_STATEMENT) {
        const fresh = await db
          .insertInto('analytics_uniques')
          .values(sightings.slice(i, i + ROWS_PER_STATEMENT))
          .onConflict((oc) => oc.doNothing())
          .returning(['target_kind', 'target_id', 'hour'])
          .execute();
        for (const row of fresh) counters(totals, row.target_kind, row.target_id, row.hour).unique_visitors++;
      }

      const updates = [...totals.values()];
      for (let i = 0; i < updates.length; i += ROWS_PER_STATEMENT) {
        await db
          .insertInto('analytics_hourly')
          .values(updates.slice(i, i + ROWS_PER_STATEMENT))
          .onConflict((oc) =>
            oc.columns(['target_kind', 'target_id', 'hour']).doUpdateSet((eb) => ({
              views: eb('analytics_hourly.views', '+', eb.ref('excluded.views')),
              unique_visitors: eb('analytics_hourly.unique_visitors', '+', eb.ref('excluded.unique_visitors')),
              dwell_total_ms: eb('analytics_hourly.dwell_total_ms', '+', eb.ref('excluded.dwell_total_ms')),
              dwell_count: eb('analytics_hourly.dwell_count', '+', eb.ref('excluded.dwell_count')),
              likes: eb('analytics_hourly.likes', '+', eb.ref('excluded.likes')),
              inquiries: eb('analytics_hourly.inquiries', '+', eb.ref('excluded.inquiries')),
            })),
          )
          .execute();
      }
    },

    /** Hourly totals for some booths or products, oldest hour first; `from`/`to` are `YYYY-MM-DDTHH` (inclusive). */
    async hourly(targetKind: TargetKind, targetIds: readonly string[], range: { from?: string; to?: string } = {}): Promise<HourlyStats[]> {
      if (targetIds.length === 0) return [];
      let query = db.selectFrom('analytics_hourly').selectAll().where('target_kind', '=', targetKind).where('target_id', 'in', [...new Set(targetIds)]);
      if (range.from) query = query.where('hour', '>=', range.from);
      if (range.to) query = query.where('hour', '<=', range.to);
      const rows = await query.orderBy('hour').orderBy('target_id').execute();
      return rows.map((r) => ({
        hour: r.hour,
        targetKind: r.target_kind,
        targetId: r.target_id,
        views: r.views,
        uniqueVisitors: r.unique_visitors,
        dwellTotalMs: r.dwell_total_ms,
        dwellMeanMs: r.dwell_count > 0 ? Math.round(r.dwell_total_ms / r.dwell_count) : 0,
        likes: r.likes,
        inquiries: r.inquiries,
      }));
    },

    /** How many raw events are stored (for tests and the health of the pipeline). */
    async count(): Promise<number> {
      const row = await db.selectFrom('analytics_events').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

/** `YYYY-MM-DDTHH` of an epoch-millisecond time, in UTC. */
export function hourOf(at: number): string {
  return new Date(at).toISOString().slice(0, 13);
}

type Totals = Map<string, Counters & { hour: string; target_kind: TargetKind; target_id: string }>;

function counters(totals: Totals, kind: TargetKind, id: string, hour: string) {
  const key = `${kind}\u0000${id}\u0000${hour}`;
  let entry = totals.get(key);
  if (!entry) {
    entry = { hour, target_kind: kind, target_id: id, views: 0, unique_visitors: 0, dwell_total_ms: 0, dwell_count: 0, likes: 0, inquiries: 0 };
    totals.set(key, entry);
  }
  return entry;
}

/**
 * What a batch adds to each (target, hour): views, dwell, likes, inquiries, and the visitors seen
 * (deduplicated within the batch; the database dedupes across batches).
 */
function foldEvents(events: readonly AnalyticsEvent[]) {
  const totals: Totals = new Map();
  const seen = new Map<string, { hour: string; target_kind: TargetKind; target_id: string; visitor_id: string }>();
  const sight = (kind: TargetKind, id: string, hour: string, visitor: string) => {
    const key = `${kind}\u0000${id}\u0000${hour}\u0000${visitor}`;
    if (!seen.has(key)) seen.set(key, { hour, target_kind: kind, target_id: id, visitor_id: visitor });
  };
  for (const e of events) {
    const hour = hourOf(e.at);
    switch (e.type) {
      case 'booth_enter':
        counters(totals, 'booth', e.boothId, hour).views++;
        sight('booth', e.boothId, hour, e.visitorId);
        break;
      case 'booth_leave': {
        const c = counters(totals, 'booth', e.boothId, hour);
        c.dwell_total_ms += e.dwellMs;
        c.dwell_count++;
        sight('booth', e.boothId, hour, e.visitorId);
        break;
      }
      case 'product_view':
        counters(totals, 'product', e.productId, hour).views++;
        sight('product', e.productId, hour, e.visitorId);
        break;
      case 'like':
        counters(totals, 'product', e.productId, hour).likes++;
        if (e.boothId) counters(totals, 'booth', e.boothId, hour).likes++;
        break;
      case 'inquiry':
        counters(totals, 'product', e.productId, hour).inquiries++;
        if (e.boothId) counters(totals, 'booth', e.boothId, hour).inquiries++;
        break;
      case 'message':
        counters(totals, 'booth', e.boothId, hour).inquiries++;
        break;
      default:
        break;
    }
  }
  return { totals, sightings: [...seen.values()] };
}
