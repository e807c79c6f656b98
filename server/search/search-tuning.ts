/**
 * The knobs of catalogue search in one place. Changing one changes ranking for every query, so the
 * tests in this folder pin the behaviour each is here for.
 */

/**
 * Per-field boosts. A hit in a product's own name or its model code says most about what a buyer
 * is looking for; the company name is next (it also makes the exhibitor itself rank above its
 * products, since an exhibitor's name and exhibitorName are both the company name); free-text
 * description matches count least.
 */
export const FIELD_BOOSTS = {
  name: 6,
  modelCode: 4,
  exhibitorName: 3,
  tags: 2,
  categories: 1.5,
  country: 1,
  description: 1,
} as const;

/**
 * Fields indexed without single CJK characters (only their bigrams, and characters that stand
 * alone): a query of one character finds it in names, company names, tags, categories and
 * countries (「臂」 → 工业机器人手臂), not anywhere in long descriptions, where one character
 * matches half the catalogue. Descriptions hold two thirds of the index; this saves a third of
 * their entries and of the time to build them.
 */
export const LONG_TEXT_FIELDS: readonly string[] = ['description'];

/** The fields MiniSearch indexes, in a fixed order so that scores are summed in a fixed order. */
export const SEARCH_FIELDS = Object.keys(FIELD_BOOSTS) as (keyof typeof FIELD_BOOSTS)[];

/**
 * Weights of prefix and fuzzy matches relative to an exact match (1). MiniSearch's defaults
 * (prefix 0.375, fuzzy 0.45) would let a typo outrank a completion; here exact > prefix > fuzzy.
 */
export const MATCH_WEIGHTS = { prefix: 0.5, fuzzy: 0.2 } as const;

/** Latin query terms at least this long also match as prefixes ("mach" → "machine"). */
export const PREFIX_MIN_LENGTH = 2;

/**
 * Latin query words at least this long, without digits, tolerate one edit ("arn" → "arm"), when
 * the catalogue does not hold the word as typed: a real word is taken as meant, so "drill" does
 * not also bring up "grill", and a common short word such as "led" does not drag in "ltd".
 */
export const FUZZY_MIN_LENGTH = 3;

/** …and at least this long tolerate two, which a swap of two letters needs ("robto" → "robot"). */
export const FUZZY_TWO_EDITS_MIN_LENGTH = 5;

/** Characters of a query beyond this many are ignored, which bounds the work one request causes… */
export const MAX_QUERY_LENGTH = 200;

/** …and so are its terms (words, CJK bigrams) beyond this many. */
export const MAX_QUERY_TERMS = 32;

/**
 * A query word held by more than this share of the documents, and by at least
 * COMMON_TERM_MIN_DOCUMENTS of them (「有限公司」, "co", "ltd" in company names, "the", "model"), is
 * treated as a stop word while the query has rarer words: it narrows nothing, adds little to any
 * score, and scoring it means visiting most of the catalogue. Alone it is searched as usual.
 */
export const COMMON_TERM_SHARE = 0.5;

/** …so that in a small catalogue every word still counts. */
export const COMMON_TERM_MIN_DOCUMENTS = 1_000;

/** Scores are rounded to this many decimals before ties are broken by kind, then id. */
export const SCORE_DECIMALS = 4;
