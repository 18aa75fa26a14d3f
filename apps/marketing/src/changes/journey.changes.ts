import { newId } from '@crm/db';
import { buildEvent } from '@crm/events';
import { badUserInput, conflict } from '@crm/errors';
import { runChange, type ChangeScope } from '@crm/subgraph-kit';
import { Journey } from '../data/journey.entity';
import { markOccurrenceTaken } from '../data/journey.repository';
import { triggerKeyOf, type JourneyDefinition } from '../domain/journey-definition';
import { occurrenceTakenAtPublication } from '../domain/journey-occurrence';

/** A journey as it is drafted: nobody enters it until it is published. */
export function createJourney(
  scope: ChangeScope,
  fields: { name: string; definition: JourneyDefinition },
  now: Date,
): Promise<Journey> {
  return runChange(scope, async (change) => {
    const journey = Object.assign(new Journey(), {
      id: newId(),
      name: fields.name,
      status: 'DRAFT' as const,
      definition: fields.definition,
      liveVersion: null,
      triggerKey: triggerKeyOf(fields.definition.trigger),
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    await change.insert(Journey, journey, { action: 'createJourney' });
    return journey;
  });
}

/** Edits the draft definition; customers keep running on the published versions until it is published. */
export function updateJourney(
  scope: ChangeScope,
  seen: { id: string; version: number },
  fields: { name: string; definition: JourneyDefinition },
): Promise<Journey> {
  return runChange(scope, async (change) => {
    const before = await change.lock(Journey, seen.id, { version: seen.version, field: 'id' });
    if (before.status === 'ARCHIVED') throw conflict(`journey ${seen.id} is archived`);
    return change.update(
      Journey,
      before,
      {
        name: fields.name,
        definition: fields.definition,
        triggerKey: triggerKeyOf(fields.definition.trigger),
      },
      { action: 'updateJourney' },
    );
  });
}

/**
 * The draft becomes the next live version: new customers enter it, customers already running
 * finish on the version they entered. Publishing `crm.marketing.journey.published`.
 */
export function publishJourney(
  scope: ChangeScope,
  seen: { id: string; version: number },
  now: Date,
): Promise<Journey> {
  return runChange(scope, async (change) => {
    const before = await change.lock(Journey, seen.id, { version: seen.version, field: 'id' });
    if (before.status === 'ARCHIVED') throw badUserInput('id', 'an archived journey cannot go live again');
    const liveVersion = (before.liveVersion ?? 0) + 1;
    await change.manager.query(
      'INSERT INTO journey_versions (journey_id, version, definition, published_at) VALUES ($1, $2, $3, $4)',
      [before.id, liveVersion, before.definition, now],
    );
    const after = await change.update(
      Journey,
      before,
      { status: 'ACTIVE', liveVersion },
      { action: 'publishJourney' },
    );
    const taken = occurrenceTakenAtPublication(after.definition.trigger, now);
    if (taken) await markOccurrenceTaken(change.manager, after.id, taken);
    change.publish(
      buildEvent('crm.marketing.journey.published', {
        subject: after.id,
        ...change.origin,
        data: {
          journeyId: after.id,
          name: after.name,
          version: liveVersion,
          trigger: after.triggerKey,
          stepCount: after.definition.steps.length,
          publishedAt: now.toISOString(),
        },
      }),
    );
    return after;
  });
}

/** Nobody enters any more; running customers leave at their next step (journey.exited, JOURNEY_ARCHIVED). */
export function archiveJourney(
  scope: ChangeScope,
  seen: { id: string; version: number },
  now: Date,
): Promise<Journey> {
  return runChange(scope, async (change) => {
    const before = await change.lock(Journey, seen.id, { version: seen.version, field: 'id' });
    const after = await change.update(Journey, before, { status: 'ARCHIVED' }, { action: 'archiveJourney' });
    change.publish(
      buildEvent('crm.marketing.journey.archived', {
        subject: after.id,
        ...change.origin,
        data: { journeyId: after.id, archivedAt: now.toISOString() },
      }),
    );
    return after;
  });
}
