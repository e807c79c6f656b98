/**
 * model/ — the shared vocabulary: zod schemas and types for every document and message.
 * Pure TypeScript: no Babylon, no DOM, no Node.
 */
export { LIMITS, REQUIRED_LOCALES, type RequiredLocale } from './limits';
export { formatIssues, formatPath, DocumentError, type Validation } from './errors';
export { defineDocument, type DocumentKind, type Migration } from './document';
export { footprintRect, rectsOverlap, rectContainsPoint, type Rect, type PlacedFootprint } from './geometry';
export { Id, AssetUrl, HexColor, isSafeUrl, localizedText, text, type LocalizedText } from './primitives';
export {
  HallLayoutSchema,
  HallLayoutDocument,
  BoothSlot,
  BoothKind,
  Entrance,
  entranceClearRect,
  cutoutRect,
  type HallLayout,
} from './hall-layout';
export { BoothTemplateSchema, BoothTemplateDocument, type BoothTemplate, type Fixture, type Anchor } from './booth-template';
export {
  BoothDesignSchema,
  BoothDesignDocument,
  BoothItem,
  BoothItemKind,
  checkDesignFitsTemplate,
  type BoothDesign,
} from './booth-design';
export {
  ExhibitorSchema,
  ExhibitorDocument,
  ProductSchema,
  ProductDocument,
  ExpoEventSchema,
  ExpoEventDocument,
  CategorySchema,
  CategoryDocument,
  type Category,
  type Exhibitor,
  type Product,
  type ExpoEvent,
} from './catalog';
export {
  HALL_ROOM,
  HallJoinOptions,
  MoveMessage,
  ClientMessages,
  metresToWire,
  wireToMetres,
  yawToWire,
  wireToYaw,
  type ClientMessageType,
  type AvatarWireState,
} from './room-protocol';
export { AnalyticsEventSchema, type AnalyticsEvent, type AnalyticsEventType } from './analytics-event';
export { pickText, type Locale } from './locale';
export * from './api-types';
export * from './api-writes';
export { Uscc, usccCheckCharacter, usccProblem } from './uscc';
export { Role, ReviewStatus, Email, Phone, Password, LoginRequest, UserSummary, SessionInfo } from './identity';
export {
  ExhibitorSignUp,
  ExhibitorRegistrationSchema,
  ExhibitorRegistrationDocument,
  VisitorSignUp,
  VisitorRegistrationSchema,
  VisitorRegistrationDocument,
  PurchasingIntent,
  ReviewDecision,
  ExpoSettings,
  VisitorReviewMode,
  StoredFileRef,
  Currency,
  type ExhibitorRegistration,
  type VisitorRegistration,
} from './registration';
