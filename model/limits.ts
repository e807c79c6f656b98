/**
 * Every limit that a document or message is checked against, in one place.
 * Lengths are in characters, distances in metres.
 */
export const LIMITS = {
  idLength: 64,
  shortText: 80,
  nameText: 120,
  longText: 4000,
  tag: 40,
  tagsPerProduct: 20,
  specsPerProduct: 40,
  mediaPerProduct: 20,
  urlLength: 2048,
  /** Room state stores positions as int16 centimetres, so a hall is at most 327 m on a side. */
  hallMaxSize: 320,
  hallMaxHeight: 60,
  slotsPerHall: 1000,
  itemsPerBooth: 200,
  /** Clear depth in front of an entrance that no booth slot may cover. */
  entranceClearance: 3,
  /**
   * Narrowest aisle between facing booth slots, a slot and a wall, or a slot and a stage (the
   * usual fire-code minimum for exhibition aisles); a gap of 0 m (back to back) is no aisle.
   */
  minAisleWidth: 3,
  /** Tolerance for touching edges when testing overlaps and bounds (1 mm). */
  epsilon: 0.001,
  displayName: 32,
  chatText: 500,
} as const;

/** Locales every multilingual text must carry. More may be added per expo. */
export const REQUIRED_LOCALES = ['zh-CN', 'en'] as const;
export type RequiredLocale = (typeof REQUIRED_LOCALES)[number];
