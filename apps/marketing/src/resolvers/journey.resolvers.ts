import { z } from 'zod';
import { badUserInput, notFound } from '@crm/errors';
import { guard, guardReference } from '@crm/permissions';
import { parseId, scopeOfRequest } from '@crm/subgraph-kit';
import { archiveJourney, createJourney, publishJourney, updateJourney } from '../changes/journey.changes';
import type { Journey } from '../data/journey.entity';
import { journeyStats, listJourneys } from '../data/journey.repository';
import { parseJourneyDefinition } from '../domain/journey-definition';
import { JOURNEY_TEMPLATES } from '../domain/journey-templates';
import type { JourneyInput, Resolvers } from '../generated/resolvers-types';
import type { MarketingContext } from '../marketing-context';

async function journeyById(id: string, context: MarketingContext): Promise<Journey> {
  const journey = await context.loaders.journeyById.load(parseId('id', id));
  if (!journey) throw notFound('Journey', id, 'id');
  return journey;
}

const name = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

function parseJourneyInput(input: JourneyInput) {
  const parsedName = name.safeParse(input.name);
  if (!parsedName.success) throw badUserInput('input.name', parsedName.error.issues[0].message);
  return { name: parsedName.data, definition: parseJourneyDefinition(input.definition) };
}

const seen = (id: string, version: number) => ({ id: parseId('id', id), version });

export const journeyResolvers: Resolvers = {
  Query: {
    journey: guard('campaign:read', (_, { id }, context) => journeyById(id, context)),
    journeys: guard('campaign:read', (_, page, context) => listJourneys(context.dataSource, page)),
    journeyTemplates: guard('campaign:read', () => JOURNEY_TEMPLATES),
  },
  Mutation: {
    createJourney: guard('campaign:write', (_, { input }, context) =>
      createJourney(scopeOfRequest(context), parseJourneyInput(input), context.loaders.now()),
    ),
    updateJourney: guard('campaign:write', (_, { id, version, input }, context) =>
      updateJourney(scopeOfRequest(context), seen(id, version), parseJourneyInput(input)),
    ),
    publishJourney: guard('campaign:write', (_, { id, version }, context) =>
      publishJourney(scopeOfRequest(context), seen(id, version), context.loaders.now()),
    ),
    archiveJourney: guard('campaign:write', (_, { id, version }, context) =>
      archiveJourney(scopeOfRequest(context), seen(id, version), context.loaders.now()),
    ),
  },
  Journey: {
    __resolveReference: guardReference('campaign:read', (reference, context) =>
      context.loaders.journeyById.load(reference.id),
    ),
    definition: (journey) => journey.definition as unknown as Record<string, unknown>,
    stats: (journey, _, context) => journeyStats(context.dataSource, journey.id),
  },
};
