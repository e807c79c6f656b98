/**
 * Undo/redo built from command objects (STYLE.md #5). A command is pure: it takes the document
 * and returns a new one. Each entry keeps the documents before and after it, so the history is
 * plain JSON that survives a reload from IndexedDB (`toJSON` / `fromJSON`) with no command code
 * to re-run.
 */
export interface EditCommand<D> {
  /** What the edit did, shown next to the undo/redo buttons ("Move screen-1"). */
  readonly label: string;
  apply(doc: D): D;
}

export interface HistoryEntry<D> {
  label: string;
  before: D;
  after: D;
}

/** The history as stored in a draft: its entries and how many of them are applied. */
export interface SavedHistory<D> {
  /** The document before the first kept entry (also the document when there are none). */
  base: D;
  entries: HistoryEntry<D>[];
  /** Entries [0, cursor) are applied; [cursor, length) can be redone. */
  cursor: number;
  limit: number;
}

/** Entries kept by default: older ones are folded into `base`. */
export const DEFAULT_HISTORY_LIMIT = 100;

export type HistoryListener<D> = (doc: D, history: EditHistory<D>) => void;

export class EditHistory<D> {
  private base: D;
  private readonly entries: HistoryEntry<D>[] = [];
  private cursor = 0;
  private readonly listeners = new Set<HistoryListener<D>>();

  constructor(
    initial: D,
    readonly limit = DEFAULT_HISTORY_LIMIT,
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`history limit must be a positive integer, got ${limit}`);
    this.base = initial;
  }

  /** Rebuilds a history saved by `toJSON`; a damaged cursor is clamped rather than trusted. */
  static fromJSON<D>(saved: SavedHistory<D>): EditHistory<D> {
    const history = new EditHistory<D>(saved.base, saved.limit > 0 ? saved.limit : DEFAULT_HISTORY_LIMIT);
    history.entries.push(...saved.entries);
    history.cursor = Math.max(0, Math.min(saved.entries.length, Math.trunc(saved.cursor)));
    return history;
  }

  /** The current document. */
  get doc(): D {
    return this.cursor === 0 ? this.base : this.entries[this.cursor - 1]!.after;
  }

  get canUndo(): boolean {
    return this.cursor > 0;
  }

  get canRedo(): boolean {
    return this.cursor < this.entries.length;
  }

  /** The label of the edit `undo()` would take back. */
  get undoLabel(): string | undefined {
    return this.entries[this.cursor - 1]?.label;
  }

  get redoLabel(): string | undefined {
    return this.entries[this.cursor]?.label;
  }

  /** Applies `cmd` to the current document; drops the redo branch. A command that changes nothing records nothing. */
  execute(cmd: EditCommand<D>): D {
    const before = this.doc;
    const after = cmd.apply(before);
    if (after === before) return before;
    this.entries.splice(this.cursor);
    this.entries.push({ label: cmd.label, before, after });
    while (this.entries.length > this.limit) this.base = this.entries.shift()!.after;
    this.cursor = this.entries.length;
    this.emit();
    return after;
  }

  undo(): D {
    if (!this.canUndo) return this.doc;
    this.cursor--;
    this.emit();
    return this.doc;
  }

  redo(): D {
    if (!this.canRedo) return this.doc;
    this.cursor++;
    this.emit();
    return this.doc;
  }

  /** Starts again from `doc` with no history (after taking the published version, say). */
  reset(doc: D): void {
    this.base = doc;
    this.entries.length = 0;
    this.cursor = 0;
    this.emit();
  }

  onChange(listener: HistoryListener<D>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  toJSON(): SavedHistory<D> {
    return { base: this.base, entries: this.entries.slice(), cursor: this.cursor, limit: this.limit };
  }

  private emit(): void {
    const doc = this.doc;
    for (const listener of this.listeners) listener(doc, this);
  }
}
