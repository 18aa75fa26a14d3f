import type { EntityManager } from 'typeorm';

/**
 * The facts customer scores are computed from, kept from other domains' events. Every write is an
 * upsert of its own row or columns, so redelivered or reordered events land the same.
 */

export interface PaymentFact {
  paymentId: string;
  orderId: string;
  customerId: string;
  amount: string;
  currency: string;
  receivedAt: string;
}

export async function recordPayment(manager: EntityManager, payment: PaymentFact): Promise<void> {
  await manager.query(
    `INSERT INTO customer_payments (payment_id, order_id, customer_id, amount, currency, received_at)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (payment_id) DO NOTHING`,
    [
      payment.paymentId,
      payment.orderId,
      payment.customerId,
      payment.amount,
      payment.currency,
      payment.receivedAt,
    ],
  );
}

export async function recordComplaintOpened(
  manager: EntityManager,
  complaint: { ticketId: string; customerId: string; openedAt: string },
): Promise<void> {
  await manager.query(
    `INSERT INTO customer_complaints (ticket_id, customer_id, opened_at) VALUES ($1, $2, $3)
     ON CONFLICT (ticket_id) DO UPDATE SET opened_at = EXCLUDED.opened_at`,
    [complaint.ticketId, complaint.customerId, complaint.openedAt],
  );
}

/** Resolved or closed: the latest such time counts. Only complaints have a row; other tickets change nothing. */
export async function recordComplaintDone(
  manager: EntityManager,
  ticketId: string,
  at: string,
): Promise<boolean> {
  // An UPDATE through TypeORM's query() answers [rows, affected count].
  const [, updated] = (await manager.query(
    `UPDATE customer_complaints SET done_at = GREATEST(done_at, $2) WHERE ticket_id = $1`,
    [ticketId, at],
  )) as [unknown, number];
  return updated > 0;
}

export async function recordComplaintReopened(
  manager: EntityManager,
  ticketId: string,
  at: string,
): Promise<boolean> {
  // An UPDATE through TypeORM's query() answers [rows, affected count].
  const [, updated] = (await manager.query(
    `UPDATE customer_complaints SET reopened_at = GREATEST(reopened_at, $2) WHERE ticket_id = $1`,
    [ticketId, at],
  )) as [unknown, number];
  return updated > 0;
}

export async function customerOfComplaint(manager: EntityManager, ticketId: string): Promise<string | null> {
  const [row]: { customer_id: string }[] = await manager.query(
    'SELECT customer_id FROM customer_complaints WHERE ticket_id = $1',
    [ticketId],
  );
  return row?.customer_id ?? null;
}

export async function recordSurveyAnswer(
  manager: EntityManager,
  answer: {
    responseId: string;
    customerId: string;
    csatScore: number | null;
    npsScore: number | null;
    respondedAt: string;
  },
): Promise<void> {
  await manager.query(
    `INSERT INTO customer_survey_answers (response_id, customer_id, csat_score, nps_score, responded_at)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (response_id) DO NOTHING`,
    [answer.responseId, answer.customerId, answer.csatScore, answer.npsScore, answer.respondedAt],
  );
}

/** The merged customers' facts count for the survivor; their own score rows go (the survivor's is recomputed). */
export async function moveScoreInputs(
  manager: EntityManager,
  survivorId: string,
  mergedIds: string[],
): Promise<void> {
  for (const table of [
    'customer_payments',
    'customer_complaints',
    'customer_survey_answers',
    'campaign_leads',
  ]) {
    await manager.query(`UPDATE ${table} SET customer_id = $1 WHERE customer_id = ANY($2)`, [
      survivorId,
      mergedIds,
    ]);
  }
  await manager.query('DELETE FROM customer_scores WHERE customer_id = ANY($1)', [mergedIds]);
}

/** An erased customer is scored no more; amounts stay for the campaign figures (they are not personal). */
export async function forgetScoresOf(manager: EntityManager, customerId: string): Promise<void> {
  await manager.query('DELETE FROM customer_survey_answers WHERE customer_id = $1', [customerId]);
  await manager.query('DELETE FROM customer_scores WHERE customer_id = $1', [customerId]);
}
