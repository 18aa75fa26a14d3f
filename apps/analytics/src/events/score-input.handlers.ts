import type { EntityManager } from 'typeorm';
import { originOfEvent, type AnyCloudEvent } from '@crm/events';
import type { EventHandlers } from '@crm/messaging';
import type { Clock } from '@crm/scheduler';
import { refreshCustomerScore } from '../changes/customer-score.changes';
import { currentCustomerOf } from '../data/customer-fact.repository';
import {
  customerOfComplaint,
  forgetScoresOf,
  moveScoreInputs,
  recordComplaintDone,
  recordComplaintOpened,
  recordComplaintReopened,
  recordPayment,
  recordSurveyAnswer,
} from '../data/score-input.repository';
import type { ScoreSettings } from '../data/score-settings';

export interface ScoreHandlerSettings {
  clock: Clock;
  scores: ScoreSettings;
}

/**
 * The events that change a customer's scores: each keeps its fact (filed under the customer as it
 * is now, after merges), then the customer is scored again at the clock's now. Interactions are
 * read from the timeline, so these handlers must run after the timeline's (analytics-subgraph.ts).
 */
export function scoreInputHandlers({ clock, scores }: ScoreHandlerSettings): EventHandlers {
  const refresh = (manager: EntityManager, event: AnyCloudEvent, customerId: string) =>
    refreshCustomerScore(manager, customerId, {
      now: clock.now(),
      origin: originOfEvent(event),
      settings: scores,
    });
  const current = async (manager: EntityManager, customerId: string) =>
    (await currentCustomerOf(manager, customerId)).customerId;
  const complaintDone = async (
    manager: EntityManager,
    event: AnyCloudEvent,
    ticketId: string,
    at: string,
  ) => {
    if (!(await recordComplaintDone(manager, ticketId, at))) return;
    await refresh(manager, event, (await customerOfComplaint(manager, ticketId))!);
  };
  return {
    'crm.customer.customer.created': (event, manager) => refresh(manager, event, event.data.customerId),
    'crm.customer.interaction.logged': async (event, manager) =>
      refresh(manager, event, await current(manager, event.data.customerId)),
    'crm.sales.payment.received': async (event, manager) => {
      const customerId = await current(manager, event.data.customerId);
      await recordPayment(manager, { ...event.data, customerId });
      await refresh(manager, event, customerId);
    },
    'crm.service.ticket.opened': async (event, manager) => {
      if (event.data.category !== 'COMPLAINT') return;
      const customerId = await current(manager, event.data.customerId);
      await recordComplaintOpened(manager, { ...event.data, customerId });
      await refresh(manager, event, customerId);
    },
    'crm.service.ticket.resolved': (event, manager) =>
      complaintDone(manager, event, event.data.ticketId, event.data.resolvedAt),
    'crm.service.ticket.closed': (event, manager) =>
      complaintDone(manager, event, event.data.ticketId, event.data.closedAt),
    'crm.service.complaint.closed': (event, manager) =>
      complaintDone(manager, event, event.data.ticketId, event.data.closedAt),
    'crm.service.ticket.reopened': async (event, manager) => {
      if (!(await recordComplaintReopened(manager, event.data.ticketId, event.data.reopenedAt))) return;
      await refresh(manager, event, (await customerOfComplaint(manager, event.data.ticketId))!);
    },
    'crm.service.survey.response_recorded': async (event, manager) => {
      const customerId = await current(manager, event.data.customerId);
      await recordSurveyAnswer(manager, { ...event.data, customerId });
      await refresh(manager, event, customerId);
    },
    'crm.customer.customer.merged': async (event, manager) => {
      await moveScoreInputs(manager, event.data.customerId, event.data.mergedCustomerIds);
      await refresh(manager, event, event.data.customerId);
    },
    'crm.customer.customer.erased': (event, manager) => forgetScoresOf(manager, event.data.customerId),
  };
}
