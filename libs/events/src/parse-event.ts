import { isEventType, type AnyCloudEvent } from './catalogue';
import { EventValidationError } from './event-validation-error';
import { assertCloudEvent, assertEventOfType } from './event-validator';

/**
 * Reads a CloudEvent in structured JSON mode (a Kafka message value) and validates its envelope
 * and its data against the catalogue.
 * @throws EventValidationError for bad JSON, an invalid envelope, an unknown type or invalid data.
 */
export function parseEvent(raw: string | Buffer): AnyCloudEvent {
  const candidate = parseJson(raw.toString());
  assertCloudEvent(candidate);
  const { type } = candidate;
  if (!isEventType(type)) {
    throw new EventValidationError(
      `Unknown event type "${type}": it is not in the event catalogue of @crm/events`,
    );
  }
  assertEventOfType(type, candidate);
  return candidate as AnyCloudEvent;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const preview = text.length > 40 ? `${text.slice(0, 40)}...` : text;
    throw new EventValidationError(
      `Not a CloudEvent: the message is not JSON (${(error as Error).message}; got ${JSON.stringify(preview)})`,
    );
  }
}
