import { badUserInput } from '@crm/errors';
import { runChange, type Change, type ChangeScope } from '@crm/subgraph-kit';
import { findKnownTeam } from '../data/known-team.repository';
import { agentsOfQueue, openTicketsOf } from '../data/queue-agents.repository';
import { QueueAssignmentRule } from '../data/queue-assignment-rule.entity';
import { Ticket } from '../data/ticket.entity';
import { chooseAssignee, type AssignmentRuleKind } from '../domain/assignment-rule';
import type { TicketCategory } from '../domain/ticket-category';
import { assertTransition, isOpenStatus } from '../domain/ticket-status';
import { assertQueueExists } from '../domain/ticket-references';
import { ticketAssigned, ticketStatusChanged, type AssignedBy } from '../events/ticket.events';
import { recordStatusLine } from './ticket-moves';

export interface TicketAssignment {
  ticketId: string;
  /** The agent who works it from now on: an active support agent or manager of the queue's team. */
  assigneeId: string;
  /** Moves the ticket to this queue too; omitted: it stays in its queue. */
  queueId?: string | null;
  /** MANUAL for a person's choice; the SLA escalation passes ESCALATION. */
  rule?: AssignedBy;
  expectedVersion?: number | null;
  reason?: string | null;
}

async function assertAgentOfQueue(
  change: Change,
  queueId: string | null,
  assigneeId: string,
  field: string,
): Promise<void> {
  const agents = queueId ? await agentsOfQueue(change.manager, queueId) : [];
  if (!agents.includes(assigneeId.toLowerCase()))
    throw badUserInput(
      field,
      `user ${assigneeId} is not an active support agent of queue ${queueId ?? '(none)'}; assign someone on that team`,
    );
}

/**
 * Gives a locked ticket its agent (and queue): a NEW ticket moves to ASSIGNED with a history line;
 * a ticket already worked keeps its status. Publishes ticket.assigned.
 */
async function giveTicket(
  change: Change,
  before: Ticket,
  assigneeId: string,
  queueId: string | null,
  rule: AssignedBy,
  reason: string | null,
): Promise<Ticket> {
  const status = before.status === 'NEW' ? 'ASSIGNED' : before.status;
  const after = await change.update(
    Ticket,
    before,
    { assigneeId, queueId, status, updatedAt: new Date() },
    { action: rule === 'MANUAL' ? 'assignTicket' : `assignTicketBy${rule}` },
  );
  change.publish(ticketAssigned(before, after, rule, change.origin));
  if (status !== before.status) {
    const line = await recordStatusLine(change, after, before.status, reason ?? `assigned (${rule})`);
    change.publish(ticketStatusChanged(after, line, change.origin));
  }
  return after;
}

/** Assigns a ticket by hand (or by escalation) to an agent of its queue, or of the queue it moves to. */
export function assignTicket(scope: ChangeScope, assignment: TicketAssignment): Promise<Ticket> {
  return runChange(scope, async (change) => {
    const before = await change.lock(Ticket, assignment.ticketId, {
      version: assignment.expectedVersion,
      field: 'input.ticketId',
    });
    if (!isOpenStatus(before.status)) assertTransition(before.status, 'ASSIGNED', 'input.ticketId');
    const queueId = assignment.queueId?.toLowerCase() ?? before.queueId;
    if (queueId && queueId !== before.queueId)
      assertQueueExists(await findKnownTeam(change.manager, queueId), queueId, 'input.queueId');
    await assertAgentOfQueue(change, queueId, assignment.assigneeId, 'input.assigneeId');
    const assigneeId = assignment.assigneeId.toLowerCase();
    return giveTicket(
      change,
      before,
      assigneeId,
      queueId,
      assignment.rule ?? 'MANUAL',
      assignment.reason ?? null,
    );
  });
}

/**
 * The queue's rule picks an agent for a ticket just opened, inside the opening change. The rule
 * row is locked so two tickets opened at once do not both take the same round-robin turn.
 */
export async function assignByQueueRule(change: Change, ticket: Ticket): Promise<Ticket> {
  if (!ticket.queueId) return ticket;
  const rule = await change.manager.findOne(QueueAssignmentRule, {
    where: { id: ticket.queueId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!rule) return ticket;
  const agentIds = await agentsOfQueue(change.manager, ticket.queueId);
  const openTickets = rule.kind === 'LEAST_OPEN' ? await openTicketsOf(change.manager, agentIds) : new Map();
  const assigneeId = chooseAssignee(rule, ticket.category, { agentIds, openTickets });
  if (!assigneeId) return ticket;
  if (rule.kind === 'ROUND_ROBIN')
    await change.update(
      QueueAssignmentRule,
      rule,
      { lastAssigneeId: assigneeId },
      { action: 'takeRoundRobinTurn' },
    );
  return giveTicket(change, ticket, assigneeId, ticket.queueId, rule.kind, null);
}

async function removeRule(change: Change, rule: QueueAssignmentRule): Promise<void> {
  await change.manager.delete(QueueAssignmentRule, { id: rule.id });
  change.audit({
    action: 'setQueueAssignmentRule',
    entityType: 'QueueAssignmentRule',
    entityId: rule.id,
    before: rule,
    after: null,
  });
}

export interface QueueRuleSetting {
  queueId: string;
  /** Null removes the rule: new tickets wait in the queue for an agent to take them. */
  kind: AssignmentRuleKind | null;
  categoryAgents?: Partial<Record<TicketCategory, string>>;
}

/** Sets (or removes) how a queue assigns its new tickets; category agents must work the queue. */
export function setQueueAssignmentRule(
  scope: ChangeScope,
  setting: QueueRuleSetting,
): Promise<QueueAssignmentRule | null> {
  return runChange(scope, async (change) => {
    assertQueueExists(await findKnownTeam(change.manager, setting.queueId), setting.queueId, 'input.queueId');
    const current = await change.manager.findOne(QueueAssignmentRule, {
      where: { id: setting.queueId },
      lock: { mode: 'pessimistic_write' },
    });
    const categoryAgents = setting.kind === 'CATEGORY' ? (setting.categoryAgents ?? {}) : {};
    for (const [category, agentId] of Object.entries(categoryAgents))
      await assertAgentOfQueue(change, setting.queueId, agentId, `input.categoryAgents.${category}`);
    if (!setting.kind) {
      if (current) await removeRule(change, current);
      return null;
    }
    const fields = { kind: setting.kind, categoryAgents, updatedAt: new Date() };
    if (current)
      return change.update(QueueAssignmentRule, current, fields, { action: 'setQueueAssignmentRule' });
    const rule = Object.assign(new QueueAssignmentRule(), {
      id: setting.queueId,
      lastAssigneeId: null,
      version: 1,
      ...fields,
    });
    return change.insert(QueueAssignmentRule, rule, { action: 'setQueueAssignmentRule' });
  });
}
