import type { EntityManager } from 'typeorm';
import type { AnyCloudEvent, CustomerProfileValues } from '@crm/events';
import type { EventHandlers } from '@crm/messaging';
import { runChange, scopeOfEvent } from '@crm/subgraph-kit';
import { enterBirthdayJourneysOnNewBirthDate } from '../changes/journey-calendar.changes';
import { moveMembershipsToSurvivor, refreshCustomerMemberships } from '../changes/segment-membership.changes';
import {
  profileForChange,
  saveProfile,
  survivorOf,
  takeMergedProfiles,
} from '../data/customer-profile.repository';
import {
  applyAttributes,
  applyOrder,
  applyPayment,
  CONSENT_ATTRIBUTE,
  eraseProfile,
  foldIntoSurvivor,
  type CustomerProfileState,
  type ProfileAttributes,
} from '../domain/customer-profile';
import type { MarketingSettings } from '../marketing-module';

type ProfileUpdate = (profile: CustomerProfileState) => CustomerProfileState;

/**
 * One fact about a customer, in the consumer's transaction: the profile (created if this is the
 * first word of the customer) is updated by pure domain code, then the customer is re-evaluated
 * against the dynamic segments and any membership change is published with it.
 */
async function updateProfile(
  settings: Pick<MarketingSettings, 'clock'>,
  event: AnyCloudEvent,
  manager: EntityManager,
  customerId: string,
  update: ProfileUpdate,
): Promise<void> {
  const now = settings.clock.now();
  await runChange(scopeOfEvent('marketing', manager, event), async (change) => {
    const id = await survivorOf(manager, customerId);
    const profile = await profileForChange(manager, id);
    const updated = update(profile);
    await saveProfile(manager, updated, now);
    await refreshCustomerMemberships(change, id, now);
    // A birth date set or changed (not a stale or repeated one) may be due for a birthday journey now.
    if (updated.birthDate && updated.birthDate !== profile.birthDate) {
      await enterBirthdayJourneysOnNewBirthDate(change, id, updated.birthDate, now);
    }
  });
}

/** The segmentable fields of customer.updated; a field absent from the event did not change. */
function attributesOf(values: CustomerProfileValues): Partial<ProfileAttributes> {
  const attributes: Partial<ProfileAttributes> = {};
  if (values.name !== undefined) attributes.name = values.name;
  if (values.email !== undefined) attributes.email = values.email;
  if (values.phone !== undefined) attributes.phone = values.phone;
  if (values.birthDate !== undefined) attributes.birthDate = values.birthDate;
  if (values.region !== undefined) attributes.region = values.region;
  if (values.industry !== undefined) attributes.industry = values.industry;
  if (values.tags !== undefined) attributes.tags = (values.tags ?? []).map((tag) => tag.name);
  return attributes;
}

async function onCustomerMerged(
  settings: Pick<MarketingSettings, 'clock'>,
  event: AnyCloudEvent & { type: 'crm.customer.customer.merged' },
  manager: EntityManager,
): Promise<void> {
  const now = settings.clock.now();
  await runChange(scopeOfEvent('marketing', manager, event), async (change) => {
    const survivorId = await survivorOf(manager, event.data.customerId);
    const mergedIds = event.data.mergedCustomerIds.filter((id) => id !== survivorId);
    const merged = await takeMergedProfiles(manager, survivorId, mergedIds, new Date(event.data.mergedAt));
    const survivor = await profileForChange(manager, survivorId);
    await saveProfile(manager, foldIntoSurvivor(survivor, merged), now);
    await moveMembershipsToSurvivor(change, survivorId, mergedIds, now);
  });
}

/** What the customer projection learns from the customer, sales and service domains (issue 13 §2). */
export function customerProfileHandlers(settings: Pick<MarketingSettings, 'clock'>): EventHandlers {
  const on = updateProfile.bind(null, settings);
  return {
    'crm.customer.customer.created': (event, manager) =>
      on(event, manager, event.data.customerId, (profile) =>
        applyAttributes(
          profile,
          {
            kind: event.data.kind,
            name: event.data.name,
            email: event.data.email,
            phone: event.data.phone,
            lifecycle: event.data.lifecycleStage,
            // Absent (undefined, left alone) on events published before they were added.
            region: event.data.region,
            industry: event.data.industry,
            birthDate: event.data.birthDate,
          },
          event.data.createdAt,
        ),
      ),
    'crm.customer.customer.updated': (event, manager) =>
      on(event, manager, event.data.customerId, (profile) =>
        applyAttributes(profile, attributesOf(event.data.values), event.data.updatedAt),
      ),
    'crm.customer.customer.lifecycle_changed': (event, manager) =>
      on(event, manager, event.data.customerId, (profile) =>
        applyAttributes(profile, { lifecycle: event.data.to }, event.data.changedAt),
      ),
    'crm.customer.customer.churned': (event, manager) =>
      on(event, manager, event.data.customerId, (profile) =>
        applyAttributes(profile, { lifecycle: 'CHURNED' }, event.data.churnedAt),
      ),
    'crm.customer.customer.reactivated': (event, manager) =>
      on(event, manager, event.data.customerId, (profile) =>
        applyAttributes(profile, { lifecycle: 'CUSTOMER' }, event.data.reactivatedAt),
      ),
    'crm.customer.customer.tier_changed': (event, manager) =>
      on(event, manager, event.data.customerId, (profile) =>
        applyAttributes(profile, { tier: event.data.to }, event.data.changedAt),
      ),
    'crm.customer.customer.consent_changed': (event, manager) =>
      on(event, manager, event.data.customerId, (profile) =>
        applyAttributes(
          profile,
          { [CONSENT_ATTRIBUTE[event.data.channel]]: event.data.granted },
          event.data.changedAt,
        ),
      ),
    'crm.customer.customer.erased': (event, manager) =>
      on(event, manager, event.data.customerId, (profile) => eraseProfile(profile, event.data.erasedAt)),
    'crm.customer.customer.merged': (event, manager) => onCustomerMerged(settings, event, manager),
    'crm.sales.order.placed': (event, manager) =>
      on(event, manager, event.data.customerId, (profile) =>
        applyOrder(profile, new Date(event.data.placedAt)),
      ),
    'crm.sales.payment.received': (event, manager) =>
      on(event, manager, event.data.customerId, (profile) =>
        applyPayment(profile, event.data.amount, event.data.currency),
      ),
    'crm.service.survey.response_recorded': (event, manager) =>
      on(event, manager, event.data.customerId, (profile) =>
        event.data.csatScore === null
          ? profile
          : applyAttributes(profile, { csat: event.data.csatScore }, event.data.respondedAt),
      ),
  };
}
