import type { DataSource, EntityManager } from 'typeorm';
import type { EventOrigin } from '@crm/events';
import { runChange, scopeOfJob, type Change } from '@crm/subgraph-kit';
import {
  customersWithBirthday,
  definitionOfVersion,
  liveCalendarJourneys,
  markOccurrenceTaken,
} from '../data/journey.repository';
import { segmentMemberIds } from '../data/segment-member.repository';
import { birthdaysDue, occurrenceOf, pendingBirthdayOccurrence } from '../domain/journey-occurrence';
import { triggerKeyOf, type JourneyTrigger } from '../domain/journey-definition';
import { enterJourney } from './journey-entry.changes';

type CalendarTrigger = Extract<JourneyTrigger, { kind: 'DATE' | 'SCHEDULE' }>;

/**
 * Journeys the calendar starts take in their audience once per occurrence: each day's birthdays,
 * each schedule slot's segment members. One transaction per journey; a pass that finds the
 * occurrence taken changes nothing, and a repeated one enters nobody twice (startRun).
 */
export async function enterCalendarJourneys(
  dataSource: DataSource,
  origin: EventOrigin,
  now: Date,
): Promise<void> {
  const scope = scopeOfJob('marketing', dataSource, origin);
  for (const journey of await liveCalendarJourneys(dataSource.manager)) {
    const { trigger } = await definitionOfVersion(dataSource.manager, journey.id, journey.live_version);
    const occurrence = occurrenceOf(trigger as CalendarTrigger, now);
    if (occurrence === journey.last_occurrence) continue;
    await runChange(scope, async (change) => {
      const audience = await audienceOf(change.manager, trigger as CalendarTrigger, occurrence);
      await enterJourney(change, journey, audience, now, { trigger: triggerKeyOf(trigger), occurrence });
      await markOccurrenceTaken(change.manager, journey.id, occurrence);
    });
  }
}

function audienceOf(manager: EntityManager, trigger: CalendarTrigger, occurrence: string): Promise<string[]> {
  if (trigger.kind === 'SCHEDULE') return segmentMemberIds(manager, trigger.segmentId);
  return customersWithBirthday(manager, birthdaysDue(occurrence, trigger.daysBefore));
}

/**
 * A birth date set or changed after its day's pass would miss that year's birthday: the customer
 * enters each live birthday journey whose pass for the coming birthday is today or went by within
 * its look-ahead, under that pass's occurrence (so the pass itself enters them no second time).
 */
export async function enterBirthdayJourneysOnNewBirthDate(
  change: Change,
  customerId: string,
  birthDate: string,
  now: Date,
): Promise<void> {
  for (const journey of await liveCalendarJourneys(change.manager)) {
    const { trigger } = await definitionOfVersion(change.manager, journey.id, journey.live_version);
    if (trigger.kind !== 'DATE') continue;
    const occurrence = pendingBirthdayOccurrence(trigger, birthDate, now);
    if (occurrence) {
      await enterJourney(change, journey, [customerId], now, { trigger: triggerKeyOf(trigger), occurrence });
    }
  }
}
