import type { CloudEvent } from '../cloud-event';
import type { EventDefinition } from '../event-definition';
import { customerCreated } from './customer-created.event';
import { opportunityCreated } from './opportunity-created.event';
import { opportunityUpdated } from './opportunity-updated.event';
import { opportunityStageChanged } from './opportunity-stage-changed.event';
import { opportunityWon } from './opportunity-won.event';
import { opportunityLost } from './opportunity-lost.event';
import { opportunityLargeDealDetected } from './opportunity-large-deal-detected.event';
import { activityScheduled } from './activity-scheduled.event';
import { activityCompleted } from './activity-completed.event';
import { auditRecorded } from './audit-recorded.event';
import { customerMerged } from './customer-merged.event';
import { customerErased } from './customer-erased.event';
import { customerUpdated } from './customer-updated.event';
import { customerConsentChanged } from './customer-consent-changed.event';
import { contactCreated } from './contact-created.event';
import { contactUpdated } from './contact-updated.event';
import { customerLifecycleChanged } from './customer-lifecycle-changed.event';
import { customerTierChanged } from './customer-tier-changed.event';
import { customerChurned } from './customer-churned.event';
import { customerReactivated } from './customer-reactivated.event';
import { leadConverted } from './lead-converted.event';
import { leadCreated } from './lead-created.event';
import { leadAssigned } from './lead-assigned.event';
import { leadQualified } from './lead-qualified.event';
import { leadDisqualified } from './lead-disqualified.event';
import { orderPlaced } from './order-placed.event';
import { recommendationRulesRecomputed } from './recommendation-rules-recomputed.event';
import { paymentReceived } from './payment-received.event';
import { quoteIssued } from './quote-issued.event';
import { quoteAccepted } from './quote-accepted.event';
import { contractSigned } from './contract-signed.event';
import { contractRenewed } from './contract-renewed.event';
import { contractTerminated } from './contract-terminated.event';
import { interactionLogged } from './interaction-logged.event';
import { interactionUpdated } from './interaction-updated.event';
import { teamCreated } from './team-created.event';
import { userTeamAssigned } from './user-team-assigned.event';
import { userDeactivated } from './user-deactivated.event';
import { userCreated } from './user-created.event';
import { userRolesChanged } from './user-roles-changed.event';
import { userPasswordChanged } from './user-password-changed.event';
import { activityReminderDue } from './activity-reminder-due.event';
import { contractExpired } from './contract-expired.event';
import { contractRenewalDue } from './contract-renewal-due.event';
import { quoteExpired } from './quote-expired.event';
import { orderOverdue } from './order-overdue.event';
import { ticketOpened } from './ticket-opened.event';
import { ticketAssigned } from './ticket-assigned.event';
import { ticketStatusChanged } from './ticket-status-changed.event';
import { ticketReplied } from './ticket-replied.event';
import { ticketResolved } from './ticket-resolved.event';
import { ticketReopened } from './ticket-reopened.event';
import { ticketClosed } from './ticket-closed.event';
import { queueMailboxSet } from './queue-mailbox-set.event';
import { surveyPublished } from './survey-published.event';
import { surveyRetired } from './survey-retired.event';
import { surveySent } from './survey-sent.event';
import { surveyResponseRecorded } from './survey-response-recorded.event';
import { complaintClosed } from './complaint-closed.event';
import { ticketPriorityChanged } from './ticket-priority-changed.event';
import { ticketSlaWarning } from './ticket-sla-warning.event';
import { ticketSlaBreached } from './ticket-sla-breached.event';
import { ticketEscalated } from './ticket-escalated.event';
import { articleDrafted } from './article-drafted.event';
import { articleRevised } from './article-revised.event';
import { articlePublished } from './article-published.event';
import { articleArchived } from './article-archived.event';
import { articleLinkedToTicket } from './article-linked-to-ticket.event';
import { feedbackRecorded } from './feedback-recorded.event';
import { journeyPublished } from './journey-published.event';
import { journeyArchived } from './journey-archived.event';
import { journeyEntered } from './journey-entered.event';
import { journeyStepCompleted } from './journey-step-completed.event';
import { journeyExited } from './journey-exited.event';
import { journeyFollowUpRequested } from './journey-follow-up-requested.event';
import { messageSent } from './message-sent.event';
import { messageDeferred } from './message-deferred.event';
import { messageSuppressed } from './message-suppressed.event';
import { messageDelivered } from './message-delivered.event';
import { messageBounced } from './message-bounced.event';
import { messageFailed } from './message-failed.event';
import { messageOpened } from './message-opened.event';
import { messageClicked } from './message-clicked.event';
import { messageUnsubscribed } from './message-unsubscribed.event';
import { messageTemplateCreated, messageTemplateUpdated } from './message-template-saved.event';
import { segmentCreated } from './segment-created.event';
import { segmentUpdated } from './segment-updated.event';
import { segmentArchived } from './segment-archived.event';
import { segmentMemberAdded } from './segment-member-added.event';
import { segmentMemberRemoved } from './segment-member-removed.event';
import { campaignCreated } from './campaign-created.event';
import { campaignUpdated } from './campaign-updated.event';
import { campaignScheduled } from './campaign-scheduled.event';
import { campaignStarted } from './campaign-started.event';
import { campaignCompleted } from './campaign-completed.event';
import { campaignCancelled } from './campaign-cancelled.event';
import { campaignCostRecorded } from './campaign-cost-recorded.event';
import { campaignMembersAdded } from './campaign-members-added.event';
import { campaignMemberStatusChanged } from './campaign-member-status-changed.event';
import { campaignResponseRecorded } from './campaign-response-recorded.event';
import { loyaltyProgrammeCreated } from './loyalty-programme-created.event';
import { loyaltyMemberEnrolled } from './loyalty-member-enrolled.event';
import { loyaltyPointsEarned } from './loyalty-points-earned.event';
import { loyaltyPointsRedeemed } from './loyalty-points-redeemed.event';
import { loyaltyPointsExpired } from './loyalty-points-expired.event';
import { loyaltyLevelChanged } from './loyalty-level-changed.event';
import { referralRecorded } from './referral-recorded.event';
import { referralRewarded } from './referral-rewarded.event';
import { churnRiskDetected } from './churn-risk-detected.event';
import { churnRiskCleared } from './churn-risk-cleared.event';
import { quotaSet } from './quota-set.event';
import { exchangeRateSet } from './exchange-rate-set.event';
import { reportingCurrencyChanged } from './reporting-currency-changed.event';
import { webhookEndpointRegistered } from './webhook-endpoint-registered.event';
import { webhookEndpointEnabled } from './webhook-endpoint-enabled.event';
import { webhookEndpointDisabled } from './webhook-endpoint-disabled.event';
import { webhookEndpointSecretRotated } from './webhook-endpoint-secret-rotated.event';
import { webhookEndpointDeleted } from './webhook-endpoint-deleted.event';
import { webhookDeliveryDelivered } from './webhook-delivery-delivered.event';
import { webhookDeliveryFailed } from './webhook-delivery-failed.event';
import { notificationCreated } from './notification-created.event';
import { notificationRead } from './notification-read.event';
import { notificationPreferencesChanged } from './notification-preferences-changed.event';

const audits = {
  identity: auditRecorded('identity'),
  customer: auditRecorded('customer'),
  sales: auditRecorded('sales'),
  service: auditRecorded('service'),
  marketing: auditRecorded('marketing'),
  analytics: auditRecorded('analytics'),
  notification: auditRecorded('notification'),
};

/** Every event type the platform publishes, by type name. Add a type: one file here, one line below. */
export const EVENT_CATALOGUE = {
  [customerCreated.type]: customerCreated,
  [opportunityCreated.type]: opportunityCreated,
  [opportunityUpdated.type]: opportunityUpdated,
  [opportunityStageChanged.type]: opportunityStageChanged,
  [opportunityWon.type]: opportunityWon,
  [opportunityLost.type]: opportunityLost,
  [opportunityLargeDealDetected.type]: opportunityLargeDealDetected,
  [activityScheduled.type]: activityScheduled,
  [activityCompleted.type]: activityCompleted,
  [customerMerged.type]: customerMerged,
  [customerErased.type]: customerErased,
  [customerUpdated.type]: customerUpdated,
  [customerConsentChanged.type]: customerConsentChanged,
  [contactCreated.type]: contactCreated,
  [contactUpdated.type]: contactUpdated,
  [customerLifecycleChanged.type]: customerLifecycleChanged,
  [customerTierChanged.type]: customerTierChanged,
  [customerChurned.type]: customerChurned,
  [customerReactivated.type]: customerReactivated,
  [leadConverted.type]: leadConverted,
  [leadCreated.type]: leadCreated,
  [leadAssigned.type]: leadAssigned,
  [leadQualified.type]: leadQualified,
  [leadDisqualified.type]: leadDisqualified,
  [orderPlaced.type]: orderPlaced,
  [paymentReceived.type]: paymentReceived,
  [quoteIssued.type]: quoteIssued,
  [quoteAccepted.type]: quoteAccepted,
  [contractSigned.type]: contractSigned,
  [contractRenewed.type]: contractRenewed,
  [contractTerminated.type]: contractTerminated,
  [interactionLogged.type]: interactionLogged,
  [interactionUpdated.type]: interactionUpdated,
  [teamCreated.type]: teamCreated,
  [userTeamAssigned.type]: userTeamAssigned,
  [userDeactivated.type]: userDeactivated,
  [userCreated.type]: userCreated,
  [userRolesChanged.type]: userRolesChanged,
  [userPasswordChanged.type]: userPasswordChanged,
  [activityReminderDue.type]: activityReminderDue,
  [contractExpired.type]: contractExpired,
  [contractRenewalDue.type]: contractRenewalDue,
  [quoteExpired.type]: quoteExpired,
  [orderOverdue.type]: orderOverdue,
  [ticketOpened.type]: ticketOpened,
  [ticketAssigned.type]: ticketAssigned,
  [ticketStatusChanged.type]: ticketStatusChanged,
  [ticketReplied.type]: ticketReplied,
  [ticketResolved.type]: ticketResolved,
  [ticketReopened.type]: ticketReopened,
  [ticketClosed.type]: ticketClosed,
  [queueMailboxSet.type]: queueMailboxSet,
  [surveyPublished.type]: surveyPublished,
  [surveyRetired.type]: surveyRetired,
  [surveySent.type]: surveySent,
  [surveyResponseRecorded.type]: surveyResponseRecorded,
  [complaintClosed.type]: complaintClosed,
  [ticketPriorityChanged.type]: ticketPriorityChanged,
  [ticketSlaWarning.type]: ticketSlaWarning,
  [ticketSlaBreached.type]: ticketSlaBreached,
  [ticketEscalated.type]: ticketEscalated,
  [articleDrafted.type]: articleDrafted,
  [articleRevised.type]: articleRevised,
  [articlePublished.type]: articlePublished,
  [articleArchived.type]: articleArchived,
  [articleLinkedToTicket.type]: articleLinkedToTicket,
  [feedbackRecorded.type]: feedbackRecorded,
  [journeyPublished.type]: journeyPublished,
  [journeyArchived.type]: journeyArchived,
  [journeyEntered.type]: journeyEntered,
  [journeyStepCompleted.type]: journeyStepCompleted,
  [journeyExited.type]: journeyExited,
  [journeyFollowUpRequested.type]: journeyFollowUpRequested,
  [messageSent.type]: messageSent,
  [messageDeferred.type]: messageDeferred,
  [messageSuppressed.type]: messageSuppressed,
  [messageDelivered.type]: messageDelivered,
  [messageBounced.type]: messageBounced,
  [messageFailed.type]: messageFailed,
  [messageOpened.type]: messageOpened,
  [messageClicked.type]: messageClicked,
  [messageUnsubscribed.type]: messageUnsubscribed,
  [messageTemplateCreated.type]: messageTemplateCreated,
  [messageTemplateUpdated.type]: messageTemplateUpdated,
  [segmentCreated.type]: segmentCreated,
  [segmentUpdated.type]: segmentUpdated,
  [segmentArchived.type]: segmentArchived,
  [segmentMemberAdded.type]: segmentMemberAdded,
  [segmentMemberRemoved.type]: segmentMemberRemoved,
  [campaignCreated.type]: campaignCreated,
  [campaignUpdated.type]: campaignUpdated,
  [campaignScheduled.type]: campaignScheduled,
  [campaignStarted.type]: campaignStarted,
  [campaignCompleted.type]: campaignCompleted,
  [campaignCancelled.type]: campaignCancelled,
  [campaignCostRecorded.type]: campaignCostRecorded,
  [campaignMembersAdded.type]: campaignMembersAdded,
  [campaignMemberStatusChanged.type]: campaignMemberStatusChanged,
  [campaignResponseRecorded.type]: campaignResponseRecorded,
  [loyaltyProgrammeCreated.type]: loyaltyProgrammeCreated,
  [loyaltyMemberEnrolled.type]: loyaltyMemberEnrolled,
  [loyaltyPointsEarned.type]: loyaltyPointsEarned,
  [loyaltyPointsRedeemed.type]: loyaltyPointsRedeemed,
  [loyaltyPointsExpired.type]: loyaltyPointsExpired,
  [loyaltyLevelChanged.type]: loyaltyLevelChanged,
  [referralRecorded.type]: referralRecorded,
  [referralRewarded.type]: referralRewarded,
  [churnRiskDetected.type]: churnRiskDetected,
  [churnRiskCleared.type]: churnRiskCleared,
  [quotaSet.type]: quotaSet,
  [exchangeRateSet.type]: exchangeRateSet,
  [reportingCurrencyChanged.type]: reportingCurrencyChanged,
  [recommendationRulesRecomputed.type]: recommendationRulesRecomputed,
  [webhookEndpointRegistered.type]: webhookEndpointRegistered,
  [webhookEndpointEnabled.type]: webhookEndpointEnabled,
  [webhookEndpointDisabled.type]: webhookEndpointDisabled,
  [webhookEndpointSecretRotated.type]: webhookEndpointSecretRotated,
  [webhookEndpointDeleted.type]: webhookEndpointDeleted,
  [webhookDeliveryDelivered.type]: webhookDeliveryDelivered,
  [webhookDeliveryFailed.type]: webhookDeliveryFailed,
  [notificationCreated.type]: notificationCreated,
  [notificationRead.type]: notificationRead,
  [notificationPreferencesChanged.type]: notificationPreferencesChanged,
  [audits.identity.type]: audits.identity,
  [audits.customer.type]: audits.customer,
  [audits.sales.type]: audits.sales,
  [audits.service.type]: audits.service,
  [audits.marketing.type]: audits.marketing,
  [audits.analytics.type]: audits.analytics,
  [audits.notification.type]: audits.notification,
} as const;

export type EventType = keyof typeof EVENT_CATALOGUE;

type PayloadOf<TDefinition> = TDefinition extends EventDefinition<string, infer TPayload> ? TPayload : never;

export type EventPayload<T extends EventType> = PayloadOf<(typeof EVENT_CATALOGUE)[T]>;

export type CloudEventOf<T extends EventType> = CloudEvent<T, EventPayload<T>>;

/** Any catalogue event; `switch (event.type)` narrows `data`. */
export type AnyCloudEvent = { [T in EventType]: CloudEventOf<T> }[EventType];

export const EVENT_TYPES = Object.keys(EVENT_CATALOGUE) as EventType[];

export function isEventType(type: string): type is EventType {
  return Object.hasOwn(EVENT_CATALOGUE, type);
}

/** The aggregate id inside an event's data: what its subject and Kafka key must be. */
export function aggregateIdOf(type: EventType, data: object): unknown {
  return (data as Record<string, unknown>)[EVENT_CATALOGUE[type].aggregateIdField];
}
