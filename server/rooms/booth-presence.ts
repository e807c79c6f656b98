import type { MapSchema } from '@colyseus/schema';
import type { AnalyticsEvent } from '../../model';
import type { BoothMembership } from './booth-membership';
import { BoothPresence } from './hall-state';
import type { HallVisitor } from './hall-visitor';

/**
 * Booth presence, decided on the server from accepted positions (so it cannot be faked): which
 * booth each visitor stands in, each booth's visitor count and its staff online (staff of the
 * booth's exhibitor connected to this instance, wherever they stand). Entering and leaving
 * produce `booth_enter` / `booth_leave` analytics events with the dwell time.
 */
export class BoothPresenceTracker {
  private readonly visitorCounts = new Map<string, number>();
  private readonly staffCounts = new Map<string, number>();

  constructor(
    private readonly hallId: string,
    private readonly membership: BoothMembership,
    private readonly presence: MapSchema<BoothPresence>,
    private readonly onEnter: (visitor: HallVisitor, slotId: string) => void,
  ) {
    for (const booth of membership.booths) {
      const entry = new BoothPresence();
      entry.visitors = 0;
      entry.staff = 0;
      presence.set(booth.slotId, entry);
    }
  }

  /**
   * Re-reads every visitor's booth; appends enter/leave events to `events` (epoch ms `now`,
   * room clock `clockMs` for dwell) and updates the presence counts that changed.
   */
  update(visitors: readonly HallVisitor[], now: number, clockMs: number, events: AnalyticsEvent[]): void {
    this.visitorCounts.clear();
    this.staffCounts.clear();
    for (const visitor of visitors) {
      const area = this.membership.at(visitor.x, visitor.z);
      const booth = area?.slotId ?? '';
      if (booth !== visitor.booth) this.move(visitor, booth, now, clockMs, events);
      // A booth's own staff standing in it are not its visitors.
      if (area && visitor.identity.staffOf !== area.exhibitorId) {
        this.visitorCounts.set(booth, (this.visitorCounts.get(booth) ?? 0) + 1);
      }
      if (visitor.identity.staffOf) {
        for (const slotId of this.membership.slotsOf(visitor.identity.staffOf)) this.staffCounts.set(slotId, (this.staffCounts.get(slotId) ?? 0) + 1);
      }
    }
    for (const booth of this.membership.booths) {
      const entry = this.presence.get(booth.slotId);
      if (!entry) continue;
      const visitorsIn = Math.min(65535, this.visitorCounts.get(booth.slotId) ?? 0);
      const staff = Math.min(255, this.staffCounts.get(booth.slotId) ?? 0);
      // Assign only on change: an unchanged count must not cost a patch.
      if (entry.visitors !== visitorsIn) entry.visitors = visitorsIn;
      if (entry.staff !== staff) entry.staff = staff;
    }
  }

  /** A visitor leaves the room: close their booth visit. */
  leave(visitor: HallVisitor, now: number, clockMs: number, events: AnalyticsEvent[]): void {
    if (visitor.booth) this.move(visitor, '', now, clockMs, events);
  }

  private move(visitor: HallVisitor, booth: string, now: number, clockMs: number, events: AnalyticsEvent[]): void {
    const base = { v: 1 as const, visitorId: visitor.identity.visitorId, at: now, hallId: this.hallId };
    const left = visitor.booth ? this.membership.bySlot(visitor.booth) : undefined;
    if (left) {
      const dwellMs = Math.min(86_400_000, Math.max(0, Math.round(clockMs - visitor.boothSince)));
      events.push({ ...base, type: 'booth_leave', boothId: left.boothId, dwellMs });
    }
    visitor.booth = booth;
    visitor.boothSince = clockMs;
    visitor.avatar.booth = booth;
    const entered = booth ? this.membership.bySlot(booth) : undefined;
    if (entered) {
      events.push({ ...base, type: 'booth_enter', boothId: entered.boothId });
      this.onEnter(visitor, booth);
    }
  }
}
