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
  Stage,
  Sign,
  SpawnPoint,
  entranceClearRect,
  cutoutRect,
  type HallLayout,
} from './hall-layout';
export {
  checkHallLayout,
  formatLayoutProblem,
  templateFitsSlot,
  type CheckedHall,
  type LayoutItemRef,
  type LayoutProblem,
  type LayoutProblemCode,
  type LayoutRuleOptions,
} from './hall-layout-rules';
export { HallTemplateSummary, HallTemplateList, CreateHallRequest, HallLayoutRecord, HallLayoutPublish } from './hall-editor-api';
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
  MoveAnim,
  AvatarRole,
  AVATAR_ANIMS,
  ChatChannel,
  ChatMessage,
  EMOTES,
  Emote,
  EmoteMessage,
  ModerateMessage,
  ClientMessages,
  ChatDelivery,
  ChatRefusal,
  ChatRefusalReason,
  ChatHistory,
  EmoteEvent,
  EmoteRefusal,
  ModerationNotice,
  ModerationResult,
  MuteList,
  ServerMessages,
  KICKED_CLOSE_CODE,
  animToWire,
  wireToAnim,
  metresToWire,
  wireToMetres,
  yawToWire,
  wireToYaw,
  AVATAR_POSES_MESSAGE,
  AVATAR_POSES_FORMAT,
  AVATAR_POSE_BYTES,
  AvatarPosesWriter,
  decodeAvatarPoses,
  type AvatarPoseEntry,
  type ClientMessageType,
  type ServerMessageType,
  type AvatarWireState,
  type BoothPresenceWireState,
  type AvatarAnim,
} from './room-protocol';
export { RoomId, HallInstance, HallInstanceList } from './hall-instances';
export { ExhibitorBoothLocation } from './booth-location';
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
export { frameToWorld, normalizeDeg, placeSolid, boxFloorRect, type FloorRect, type SolidBox, type LocalBox, type FloorFrame } from './solid-box';
export {
  boothFrame,
  stretchBox,
  itemSolids,
  isTemplateCounter,
  placeBoothShape,
  DEFAULT_PLINTH,
  MOUNTED_ABOVE,
  type BoothFrame,
  type BoothPartClass,
  type ItemSolid,
  type SolidPaint,
  type PlacedBoothShape,
  type PlacedFixture,
  type PlacedItem,
} from './booth-solids';
export { PLACEMENT_RULES, itemFootprint, placementProblem, floorBoxes, floorBoxOverlap, designPlacementProblems, type PlacementProblem, type FloorBox } from './booth-placement';
export { WALK_RULES, HALL_SHELL, blocksWalking, isStepOn, signBottom, hallSolids, boothSolids, walkSolids, walkObstacles, type WalkSolid } from './walk-obstacles';
export { buildWalkGrid, isWalkable, findPath, clearLine, type WalkGrid, type WalkGridOptions, type FloorPoint } from './walk-grid';
