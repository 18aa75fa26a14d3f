import { InputProblems } from '@crm/errors';
import { TICKET_PRIORITIES, type TicketPriority } from '../ticket-priority';
import { CUSTOMER_TIERS, ESCALATION_ACTIONS, type CustomerTier, type EscalationAction } from './sla-policy';

export interface SlaPolicyFields {
  name: string;
  queueId: string | null;
  priority: TicketPriority;
  customerTier: CustomerTier | null;
  firstResponseMinutes: number;
  resolutionMinutes: number;
  warningShare: number;
  escalationAction: EscalationAction;
  escalationQueueId: string | null;
}

export interface SlaPolicyInputShape {
  name: string;
  queueId?: string | null;
  priority: string;
  customerTier?: string | null;
  firstResponseMinutes: number;
  resolutionMinutes: number;
  warningShare?: number | null;
  escalationAction: string;
  escalationQueueId?: string | null;
}

export const DEFAULT_WARNING_SHARE = 0.75;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A year of round-the-clock minutes: anything longer is a typo. */
const MAX_TARGET_MINUTES = 525_600;

/** Validates a policy's input, reporting every bad field at once. */
export function parseSlaPolicy(input: SlaPolicyInputShape, path = 'input'): SlaPolicyFields {
  const problems = new InputProblems();
  const name = input.name.trim();
  if (name.length < 1 || name.length > 100) problems.add(`${path}.name`, 'must be 1 to 100 characters');
  const queueId = input.queueId?.toLowerCase() ?? null;
  if (queueId !== null && !UUID.test(queueId))
    problems.add(`${path}.queueId`, 'must be a support team id (UUID)');
  const priority = oneOf(TICKET_PRIORITIES, input.priority, `${path}.priority`, problems);
  const customerTier =
    input.customerTier == null
      ? null
      : oneOf(CUSTOMER_TIERS, input.customerTier, `${path}.customerTier`, problems);
  checkMinutes(input.firstResponseMinutes, `${path}.firstResponseMinutes`, problems);
  checkMinutes(input.resolutionMinutes, `${path}.resolutionMinutes`, problems);
  if (input.resolutionMinutes < input.firstResponseMinutes)
    problems.add(
      `${path}.resolutionMinutes`,
      `must be at least the first-response target ${input.firstResponseMinutes} (got ${input.resolutionMinutes})`,
    );
  const warningShare = input.warningShare ?? DEFAULT_WARNING_SHARE;
  if (!(warningShare > 0 && warningShare < 1))
    problems.add(`${path}.warningShare`, `must be between 0 and 1, e.g. 0.75 (got ${warningShare})`);
  const escalationAction = oneOf(
    ESCALATION_ACTIONS,
    input.escalationAction,
    `${path}.escalationAction`,
    problems,
  );
  const escalationQueueId = input.escalationQueueId?.toLowerCase() ?? null;
  if (escalationQueueId !== null && !UUID.test(escalationQueueId))
    problems.add(`${path}.escalationQueueId`, 'must be a support team id (UUID)');
  if (escalationAction === 'MOVE_TO_QUEUE' && escalationQueueId === null)
    problems.add(`${path}.escalationQueueId`, 'is required when the escalation action is MOVE_TO_QUEUE');
  problems.throwIfAny();
  return {
    name,
    queueId,
    priority: priority!,
    customerTier,
    firstResponseMinutes: input.firstResponseMinutes,
    resolutionMinutes: input.resolutionMinutes,
    warningShare,
    escalationAction: escalationAction!,
    escalationQueueId: escalationAction === 'MOVE_TO_QUEUE' ? escalationQueueId : null,
  };
}

function oneOf<T extends string>(
  values: readonly T[],
  value: string,
  field: string,
  problems: InputProblems,
): T | null {
  const found = values.find((candidate) => candidate === value);
  if (!found) problems.add(field, `must be one of ${values.join(', ')} (got "${value}")`);
  return found ?? null;
}

function checkMinutes(minutes: number, field: string, problems: InputProblems): void {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_TARGET_MINUTES)
    problems.add(
      field,
      `must be a whole number of business minutes from 1 to ${MAX_TARGET_MINUTES} (got ${minutes})`,
    );
}
