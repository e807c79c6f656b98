import { LIMITS, type ChatDelivery, type ChatMessage, type ChatRefusal } from '../../model';
import type { BoothMembership } from './booth-membership';
import type { HallVisitor } from './hall-visitor';
import type { WordFilter } from './word-filter';

export type ChatOutcome = { refusal: ChatRefusal } | { delivery: ChatDelivery; recipients: HallVisitor[] };

/**
 * Proximity chat: who a message reaches and what it says. 'near' reaches everyone within the
 * chat radius; 'booth' reaches everyone standing in the sender's booth plus that exhibitor's
 * staff wherever they are. Mute, length and rate are checked here, each refused with a reason
 * the sender is told. Sensitive words are masked (＊), and the delivery says so. The sender
 * receives their own message back as delivered.
 */
export class ProximityChat {
  private nextId = 1;
  private readonly history = new Map<string, ChatDelivery[]>();

  constructor(
    private readonly membership: BoothMembership,
    private readonly words: WordFilter,
    private readonly radius: number,
    private readonly historyLength: number,
  ) {}

  send(sender: HallVisitor, message: ChatMessage, visitors: readonly HallVisitor[], now: number): ChatOutcome {
    if (sender.mutedUntil > now) return { refusal: { reason: 'muted', mutedUntil: sender.mutedUntil } };
    if ([...message.text].length > LIMITS.chatText) return { refusal: { reason: 'too-long' } };
    const booth = message.channel === 'booth' ? this.boothChannelOf(sender) : undefined;
    if (message.channel === 'booth' && !booth) return { refusal: { reason: 'not-in-booth' } };
    const wait = sender.chat.take(now);
    if (wait > 0) return { refusal: { reason: 'rate-limited', retryAfterMs: wait } };

    const screened = this.words.screen(message.text);
    const delivery: ChatDelivery = {
      id: this.nextId++,
      from: sender.sessionId,
      name: sender.identity.name,
      role: sender.identity.role,
      channel: message.channel,
      ...(booth ? { boothId: booth } : {}),
      text: screened.text,
      at: now,
      masked: screened.masked,
    };
    if (booth) {
      const exhibitorId = this.membership.bySlot(booth)?.exhibitorId;
      const recipients = visitors.filter((v) => v.booth === booth || (exhibitorId !== undefined && v.identity.staffOf === exhibitorId));
      this.remember(booth, delivery);
      return { delivery, recipients };
    }
    const r2 = this.radius * this.radius;
    const recipients = visitors.filter((v) => (v.x - sender.x) ** 2 + (v.z - sender.z) ** 2 <= r2);
    return { delivery, recipients };
  }

  /** The last booth-channel lines of a booth, oldest first. */
  historyOf(slotId: string): ChatDelivery[] {
    return this.history.get(slotId) ?? [];
  }

  /**
   * The booth channel a visitor talks in: the booth they stand in, else (staff) their
   * exhibitor's first booth in this hall.
   */
  boothChannelOf(visitor: HallVisitor): string | undefined {
    if (visitor.booth) return visitor.booth;
    return visitor.identity.staffOf ? this.membership.slotsOf(visitor.identity.staffOf)[0] : undefined;
  }

  private remember(slotId: string, delivery: ChatDelivery): void {
    let lines = this.history.get(slotId);
    if (!lines) this.history.set(slotId, (lines = []));
    lines.push(delivery);
    if (lines.length > this.historyLength) lines.shift();
  }
}
