import type { EntityManager } from 'typeorm';
import type { AnyCloudEvent } from '@crm/events';
import type { EventHandlers } from '@crm/messaging';
import { runChange, scopeOfEvent } from '@crm/subgraph-kit';
import { enterJourneys } from '../changes/journey-entry.changes';
import { moveJourneyRunsToSurvivor } from '../changes/journey-merge.changes';
import { survivorOf, survivorsOf } from '../data/customer-profile.repository';
import { JOURNEY_EVENT_TRIGGERS } from '../domain/journey-definition';
import type { MarketingSettings } from '../marketing-module';

async function enter(
  settings: Pick<MarketingSettings, 'clock'>,
  event: AnyCloudEvent,
  manager: EntityManager,
  triggerKey: string,
  customerIds: string[],
): Promise<void> {
  await runChange(scopeOfEvent('marketing', manager, event), async (change) => {
    const survivors = await survivorsOf(manager, customerIds);
    await enterJourneys(change, triggerKey, survivors, settings.clock.now());
  });
}

/**
 * What starts journeys: the trigger events of other domains (their customer), and marketing's own
 * `segment.member_added` (its customers, for journeys started by entering that segment). A merge
 * hands the merged customers' runs to the survivor.
 */
export function journeyTriggerHandlers(settings: Pick<MarketingSettings, 'clock'>): EventHandlers {
  const handlers: EventHandlers = {
    'crm.marketing.segment.member_added': (event, manager) =>
      enter(settings, event, manager, `segment:${event.data.segmentId}`, event.data.customerIds),
    'crm.customer.customer.merged': (event, manager) =>
      runChange(scopeOfEvent('marketing', manager, event), async (change) => {
        const survivorId = await survivorOf(manager, event.data.customerId);
        const mergedIds = event.data.mergedCustomerIds.filter((id) => id !== survivorId);
        await moveJourneyRunsToSurvivor(change, survivorId, mergedIds, settings.clock.now());
      }),
  };
  for (const type of JOURNEY_EVENT_TRIGGERS) {
    Object.assign(handlers, {
      [type]: (event: AnyCloudEvent & { data: { customerId: string } }, manager: EntityManager) =>
        enter(settings, event, manager, type, [event.data.customerId]),
    });
  }
  return handlers;
}
