import { NULL_SCHEMA } from '../event-definition';

/** JSON Schema pieces every catalogue entry repeats; `as const` keeps them assignable to JSONSchemaType. */
export const UUID = { type: 'string', format: 'uuid' } as const;
export const NULLABLE_UUID = { anyOf: [UUID, NULL_SCHEMA] } as const;
export const DATE_TIME = { type: 'string', format: 'date-time' } as const;
export const NULLABLE_STRING = { anyOf: [{ type: 'string' }, NULL_SCHEMA] } as const;
/** numeric(19,4) as Postgres stores it: money is never a float (DESIGN §5). */
export const AMOUNT = {
  type: 'string',
  pattern: '^-?\\d{1,15}(\\.\\d{1,4})?$',
  description: 'Exact decimal.',
} as const;
export const CURRENCY = { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 4217 code.' } as const;
export const NULLABLE_DATE_TIME = { anyOf: [DATE_TIME, NULL_SCHEMA] } as const;
/** An optional referral code on a created lead or customer (additive: older producers leave it out). */
export const REFERRAL_CODE = {
  type: 'string',
  nullable: true,
  minLength: 1,
  maxLength: 40,
  description: "The referring loyalty member's code, as given.",
} as const;
