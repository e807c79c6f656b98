import SearchableMap from 'minisearch/SearchableMap';

/**
 * How many documents hold each term (by index key). A query plan reads it to find the part of a
 * query that matches fewest documents; a prefix tree so that a prefix term ("mach") can be sized
 * as well as an exact one.
 */
export class DocumentFrequency {
  private readonly counts = new SearchableMap<number>();

  constructor(initial: Iterable<readonly [key: string, documents: number]> = []) {
    for (const [key, documents] of initial) this.counts.set(key, documents);
  }

  /** Counts one more document holding each of `keys` (distinct keys). */
  add(keys: Iterable<string>): void {
    for (const key of keys) this.counts.update(key, (documents) => (documents ?? 0) + 1);
  }

  /** Counts one document fewer holding each of `keys` (distinct keys). */
  remove(keys: Iterable<string>): void {
    for (const key of keys) {
      const documents = this.counts.get(key);
      if (documents === undefined) continue;
      if (documents <= 1) this.counts.delete(key);
      else this.counts.set(key, documents - 1);
    }
  }

  /**
   * Documents holding `key`, or with `prefix` the sum over every key starting with it (an upper
   * bound: a document holding two such terms counts twice).
   */
  estimate(key: string, prefix: boolean): number {
    if (!prefix) return this.counts.get(key) ?? 0;
    let total = 0;
    for (const documents of this.counts.atPrefix(key).values()) total += documents;
    return total;
  }
}
