import { GraphQLScalarType } from 'graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { badUserInput, notFound } from '@crm/errors';
import { guard, guardReference } from '@crm/permissions';
import { parseId, runIdempotently, scopeOfRequest } from '@crm/subgraph-kit';
import {
  archiveSegment,
  createSegment,
  editStaticList,
  importStaticList,
  updateSegment,
} from '../changes/segment.changes';
import type { Segment } from '../data/segment.entity';
import { previewRule, segmentMembersPage } from '../data/segment-member.repository';
import { listSegments } from '../data/segment.repository';
import { parseNewSegment, parseSegmentEdit } from '../domain/segment-lifecycle';
import { parseSegmentRule } from '../domain/segment-rule.parser';
import { parseListCsv } from '../domain/static-list-csv';
import type { CreateSegmentInput, Resolvers, UpdateSegmentInput } from '../generated/resolvers-types';
import type { MarketingContext } from '../marketing-context';

/** The rule tree travels as a JSON object; segment-rule.parser.ts checks it node by node. */
const SegmentRuleScalar = new GraphQLScalarType({
  ...GraphQLJSONObject.toConfig(),
  name: 'SegmentRule',
  description: 'A segment rule tree as JSON (see the SDL).',
});

const MAX_LIST_EDIT = 1000;
const MAX_SAMPLE = 50;

async function segmentById(id: string, context: MarketingContext, field = 'id'): Promise<Segment> {
  const segment = await context.loaders.segmentById.load(parseId(field, id));
  if (!segment) throw notFound('Segment', id, field);
  return segment;
}

function parseCustomerIds(ids: string[]): string[] {
  if (ids.length < 1 || ids.length > MAX_LIST_EDIT)
    throw badUserInput('customerIds', `must list 1 to ${MAX_LIST_EDIT} customers (got ${ids.length})`);
  return ids.map((id, i) => parseId(`customerIds[${i}]`, id));
}

async function createSegmentFor({ idempotencyKey, ...input }: CreateSegmentInput, context: MarketingContext) {
  const fields = parseNewSegment(input);
  const request = { operation: 'createSegment', key: idempotencyKey, input, field: 'input.idempotencyKey' };
  const id = await runIdempotently(scopeOfRequest(context), request, async (scope) => {
    const segment = await createSegment(scope, fields, context.loaders.now());
    return segment.id;
  });
  return segmentById(id, context);
}

async function updateSegmentFor({ id, version, ...input }: UpdateSegmentInput, context: MarketingContext) {
  const current = await segmentById(id, context, 'input.id');
  const edit = parseSegmentEdit(input, current.kind);
  return updateSegment(scopeOfRequest(context), current.id, version, edit, context.loaders.now());
}

async function editListFor(
  segmentId: string,
  customerIds: string[],
  edit: 'add' | 'remove',
  context: MarketingContext,
) {
  const id = parseId('segmentId', segmentId);
  const ids = parseCustomerIds(customerIds);
  const { segment } = await editStaticList(scopeOfRequest(context), id, ids, edit, context.loaders.now());
  return segment;
}

function previewFor(rawRule: unknown, sample: number | null | undefined, context: MarketingContext) {
  const size = sample ?? 5;
  if (!Number.isInteger(size) || size < 1 || size > MAX_SAMPLE)
    throw badUserInput('sample', `must be between 1 and ${MAX_SAMPLE} (got ${size})`);
  const rule = parseSegmentRule(rawRule, 'rule');
  return previewRule(context.dataSource, rule, context.loaders.now(), size).then((preview) => ({
    size: preview.size,
    sample: preview.sampleCustomerIds.map((id) => ({ id })),
  }));
}

export const segmentResolvers: Resolvers = {
  SegmentRule: SegmentRuleScalar,
  Query: {
    segment: guard('segment:read', (_, { id }, context) => segmentById(id, context)),
    segments: guard('segment:read', (_, { kind, status, ...page }, context) =>
      listSegments(context.dataSource, { kind, status }, page),
    ),
    previewSegment: guard('segment:read', (_, { rule, sample }, context) =>
      previewFor(rule, sample, context),
    ),
  },
  Mutation: {
    createSegment: guard('segment:write', (_, { input }, context) => createSegmentFor(input, context)),
    updateSegment: guard('segment:write', (_, { input }, context) => updateSegmentFor(input, context)),
    archiveSegment: guard('segment:write', (_, { id, version }, context) =>
      archiveSegment(scopeOfRequest(context), parseId('id', id), version, context.loaders.now()),
    ),
    addToStaticList: guard('segment:write', (_, { segmentId, customerIds }, context) =>
      editListFor(segmentId, customerIds, 'add', context),
    ),
    removeFromStaticList: guard('segment:write', (_, { segmentId, customerIds }, context) =>
      editListFor(segmentId, customerIds, 'remove', context),
    ),
    importStaticList: guard('segment:write', (_, { segmentId, csv }, context) =>
      importStaticList(
        scopeOfRequest(context),
        parseId('segmentId', segmentId),
        parseListCsv(csv),
        context.loaders.now(),
      ),
    ),
  },
  Segment: {
    __resolveReference: guardReference('segment:read', (reference, context) =>
      context.loaders.segmentById.load(reference.id),
    ),
    size: (segment, _, context) => context.loaders.segmentSize.load(segment.id),
    members: (segment, page, context) => segmentMembersPage(context.dataSource, segment.id, page),
  },
  SegmentMember: {
    customer: (member) => ({ id: member.customerId }),
  },
  Customer: {
    segments: guard('segment:read', (customer, _, context) =>
      context.loaders.segmentsOfCustomer.load(customer.id),
    ),
  },
};
