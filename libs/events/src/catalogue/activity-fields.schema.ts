import { NULLABLE_UUID } from './schema-fragments';

export const ACTIVITY_TYPE_NAMES = ['CALL', 'MEETING', 'TODO'] as const;
export type ActivityTypeName = (typeof ACTIVITY_TYPE_NAMES)[number];
export const ACTIVITY_TYPE = { type: 'string', enum: ACTIVITY_TYPE_NAMES } as const;

/** What an activity is about: exactly one of the three is set. */
export interface ActivityLinkFields {
  customerId: string | null;
  leadId: string | null;
  opportunityId: string | null;
}

export const ACTIVITY_LINK_PROPERTIES = {
  customerId: NULLABLE_UUID,
  leadId: NULLABLE_UUID,
  opportunityId: NULLABLE_UUID,
} as const;
