import type { ServiceName } from '@crm/config';
import { EVENT_CATALOGUE, type EventType } from './catalogue';

/** The CloudEvents `source` of a service's events. */
export function sourceOf(service: ServiceName): string {
  return `/crm/${service}`;
}

/** The CloudEvents `dataschema` of a type: a URN naming its JSON Schema in the catalogue. */
export function dataSchemaOf(type: EventType): string {
  return `urn:crm:schema:${type}:${EVENT_CATALOGUE[type].version}`;
}
