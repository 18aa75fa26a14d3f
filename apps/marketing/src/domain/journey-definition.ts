import { z } from 'zod';
import { badUserInput } from '@crm/errors';
import { assertCron, isKnownTimeZone } from '@crm/scheduler';
import { parseSegmentRule } from './segment-rule.parser';
import type { SegmentRule } from './segment-rule';

/** The events a journey can start on: what happens to a customer in the other domains. */
export const JOURNEY_EVENT_TRIGGERS = [
  'crm.customer.customer.created',
  'crm.customer.customer.churned',
  'crm.customer.customer.lifecycle_changed',
  'crm.sales.order.placed',
  'crm.sales.payment.received',
  'crm.service.ticket.closed',
  'crm.analytics.customer.churn_risk_detected',
] as const;
export type JourneyEventTrigger = (typeof JOURNEY_EVENT_TRIGGERS)[number];

/** The date fields of the customer projection a journey can start on. */
export const JOURNEY_DATE_FIELDS = ['BIRTH_DATE'] as const;

export type JourneyTrigger =
  | { kind: 'EVENT'; eventType: JourneyEventTrigger }
  | { kind: 'SEGMENT_ENTERED'; segmentId: string }
  /** Each day (in `timeZone`), the customers whose date falls `daysBefore` days later enter. */
  | { kind: 'DATE'; field: (typeof JOURNEY_DATE_FIELDS)[number]; daysBefore: number; timeZone: string }
  /** At each slot of `cron` (UTC), the segment's members enter. */
  | { kind: 'SCHEDULE'; cron: string; segmentId: string };

export type JourneyStep =
  | {
      id: string;
      kind: 'SEND';
      templateId: string;
      variables: Record<string, string>;
      /** The campaign the message belongs to: its member's status follows the message. */
      campaignId?: string;
    }
  | { id: string; kind: 'WAIT'; hours: number }
  | { id: string; kind: 'BRANCH'; rule: SegmentRule; then: string; else: string }
  | { id: string; kind: 'ADD_TO_LIST' | 'REMOVE_FROM_LIST'; segmentId: string }
  | { id: string; kind: 'FOLLOW_UP'; note: string; dueInDays: number }
  | { id: string; kind: 'EXIT' };

/** A trigger and steps in order; a step goes on to the next, a BRANCH to `then` or `else` (a step id or END). */
export interface JourneyDefinition {
  trigger: JourneyTrigger;
  steps: JourneyStep[];
}

/** Where a BRANCH sends a customer who should leave the journey. */
export const END = 'END';
export const MAX_STEPS = 50;

function isCron(value: string): boolean {
  try {
    assertCron('cron', value);
    return true;
  } catch {
    return false;
  }
}

const id = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be 1 to 40 lower-case letters, digits or dashes');
const uuid = z.uuid('must be an id (UUID)');
const triggerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('EVENT'), eventType: z.enum(JOURNEY_EVENT_TRIGGERS) }),
  z.object({ kind: z.literal('SEGMENT_ENTERED'), segmentId: uuid }),
  z.object({
    kind: z.literal('DATE'),
    field: z.enum(JOURNEY_DATE_FIELDS),
    daysBefore: z.number().int().min(0).max(60).default(0),
    timeZone: z
      .string()
      .default('UTC')
      .refine(isKnownTimeZone, 'must be an IANA time zone, e.g. Europe/Berlin'),
  }),
  z.object({
    kind: z.literal('SCHEDULE'),
    cron: z.string().refine(isCron, 'must be a cron expression (UTC), e.g. "0 9 1 * *"'),
    segmentId: uuid,
  }),
]);
const stepSchema = z.discriminatedUnion('kind', [
  z.object({
    id,
    kind: z.literal('SEND'),
    templateId: uuid,
    variables: z.record(z.string(), z.string().max(1000)).default({}),
    campaignId: uuid.optional(),
  }),
  z.object({
    id,
    kind: z.literal('WAIT'),
    hours: z
      .number()
      .int()
      .min(1)
      .max(24 * 366),
  }),
  z.object({ id, kind: z.literal('BRANCH'), rule: z.unknown(), then: z.string(), else: z.string() }),
  z.object({ id, kind: z.enum(['ADD_TO_LIST', 'REMOVE_FROM_LIST']), segmentId: uuid }),
  z.object({
    id,
    kind: z.literal('FOLLOW_UP'),
    note: z.string().trim().min(1).max(500),
    dueInDays: z.number().int().min(0).max(365),
  }),
  z.object({ id, kind: z.literal('EXIT') }),
]);
const definitionSchema = z.object({
  trigger: triggerSchema,
  steps: z.array(stepSchema).min(1).max(MAX_STEPS),
});

/**
 * Validates a journey: its trigger, its steps (ids unique, branch targets known, a branch's rule a
 * valid segment rule). The first problem is BAD_USER_INPUT with its path, e.g. `input.definition.steps[2].then`.
 */
export function parseJourneyDefinition(raw: unknown, path = 'input.definition'): JourneyDefinition {
  const result = definitionSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw badUserInput(
      [path, ...issue.path]
        .map(String)
        .join('.')
        .replace(/\.(\d+)/g, '[$1]'),
      issue.message,
    );
  }
  const steps = result.data.steps;
  const ids = new Set<string>();
  steps.forEach((step, index) => {
    if (ids.has(step.id))
      throw badUserInput(`${path}.steps[${index}].id`, `"${step.id}" is used by an earlier step`);
    ids.add(step.id);
  });
  const parsed = steps.map((step, index): JourneyStep => {
    if (step.kind !== 'BRANCH') return step;
    for (const target of ['then', 'else'] as const) {
      if (step[target] !== END && !ids.has(step[target])) {
        throw badUserInput(`${path}.steps[${index}].${target}`, `names no step of this journey (or ${END})`);
      }
    }
    return { ...step, rule: parseSegmentRule(step.rule, `${path}.steps[${index}].rule`) };
  });
  return { trigger: result.data.trigger, steps: parsed };
}

/** The trigger as the journeys table indexes it: events and segments find their journeys by it. */
export function triggerKeyOf(trigger: JourneyTrigger): string {
  switch (trigger.kind) {
    case 'EVENT':
      return trigger.eventType;
    case 'SEGMENT_ENTERED':
      return `segment:${trigger.segmentId}`;
    case 'DATE':
      return `${CALENDAR_TRIGGER_PREFIX}date:${trigger.field}`;
    case 'SCHEDULE':
      return `${CALENDAR_TRIGGER_PREFIX}schedule:${trigger.segmentId}`;
  }
}

/** The prefix of the keys of journeys the calendar starts (the runner looks them up by it). */
export const CALENDAR_TRIGGER_PREFIX = 'calendar:';

/** The step after `stepId` in the list, or null at the end. */
export function stepAfter(definition: JourneyDefinition, stepId: string): string | null {
  const index = definition.steps.findIndex((step) => step.id === stepId);
  return definition.steps[index + 1]?.id ?? null;
}

export function stepById(definition: JourneyDefinition, stepId: string): JourneyStep | undefined {
  return definition.steps.find((step) => step.id === stepId);
}
