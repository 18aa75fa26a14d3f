import { runChange, type ChangeScope } from '@crm/subgraph-kit';

/**
 * customer.erased (GDPR Art. 17): what mail brought in about the person goes: the requester's
 * address and name on their tickets, and the body, address and name of every comment on them
 * (replies quote each other, so agents' replies go too). Ticket ids, times and Message-IDs stay,
 * so SLA and service reports stay whole. The audit entry says what was erased, not what it was.
 */
export function eraseMailOf(scope: ChangeScope, customerId: string): Promise<void> {
  return runChange(scope, async (change) => {
    const tickets: { id: string }[] = await change.manager.query(
      `UPDATE tickets SET requester_email = NULL, requester_name = NULL, version = version + 1
        WHERE customer_id = $1 AND (requester_email IS NOT NULL OR requester_name IS NOT NULL) RETURNING id`,
      [customerId],
    );
    const comments: { id: string }[] = await change.manager.query(
      `UPDATE ticket_comments SET body = '[erased]', author_email = NULL, author_name = NULL
        WHERE ticket_id IN (SELECT id FROM tickets WHERE customer_id = $1) AND body <> '[erased]' RETURNING id`,
      [customerId],
    );
    if (tickets.length + comments.length === 0) return;
    change.audit({
      action: 'eraseMailOfCustomer',
      entityType: 'Customer',
      entityId: customerId,
      before: {},
      after: {
        erasedRequesterOf: tickets.map((row) => row.id),
        erasedComments: comments.map((row) => row.id),
      },
    });
  });
}
