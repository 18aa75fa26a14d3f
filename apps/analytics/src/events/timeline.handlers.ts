import type { EntityManager } from 'typeorm';
import type { AnyCloudEvent, EventType } from '@crm/events';
import type { EventHandlers, HandlerOf } from '@crm/messaging';
import { anonymiseAuditTrailOf } from '../data/audit-entry.repository';
import { currentCustomerOf } from '../data/customer-fact.repository';
import { anonymised, upsertTimelineEntry } from '../data/timeline-entry.repository';
import { TIMELINE_MAPPINGS, timelineEntryOf, timelineOwnerOf } from '../domain/timeline-mappings';

/**
 * Files the entry under the customer as it is now: an event about a customer merged meanwhile
 * lands on the survivor, and one about an erased customer keeps nothing personal (nor does the
 * audit trail of its communication record, which may have arrived first). Recorded at the event's
 * time, so a replay records the same.
 */
async function recordTimelineEntry(event: AnyCloudEvent, manager: EntityManager): Promise<void> {
  const draft = timelineEntryOf(event);
  if (!draft) return;
  const current = await currentCustomerOf(manager, draft.customerId);
  const filed = { ...draft, customerId: current.customerId };
  const recordedAt = new Date(event.time);
  await upsertTimelineEntry(
    manager,
    current.erased ? anonymised(filed) : filed,
    timelineOwnerOf(event),
    recordedAt,
  );
  if (current.erased && filed.interactionId) {
    await anonymiseAuditTrailOf(manager, [{ entityType: 'Interaction', entityIds: [filed.interactionId] }]);
  }
}

/** One handler per event type the timeline shows (TIMELINE_MAPPINGS). */
export const timelineHandlers: EventHandlers = Object.fromEntries(
  (Object.keys(TIMELINE_MAPPINGS) as EventType[]).map((type): [EventType, HandlerOf] => [
    type,
    recordTimelineEntry,
  ]),
);
