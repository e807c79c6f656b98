/**
 * app/ — the visitor and organizer pages (lit web components built by vite). Nothing imports
 * from app/; this door names what the pages are made of, for the docs and for tests.
 */
export { LobbyPage } from './lobby-page';
export { HallPage } from './hall-page';
export { ProductPanel } from './product-panel';
export { ProgressBar } from './progress-bar';
export { LocaleSwitch } from './locale-switch';
export { t, type MessageKey } from './i18n';
