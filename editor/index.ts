/**
 * editor/ — the booth editor (exhibitors, `/editor`) and the hall layout editor (organizers,
 * `/organizer/halls`), lit components over the engine's preview (what you see is what visitors
 * get). This file is the folder's one public door; editor may import model and engine only.
 */
export { EditHistory, DEFAULT_HISTORY_LIMIT, type EditCommand, type HistoryEntry, type SavedHistory, type HistoryListener } from './core/edit-history';
export { openDraftStore, migrateDraft, DRAFT_SCHEMA_VERSION, type Draft, type DraftKey, type DraftStore } from './core/draft-store';
export { publishDocument, publishWhenOnline, waitForOnline, type PublishRequest, type PublishResult, type PublishWhenOnlineOptions } from './core/publisher';
export { ConflictDialog, type ConflictChoice } from './core/conflict-dialog';
export { documentDifferences, type DocumentDifference } from './core/document-diff';
export { createTranslator, CORE_MESSAGES, coreText, type Messages } from './core/messages';
// The hall layout editor (organizers): the hall list with "new hall from template", and the editor of one hall.
export { HallPicker } from './hall/hall-picker';
export { HallLayoutEditor } from './hall/hall-layout-editor';
export { BoothEditor, type BoothEditorHook } from './booth/booth-editor';
