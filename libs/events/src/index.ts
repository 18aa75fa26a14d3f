export type { CloudEvent } from './cloud-event';
export { CLOUD_EVENT_CONTENT_TYPE, SYSTEM_ACTOR } from './cloud-event';
export type { EventDefinition } from './event-definition';
export type { CustomerCreatedPayload } from './catalogue/customer-created.event';
export type { OpportunityCreatedPayload } from './catalogue/opportunity-created.event';
export type { CustomerUpdatedPayload, CustomerProfileValues } from './catalogue/customer-updated.event';
export type { CustomerConsentChangedPayload } from './catalogue/customer-consent-changed.event';
export type { ContactCreatedPayload } from './catalogue/contact-created.event';
export type { LoyaltyLevelFields } from './catalogue/loyalty-programme-created.event';
export type { ReferralRefusal } from './catalogue/referral-recorded.event';
export type { ContactUpdatedPayload } from './catalogue/contact-updated.event';
export type { AuditChange, AuditRecordedPayload, AuditRecordedType } from './catalogue/audit-recorded.event';
export type { InteractionFields } from './catalogue/interaction-fields';
export type { TeamCreatedPayload } from './catalogue/team-created.event';
export type { UserTeamAssignedPayload } from './catalogue/user-team-assigned.event';
export type { UserDeactivatedPayload } from './catalogue/user-deactivated.event';
export type { UserCreatedPayload } from './catalogue/user-created.event';
export type { UserRolesChangedPayload } from './catalogue/user-roles-changed.event';
export type { UserPasswordChangedPayload } from './catalogue/user-password-changed.event';
export { EVENT_CATALOGUE, EVENT_TYPES, isEventType } from './catalogue';
export type { AnyCloudEvent, CloudEventOf, EventPayload, EventType } from './catalogue';
export { topicOf, topicsOf, eventTypesOf } from './event-topics';
export { EventValidationError, type EventProblem } from './event-validation-error';
export { buildEvent, type EventInput } from './build-event';
export { originOfEvent, systemOrigin, type EventOrigin } from './event-origin';
export { parseEvent } from './parse-event';
export { isEventOfType } from './is-event-of-type';
export { generateAsyncApiDocument, type AsyncApiDocument } from './asyncapi/asyncapi-document';
export { DEAD_LETTER_HEADERS, deadLetterTopicOf, type DeadLetterHeader } from './dead-letter-headers';
export { MEMBER_BATCH, type MembershipCause } from './catalogue/segment-fields.schema';
export { REPORTING_SETTINGS_ID } from './catalogue/exchange-rate-set.event';
export {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  NOTIFICATION_SUBJECT_TYPES,
  type NotificationChannelName,
  type NotificationKindName,
  type NotificationSubjectTypeName,
} from './catalogue/notification-fields.schema';
