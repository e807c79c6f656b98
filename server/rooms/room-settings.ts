/**
 * Every tuning number of the `hall` room, in one place. The first group comes from the
 * environment (see server/config.ts: `EXPO_ROOM_*`); the rest are fixed here and documented.
 */
export interface RoomSettings {
  /** Visitors per hall instance before a joiner lands in another instance. */
  readonly maxClients: number;
  /** Area of interest: each client receives only nearby avatars. Off: everyone sees everyone. */
  readonly aoiEnabled: boolean;
  /** Metres within which avatars are received. */
  readonly aoiRadius: number;
  /** At most this many avatars (the nearest) are received. */
  readonly aoiMaxVisible: number;
  /** Metres within which a 'near' chat message and an emote reach others. */
  readonly chatRadius: number;
  /** Whether signed-out visitors may join (as guests). */
  readonly allowGuests: boolean;
  /** Seconds a dropped client may take to come back to its avatar. */
  readonly reconnectSeconds: number;
  /** A file with one sensitive word per line; unset: server/rooms/sensitive-words.txt. */
  readonly sensitiveWordsFile: string | undefined;
}

export const DEFAULT_ROOM_SETTINGS: RoomSettings = {
  maxClients: 500,
  aoiEnabled: true,
  aoiRadius: 30,
  aoiMaxVisible: 50,
  chatRadius: 15,
  allowGuests: true,
  reconnectSeconds: 20,
  sensitiveWordsFile: undefined,
};

/** Fixed tuning of the room (not configurable; change here with a reason). */
export const ROOM_TUNING = {
  /** State patches per second: 20 Hz keeps walking smooth with interpolation. */
  patchIntervalMs: 50,
  /**
   * Area-of-interest recompute of each view (a share of the viewers per patch tick): people move
   * ≤ 4 m/s, so ≤ 4 m of drift per recompute, inside the view's 4.5 m keep margin; someone coming
   * into the 30 m radius shows within a second.
   */
  aoiIntervalMs: 1000,
  /**
   * Each client gets a `poses` message every this many patch ticks (10 Hz: the rate moves come
   * in at), the clients taking turns so a tick writes to only a share of the sockets.
   */
  poseEveryTicks: 2,
  /**
   * Booth membership (presence counts, enter/leave, the booth chat channel) is checked at this
   * rate. A changed count is a state change, and any state change sends a patch frame to every
   * client of the instance: once a second keeps those heavy ticks to one in twenty (at 2 Hz they
   * set the 95th-percentile tick: 22 ms against 16–17 ms at 1 Hz, 500 clients).
   */
  boothCheckIntervalMs: 1000,
  /** Spatial hash cell edge in metres (about a third of the AOI radius keeps buckets small). */
  spatialCellM: 10,
  /** Any message beyond this per second closes the client (flooding). Moves come at 10 Hz. */
  maxMessagesPerSecond: 30,
  /** Chat token bucket: bursts of 5, then one message every 1.5 s. */
  chatBurst: 5,
  chatRefillPerSecond: 1 / 1.5,
  /** Emotes: bursts of 3, then one every 2 s. */
  emoteBurst: 3,
  emoteRefillPerSecond: 0.5,
  /** Booth-channel messages kept per booth and shown to a newcomer. */
  boothHistory: 20,
  /** Default and longest organizer mute; a kicked visitor stays out of the instance this long. */
  defaultMuteMinutes: 10,
  maxMuteMinutes: 24 * 60,
  kickBanMinutes: 15,
  /** Half-width of the body used against the walk grid (metres). */
  bodyClearance: 0.3,
} as const;
