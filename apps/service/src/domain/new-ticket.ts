import { z } from 'zod';
import { badUserInput } from '@crm/errors';
import { DEFAULT_TICKET_PRIORITY, TICKET_PRIORITIES, type TicketPriority } from './ticket-priority';
import { INITIAL_TICKET_STATUS, type TicketStatus } from './ticket-status';

export interface NewTicket {
  customerId: string;
  /** The queue asked for; who may use which queue is decided by the permissions. */
  queueId: string | null;
  subject: string;
  description: string | null;
  priority: TicketPriority;
}

const newTicketSchema = z.object({
  customerId: z.uuid('must be a customer id (UUID)').transform((id) => id.toLowerCase()),
  queueId: z
    .uuid('must be a support team id (UUID)')
    .nullish()
    .transform((id) => id?.toLowerCase() ?? null),
  subject: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  description: z
    .string()
    .trim()
    .max(10_000, 'must be at most 10,000 characters')
    .nullish()
    // An empty description is no description.
    .transform((text) => (text ? text : null)),
  priority: z
    .enum(TICKET_PRIORITIES, { error: `must be one of ${TICKET_PRIORITIES.join(', ')}` })
    .nullish()
    .transform((priority) => priority ?? DEFAULT_TICKET_PRIORITY),
});

/** Validates and normalises openTicket's input; the first problem is reported with its field path. */
export function parseNewTicket(input: unknown, path = 'input'): NewTicket {
  const result = newTicketSchema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw badUserInput([path, ...issue.path].join('.'), issue.message);
}

/** A ticket as it is opened: NEW, in the queue decided for it, at version 1. */
export function ticketToOpen(ticket: NewTicket, id: string, now: Date) {
  return {
    ...ticket,
    id,
    status: INITIAL_TICKET_STATUS as TicketStatus,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
}
