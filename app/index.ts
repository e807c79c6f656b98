/**
 * app/ — the visitor and organizer pages (lit web components built by vite). Nothing imports
 * from app/; this door names what the pages are made of, for the docs and for tests.
 */
export { LobbyPage } from './lobby-page';
export { HallPage } from './hall-page';
export { LoginPage } from './login-page';
export { RegisterPage } from './register-page';
export { AccountPage } from './account-page';
export { OrganizerReviewPage } from './organizer-review-page';
export { AnalyticsBeacon } from './analytics-beacon';
export { ProductPanel } from './product-panel';
export { ProgressBar } from './progress-bar';
export { LocaleSwitch } from './locale-switch';
export { t, type MessageKey } from './i18n';
