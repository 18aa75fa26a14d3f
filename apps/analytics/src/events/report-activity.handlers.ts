import type { CloudEventOf } from '@crm/events';
import type { EventHandler, EventHandlers } from '@crm/messaging';
import { withCustomerRollups } from '../data/customer-rollup.repository';
import { survivorOf } from '../data/report-customer.repository';
import { recordOrderLines } from '../data/report-order.repository';
import { recordTicketFacts, type ReportTicketFacts } from '../data/report-ticket.repository';
import { SERVICE_ROLLUPS } from '../data/service-rollups';

/**
 * Orders, tickets and survey answers for the customer reports. They live on other topics than the
 * customer's, so a merge may have come first: each lands on the customer's survivor.
 */
const onOrderPlaced: EventHandler<'crm.sales.order.placed'> = async (event, manager) => {
  const { orderId, customerId, currency, placedAt, total, lines } = event.data;
  const withLines = lines?.length ? lines : [{ productId: null, amount: total }];
  const buyerId = await survivorOf(manager, customerId);
  // The purchase month (and maybe an earlier first one) moves the customer's cohort counts.
  await withCustomerRollups(manager, [buyerId], () =>
    recordOrderLines(
      manager,
      { orderId, customerId: buyerId, currency, placedOn: new Date(placedAt).toISOString().slice(0, 10) },
      withLines.map((line) => ({ productId: line.productId, amount: line.amount })),
    ),
  );
};

type TicketEventType =
  | 'crm.service.ticket.opened'
  | 'crm.service.ticket.assigned'
  | 'crm.service.ticket.escalated'
  | 'crm.service.ticket.replied'
  | 'crm.service.ticket.resolved'
  | 'crm.service.ticket.reopened'
  | 'crm.service.ticket.sla_breached';

/** A ticket event's facts; events of one ticket share its partition and arrive in order. */
const ticketFacts =
  <T extends TicketEventType>(facts: (data: CloudEventOf<T>['data']) => ReportTicketFacts): EventHandler<T> =>
  async (event, manager) => {
    const { ticketId, customerId } = event.data;
    const survivorId = await survivorOf(manager, customerId);
    await withCustomerRollups(
      manager,
      [survivorId],
      () => recordTicketFacts(manager, ticketId, survivorId, facts(event.data)),
      SERVICE_ROLLUPS,
    );
  };

const dateOrNull = (value: string | null) => (value ? new Date(value) : null);

const onSurveyResponse: EventHandler<'crm.service.survey.response_recorded'> = async (event, manager) => {
  const { responseId, customerId, queueId, assigneeId, csatScore, npsScore, respondedAt } = event.data;
  const survivorId = await survivorOf(manager, customerId);
  await withCustomerRollups(
    manager,
    [survivorId],
    () =>
      manager.query(
        `INSERT INTO report_survey_responses (response_id, customer_id, queue_id, assignee_id, csat, nps, responded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (response_id) DO NOTHING`,
        [responseId, survivorId, queueId, assigneeId, csatScore, npsScore, respondedAt],
      ),
    SERVICE_ROLLUPS,
  );
};

export const reportActivityHandlers: EventHandlers = {
  'crm.sales.order.placed': onOrderPlaced,
  'crm.service.ticket.opened': ticketFacts<'crm.service.ticket.opened'>((data) => ({
    queueId: data.queueId,
    openedAt: new Date(data.openedAt),
  })),
  'crm.service.ticket.assigned': ticketFacts<'crm.service.ticket.assigned'>((data) => ({
    queueId: data.queueId,
    assigneeId: data.assigneeId,
  })),
  'crm.service.ticket.escalated': ticketFacts<'crm.service.ticket.escalated'>((data) => ({
    queueId: data.queueId,
    assigneeId: data.assigneeId,
  })),
  'crm.service.ticket.replied': ticketFacts<'crm.service.ticket.replied'>((data) =>
    data.firstResponse ? { firstRespondedAt: new Date(data.repliedAt) } : {},
  ),
  'crm.service.ticket.resolved': ticketFacts<'crm.service.ticket.resolved'>((data) => ({
    queueId: data.queueId,
    assigneeId: data.assigneeId,
    openedAt: new Date(data.openedAt),
    firstRespondedAt: dateOrNull(data.firstRespondedAt),
    resolvedAt: new Date(data.resolvedAt),
  })),
  'crm.service.ticket.reopened': ticketFacts<'crm.service.ticket.reopened'>(() => ({ resolvedAt: null })),
  'crm.service.ticket.sla_breached': ticketFacts<'crm.service.ticket.sla_breached'>((data) =>
    data.target === 'FIRST_RESPONSE' ? { firstResponseBreached: true } : { resolutionBreached: true },
  ),
  'crm.service.survey.response_recorded': onSurveyResponse,
};
