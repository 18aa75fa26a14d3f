import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { CloudEvent } from './cloud-event';
import { aggregateIdOf, type CloudEventOf, type EventType } from './catalogue';
import { CLOUD_EVENT_SCHEMA, cloudEventSchemaOf } from './cloud-event.schema';
import { EventValidationError } from './event-validation-error';
import { problemsOf } from './validation-problems';

// Compiling is the expensive part: one ajv, each validator compiled on first use and kept.
const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
addFormats(ajv);
let envelopeValidator: ValidateFunction | undefined;
const eventValidators = new Map<EventType, ValidateFunction>();

/** Checks the CloudEvents envelope of any CRM event (not its data). */
export function assertCloudEvent(candidate: unknown): asserts candidate is CloudEvent<string, object> {
  envelopeValidator ??= ajv.compile(CLOUD_EVENT_SCHEMA);
  if (!envelopeValidator(candidate)) {
    throw new EventValidationError(
      'Not a CRM CloudEvent',
      problemsOf(envelopeValidator.errors ?? [], candidate),
    );
  }
}

/** Checks an event against the full schema of its catalogue type, and that its subject is the aggregate id. */
export function assertEventOfType<T extends EventType>(
  type: T,
  candidate: unknown,
): asserts candidate is CloudEventOf<T> {
  let validate = eventValidators.get(type);
  if (!validate) {
    validate = ajv.compile(cloudEventSchemaOf(type));
    eventValidators.set(type, validate);
  }
  const summary = `Invalid ${type} event`;
  if (!validate(candidate))
    throw new EventValidationError(summary, problemsOf(validate.errors ?? [], candidate));
  const { subject, data } = candidate as CloudEventOf<T>;
  const aggregateId = aggregateIdOf(type, data);
  if (subject !== aggregateId) {
    throw new EventValidationError(summary, [
      {
        path: '/subject',
        message: `must be the aggregate id ${JSON.stringify(aggregateId)} (got "${subject}")`,
      },
    ]);
  }
}
