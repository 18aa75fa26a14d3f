import { badUserInput, notFound } from '@crm/errors';
import { guard, guardReference } from '@crm/permissions';
import { parseId, runIdempotently, scopeOfRequest } from '@crm/subgraph-kit';
import { enrollCustomer, redeemPoints } from '../changes/loyalty-member.changes';
import { addCampaignBonus, createLoyaltyProgramme } from '../changes/loyalty-programme.changes';
import type { LoyaltyProgramme } from '../data/loyalty-programme.entity';
import { historyOf } from '../data/loyalty-ledger.repository';
import { listLoyaltyProgrammes } from '../data/loyalty.repository';
import { parseCampaignBonus } from '../domain/campaign-bonus';
import { parseLoyaltyProgramme } from '../domain/loyalty-programme';
import type { CreateLoyaltyProgrammeInput, Resolvers } from '../generated/resolvers-types';
import type { MarketingContext } from '../marketing-context';

async function programmeById(id: string, context: MarketingContext, field = 'id'): Promise<LoyaltyProgramme> {
  const programme = await context.loaders.loyaltyProgrammeById.load(parseId(field, id));
  if (!programme) throw notFound('LoyaltyProgramme', id, field);
  return programme;
}

async function createProgrammeFor(
  { idempotencyKey, ...input }: CreateLoyaltyProgrammeInput,
  context: MarketingContext,
): Promise<LoyaltyProgramme> {
  const rules = parseLoyaltyProgramme(input);
  const request = { operation: 'createLoyaltyProgramme', key: idempotencyKey, input };
  const id = await runIdempotently(scopeOfRequest(context), request, async (scope) => {
    const programme = await createLoyaltyProgramme(scope, rules, context.loaders.now());
    return programme.id;
  });
  return programmeById(id, context);
}

function parseReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length < 1 || trimmed.length > 200) {
    throw badUserInput('reason', `must be 1 to 200 characters (got ${trimmed.length})`);
  }
  return trimmed;
}

export const loyaltyResolvers: Resolvers = {
  Query: {
    loyaltyProgramme: guard('loyalty:read', (_, { id }, context) => programmeById(id, context)),
    loyaltyProgrammes: guard('loyalty:read', (_, page, context) =>
      listLoyaltyProgrammes(context.dataSource, page),
    ),
  },
  Mutation: {
    createLoyaltyProgramme: guard('loyalty:write', (_, { input }, context) =>
      createProgrammeFor(input, context),
    ),
    addLoyaltyCampaignBonus: guard('loyalty:write', async (_, { input }, context) => {
      const programmeId = parseId('input.programmeId', input.programmeId);
      const window = parseCampaignBonus(input);
      const bonus = { ...window, programmeId, campaignId: parseId('input.campaignId', input.campaignId) };
      await addCampaignBonus(scopeOfRequest(context), bonus, context.loaders.now());
      return programmeById(programmeId, context, 'input.programmeId');
    }),
    enrollCustomer: guard('loyalty:write', (_, args, context) =>
      enrollCustomer(scopeOfRequest(context), {
        programmeId: parseId('programmeId', args.programmeId),
        customerId: parseId('customerId', args.customerId),
        at: context.loaders.now(),
        automatic: false,
      }),
    ),
    redeemPoints: guard('loyalty:write', (_, args, context) =>
      redeemPoints(scopeOfRequest(context), {
        memberId: parseId('memberId', args.memberId),
        points: args.points,
        reason: parseReason(args.reason),
        at: context.loaders.now(),
        version: args.version,
      }),
    ),
  },
  Customer: {
    loyalty: guard('loyalty:read', async (customer, _, context) => {
      const [member] = await context.loaders.loyaltyMembersOfCustomer.load(customer.id);
      return member ?? null;
    }),
  },
  LoyaltyProgramme: {
    __resolveReference: guardReference('loyalty:read', (reference, context) =>
      context.loaders.loyaltyProgrammeById.load(reference.id),
    ),
    campaignBonuses: (programme, _, context) => context.loaders.campaignBonusesOfProgramme.load(programme.id),
  },
  LoyaltyCampaignBonus: {
    campaign: async (bonus, _, context) => (await context.loaders.campaignById.load(bonus.campaignId))!,
  },
  LoyaltyMember: {
    programme: (member, _, context) => programmeById(member.programmeId, context, 'programmeId'),
    customer: (member) => ({ __typename: 'Customer', id: member.customerId }),
    level: async (member, _, context) => {
      const programme = await programmeById(member.programmeId, context, 'programmeId');
      return programme.levels.find((level) => level.name === member.level) ?? null;
    },
    history: (member, page, context) => historyOf(context.dataSource, member.id, page),
  },
  LoyaltyHistoryEntry: {
    amount: (entry) =>
      entry.amount === null || entry.currency === null
        ? null
        : { amount: entry.amount, currency: entry.currency },
  },
};
