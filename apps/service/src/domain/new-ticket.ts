import { z } from 'zod';
import { badUserInput, badUserInputs } from '@crm/errors';
import {
  COMPLAINT_SEVERITIES,
  TICKET_CATEGORIES,
  type ComplaintSeverity,
  type TicketCategory,
} from './ticket-category';
import { DEFAULT_TICKET_PRIORITY, TICKET_PRIORITIES, type TicketPriority } from './ticket-priority';
import { TICKET_SOURCES, type TicketSource } from './ticket-source';
import { INITIAL_TICKET_STATUS, type TicketStatus } from './ticket-status';

export interface NewTicket {
  customerId: string;
  /** The queue asked for; who may use which queue is decided by the permissions. */
  queueId: string | null;
  subject: string;
  description: string | null;
  priority: TicketPriority;
  source: TicketSource;
  category: TicketCategory;
  /** Complaints only, and required for them. */
  severity: ComplaintSeverity | null;
  requesterContactId: string | null;
  requesterEmail: string | null;
  requesterName: string | null;
  /** The Message-ID of the mail that opened it (mail-in only): replies thread onto it. */
  sourceMessageId: string | null;
}

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max.toLocaleString('en')} characters`)
    .nullish()
    // An empty text is no text.
    .transform((text) => (text ? text : null));

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` });

const newTicketSchema = z.object({
  customerId: z.uuid('must be a customer id (UUID)').transform((id) => id.toLowerCase()),
  queueId: z
    .uuid('must be a support team id (UUID)')
    .nullish()
    .transform((id) => id?.toLowerCase() ?? null),
  subject: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  description: optionalText(10_000),
  priority: oneOf(TICKET_PRIORITIES)
    .nullish()
    .transform((priority) => priority ?? DEFAULT_TICKET_PRIORITY),
  source: oneOf(TICKET_SOURCES)
    .nullish()
    .transform((source) => source ?? 'MANUAL'),
  category: oneOf(TICKET_CATEGORIES)
    .nullish()
    .transform((category) => category ?? 'QUESTION'),
  severity: oneOf(COMPLAINT_SEVERITIES)
    .nullish()
    .transform((severity) => severity ?? null),
  requesterContactId: z
    .uuid('must be a contact id (UUID)')
    .nullish()
    .transform((id) => id?.toLowerCase() ?? null),
  requesterEmail: z
    .email('must be an email address')
    .max(320, 'must be at most 320 characters')
    .nullish()
    .transform((email) => email?.toLowerCase() ?? null),
  requesterName: optionalText(200),
  sourceMessageId: optionalText(998),
});

/** A complaint is only worked with a severity (ISO 10002 triage); other tickets have none. */
function checkSeverity(ticket: NewTicket, path: string): void {
  if (ticket.category === 'COMPLAINT' && !ticket.severity)
    throw badUserInput(
      `${path}.severity`,
      `a complaint needs a severity: ${COMPLAINT_SEVERITIES.join(', ')}`,
    );
  if (ticket.category !== 'COMPLAINT' && ticket.severity)
    throw badUserInput(
      `${path}.severity`,
      `only complaints have a severity (category is ${ticket.category})`,
    );
}

/** Validates and normalises openTicket's input; every problem is reported with its field path. */
export function parseNewTicket(input: unknown, path = 'input'): NewTicket {
  const result = newTicketSchema.safeParse(input);
  if (!result.success)
    throw badUserInputs(
      result.error.issues.map((issue) => ({
        field: [path, ...issue.path].join('.'),
        message: issue.message,
      })),
    );
  checkSeverity(result.data, path);
  return result.data;
}

/** A ticket as it is opened: NEW, in the queue decided for it, at version 1, nobody on it yet. */
export function ticketToOpen(ticket: NewTicket, id: string, now: Date) {
  return {
    ...ticket,
    id,
    status: INITIAL_TICKET_STATUS as TicketStatus,
    assigneeId: null,
    firstRespondedAt: null,
    resolvedAt: null,
    closedAt: null,
    resolution: null,
    mergedIntoId: null,
    rootCause: null,
    correctiveAction: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
}
