/**
 * Who an organizer muted or kicked in one room instance, and until when (epoch ms). Keyed by
 * account (`user:<id>`) or, for guests, by address (`ip:<addr>`), so leaving and rejoining
 * does not lift a mute or a kick.
 */
export class ModerationLedger {
  private readonly mutes = new Map<string, number>();
  private readonly bans = new Map<string, number>();

  static keyOf(userId: string | undefined, ip: string | undefined): string {
    return userId ? `user:${userId}` : `ip:${ip ?? 'unknown'}`;
  }

  mute(key: string, until: number): void {
    this.mutes.set(key, until);
  }
  unmute(key: string): void {
    this.mutes.delete(key);
  }
  /** Epoch ms the mute ends, or 0 when not muted. */
  mutedUntil(key: string, now: number): number {
    return expiring(this.mutes, key, now);
  }

  ban(key: string, until: number): void {
    this.bans.set(key, until);
  }
  /** Epoch ms the kick ends, or 0 when they may join. */
  bannedUntil(key: string, now: number): number {
    return expiring(this.bans, key, now);
  }
}

function expiring(map: Map<string, number>, key: string, now: number): number {
  const until = map.get(key);
  if (until === undefined) return 0;
  if (until > now) return until;
  map.delete(key);
  return 0;
}
