import type { AnalyticsEvent } from '../../model';
import { sql } from 'kysely';
import type { StoreDialect } from './connect';
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

export function createAnalyticsRepository(db: ExpoDb, dialect: StoreDialect) {
  /** `FROM` a JSON array of arrays, one row each, as `r`. */
  const jsonRows = (json: string) => (dialect === 'sqlite' ? sql`json_each(${json}) AS r` : sql`jsonb_array_elements(${json}::jsonb) AS r`);
  /** Element `i` of the row `r`, as text (or a number for `bigint`); JSON null stays NULL. */
  const column = (i: number, type: 'text' | 'bigint' = 'text') =>
    dialect === 'sqlite' ? sql.raw(`r.value ->> ${i}`) : type === 'bigint' ? sql.raw(`(r ->> ${i})::bigint`) : sql.raw(`r ->> ${i}`);

  return {
    /**
     * Appends validated events and folds them into the hourly aggregates. Call it inside a
     * transaction so the raw rows and the totals commit together.
     */
    async append(events: readonly AnalyticsEvent[], receivedAt: number): Promise<void> {
      if (events.length === 0) return;
      // The whole batch travels as one JSON parameter and the database unpacks it (json_each /
      // jsonb_array_elements): one statement, one bound value, whatever the batch size. Row by
      // row, binding parameters costs more than the insert itself.
      const rows = events.map((e) => [
        e.at,
        e.type,
        e.visitorId,
        e.hallId ?? null,
        'boothId' in e ? (e.boothId ?? null) : null,
        'productId' in e ? e.productId : null,
        e.type === 'booth_leave' ? e.dwellMs : null,
        e.type === 'search' ? JSON.stringify({ query: e.query, results: e.results }) : e.type === 'meeting_booked' && e.eventId ? JSON.stringify({ eventId: e.eventId }) : null,
      ]);
      await sql`INSERT INTO analytics_events (at, received_at, type, visitor_id, hall_id, booth_id, product_id, dwell_ms, detail)
        SELECT ${column(0, 'bigint')}, ${receivedAt}, ${column(1)}, ${column(2)}, ${column(3)}, ${column(4)}, ${column(5)}, ${column(6, 'bigint')}, ${column(7)}
        FROM ${jsonRows(JSON.stringify(rows))}`.execute(db);

      const { totals, sightings } = foldEvents(events);
      // Unique visitors: a sighting counts only the first time (visitor, target, hour) is stored.
      if (sightings.length > 0) {
        const json = JSON.stringify(sightings.map((s) => [s.hour, s.target_kind, s.target_id, s.visitor_id]));
        const fresh = await sql<{ target_kind: 'booth' | 'product'; target_id: string; hour: string }>`
          INSERT INTO analytics_uniques (hour, target_kind, target_id, visitor_id)
          SELECT ${column(0)}, ${column(1)}, ${column(2)}, ${column(3)} FROM ${jsonRows(json)} WHERE true
          ON CONFLICT DO NOTHING RETURNING target_kind, target_id, hour`.execute(db);
        for (const row of fresh.rows) counters(totals, row.target_kind, row.target_id, row.hour).unique_visitors++;
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

const HOUR_MS = 3_600_000;
let lastHourBucket = Number.NaN;
let lastHourText = '';

/** `YYYY-MM-DDTHH` of an epoch-millisecond time, in UTC. Events come in runs of the same hour, so the last answer is kept. */
export function hourOf(at: number): string {
  const bucket = Math.floor(at / HOUR_MS);
  if (bucket !== lastHourBucket) {
    lastHourText = new Date(bucket * HOUR_MS).toISOString().slice(0, 13);
    lastHourBucket = bucket;
  }
  return lastHourText;
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
