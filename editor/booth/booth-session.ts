import { BoothDesignDocument, checkDesignFitsTemplate, type BoothDesign, type BoothTemplate, type Validation } from '../../model';
import { documentDifferences } from '../core/document-diff';
import { EditHistory, type EditCommand } from '../core/edit-history';
import { DRAFT_SCHEMA_VERSION, type Draft, type DraftKey, type DraftStore } from '../core/draft-store';
import { publishWhenOnline, type PublishResult } from '../core/publisher';
import { replaceWith } from './booth-commands';
import { BOOTH_EDITOR_CONFIG as C } from './booth-editor-config';

/** What the publish button last led to, for the status line. */
export type PublishState =
  | { kind: 'idle' }
  | { kind: 'publishing' }
  | { kind: 'waiting' }
  | { kind: 'published'; revision: number }
  /** The published design replaced the draft (a conflict or a stale draft, settled with "take theirs"); undo brings the draft back. */
  | { kind: 'tookTheirs'; revision: number }
  | { kind: 'invalid'; problems: string[] }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict'; theirs: BoothDesign; revision: number };

/** Decides a conflict: the `<conflict-dialog>` in the page. */
export type ConflictResolver = (mine: BoothDesign, theirs: BoothDesign, revision: number) => Promise<'mine' | 'theirs' | 'later'>;

/**
 * The draft restored on this device was based on revision `baseRevision`, but the booth has been
 * published at `revision` since (another device or tab): the published design is `theirs`.
 */
export interface StaleDraft {
  baseRevision: number;
  revision: number;
  theirs: BoothDesign;
}

/**
 * One booth being edited: its undo history, the revision it was based on, the draft in
 * IndexedDB (saved after every edit, so a closed tab loses nothing) and publishing.
 */
export class BoothEditorSession {
  readonly history: EditHistory<BoothDesign>;
  baseRevision: number;
  publishState: PublishState = { kind: 'idle' };
  /** True when the design came from a draft saved earlier on this device. */
  readonly restored: boolean;
  /**
   * Set when the restored draft's base revision is not the published one and the two designs
   * differ; cleared by `resolveStaleDraft` or once a publish settles on a newer revision. Until
   * then a publish still goes on the draft's old revision, so it meets the conflict dialog.
   */
  staleDraft: StaleDraft | undefined;
  private publishPending = false;
  private saving: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<() => void>();
  private readonly key: DraftKey;

  private constructor(
    private readonly store: DraftStore | undefined,
    private readonly templates: readonly BoothTemplate[],
    published: BoothDesign,
    draft: Draft<BoothDesign> | undefined,
  ) {
    this.key = `booth:${published.id}`;
    this.restored = draft !== undefined;
    this.history = draft ? EditHistory.fromJSON(draft.history) : new EditHistory(published, C.historyLimit);
    this.baseRevision = draft ? draft.baseRevision : published.revision;
    this.publishPending = draft?.publishPending ?? false;
    if (draft && draft.baseRevision !== published.revision) {
      // Same content on both sides (say, this draft's own edits published from another tab): nothing to choose, move the base on.
      if (documentDifferences(this.history.doc, published).length === 0) this.baseRevision = published.revision;
      else this.staleDraft = { baseRevision: draft.baseRevision, revision: published.revision, theirs: published };
    }
    this.history.onChange(() => this.save());
  }

  /** Opens the booth: the draft on this device when there is one (with its undo history), else the published design. */
  static async open(store: DraftStore | undefined, templates: readonly BoothTemplate[], published: BoothDesign): Promise<BoothEditorSession> {
    const draft = await store?.get<BoothDesign>(`booth:${published.id}`).catch(() => undefined);
    // A draft is only as good as the documents in it: one that no longer validates starts fresh.
    const usable = draft && BoothDesignDocument.validate(EditHistory.fromJSON(draft.history).doc).ok ? draft : undefined;
    const session = new BoothEditorSession(store, templates, published, usable);
    if (usable && session.baseRevision !== usable.baseRevision) session.save();
    return session;
  }

  /**
   * Settles a stale draft (see `staleDraft`) with the conflict dialog's choices: `mine` keeps the
   * draft and bases it on the published revision (the next publish replaces theirs); `theirs`
   * replaces the draft by the published design as an undoable edit (undo brings the draft back)
   * and drops a publish still pending from before; `later` changes nothing.
   */
  resolveStaleDraft(choice: 'mine' | 'theirs' | 'later'): void {
    const stale = this.staleDraft;
    if (!stale || choice === 'later') return;
    this.rebase(stale.revision);
    if (choice === 'theirs') {
      this.publishPending = false;
      this.history.execute(replaceWith(stale.theirs));
      this.setState({ kind: 'tookTheirs', revision: stale.revision });
    }
    this.save();
  }

  get design(): BoothDesign {
    return this.history.doc;
  }

  /** The publish the exhibitor asked for before the page closed, still to be done. */
  get hasPendingPublish(): boolean {
    return this.publishPending;
  }

  execute(cmd: EditCommand<BoothDesign>): BoothDesign {
    return this.history.execute(cmd);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once every save started so far has reached IndexedDB. */
  flushed(): Promise<void> {
    return this.saving;
  }

  /** Schema and template-fit checks the server will run, run here first. */
  validate(design: BoothDesign = this.design): Validation<BoothDesign> {
    const schema = BoothDesignDocument.validate({ ...design, revision: this.baseRevision });
    if (!schema.ok) return schema;
    const template = this.templates.find((t) => t.id === design.templateId);
    if (!template) return { ok: false, errors: [`templateId: no booth template "${design.templateId}"`] };
    return checkDesignFitsTemplate(schema.value, template);
  }

  /**
   * Publishes the current design on top of `baseRevision`. Offline, it waits (the draft
   * remembers the pending publish across reloads) and publishes when the network returns; a
   * conflict goes to `resolve`: keep mine publishes again on their revision, take theirs
   * replaces the draft by an undoable edit, later leaves both as they are.
   */
  async publish(resolve: ConflictResolver, signal?: AbortSignal): Promise<PublishResult> {
    this.publishPending = true;
    this.setState({ kind: 'publishing' });
    this.save();
    const design = this.design;
    const result = await publishWhenOnline(
      { url: `/api/booths/${encodeURIComponent(design.id)}`, body: { ...design, revision: this.baseRevision }, baseRevision: this.baseRevision, validate: () => this.validate(design) },
      { onWaiting: () => this.setState({ kind: 'waiting' }), ...(signal ? { signal } : {}) },
    );
    this.publishPending = false;
    switch (result.kind) {
      case 'published':
        this.rebase(result.revision);
        this.setState({ kind: 'published', revision: result.revision });
        break;
      case 'invalid':
        this.setState({ kind: 'invalid', problems: result.problems });
        break;
      case 'failed':
        this.setState({ kind: 'failed', message: result.message });
        break;
      case 'offline':
        break;
      case 'conflict': {
        const theirs = BoothDesignDocument.migrate(result.theirs);
        if (!theirs.ok) {
          this.setState({ kind: 'failed', message: theirs.errors.join('; ') });
          break;
        }
        this.setState({ kind: 'conflict', theirs: theirs.value, revision: result.revision });
        const choice = await resolve(this.design, theirs.value, result.revision);
        if (choice === 'mine') {
          this.rebase(result.revision);
          this.save();
          return this.publish(resolve, signal);
        }
        if (choice === 'theirs') {
          this.rebase(result.revision);
          this.history.execute(replaceWith(theirs.value));
          this.setState({ kind: 'tookTheirs', revision: result.revision });
        }
        break;
      }
    }
    this.save();
    return result;
  }

  /** Bases the draft on `revision`; a stale draft is settled once the base reaches the revision it was warned about. */
  private rebase(revision: number): void {
    this.baseRevision = revision;
    if (this.staleDraft && revision >= this.staleDraft.revision) this.staleDraft = undefined;
  }

  private setState(state: PublishState): void {
    this.publishState = state;
    for (const l of this.listeners) l();
  }

  /** Saves the draft; saves are chained so an older one never lands after a newer one. */
  private save(): void {
    const store = this.store;
    if (!store) return;
    const draft: Draft<BoothDesign> = {
      key: this.key,
      kind: 'booth',
      baseRevision: this.baseRevision,
      history: this.history.toJSON(),
      savedAt: Date.now(),
      schemaVersion: DRAFT_SCHEMA_VERSION,
      publishPending: this.publishPending,
    };
    this.saving = this.saving.then(() => store.put(draft)).catch((err: unknown) => console.error('[editor] could not save the draft', err));
    for (const l of this.listeners) l();
  }
}
