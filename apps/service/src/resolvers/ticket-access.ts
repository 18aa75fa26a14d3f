import type { Caller } from '@crm/auth';
import { notFound } from '@crm/errors';
import { assertQueueAccess, canReadPii, maskPii, scopeOf, type Permission } from '@crm/permissions';
import { parseId } from '@crm/subgraph-kit';
import type { Ticket } from '../data/ticket.entity';
import type { ServiceContext } from '../service-context';

/** The ticket with this id when the caller may `permission` it in its queue; NOT_FOUND, FORBIDDEN. */
export async function ticketFor(
  context: ServiceContext,
  id: string,
  permission: Permission,
  field = 'id',
): Promise<Ticket> {
  const ticket = await context.loaders.ticketById.load(parseId(field, id));
  if (!ticket) throw notFound('Ticket', id, field);
  assertQueueAccess(context.caller, permission, ticket.queueId, `ticket ${id}`);
  return ticket;
}

/** Who works tickets (agents, managers, admins) reads internal notes; readers see the public side. */
export function mayReadInternalNotes(caller: Caller): boolean {
  return scopeOf(caller, 'ticket:write') !== null;
}

/** Personal data (requester and sender addresses, names) masked for roles without PII rights. */
export function shownPii(caller: Caller, value: string | null): string | null {
  return canReadPii(caller) ? value : maskPii(value);
}
