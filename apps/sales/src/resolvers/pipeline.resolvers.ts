import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parseCurrency } from '@crm/db';
import { guard, readableOwnerIds } from '@crm/permissions';
import type { RequestContext } from '@crm/subgraph-kit';
import { pipelineGroups } from '../data/pipeline.repository';
import { buildPipelineBoard, type PipelineBoard, type PipelineColumn } from '../domain/pipeline-board';
import type { SalesLoaders } from '../sales-loaders';
import { optionalId } from '../domain/input-parsing';

type Context = RequestContext<SalesLoaders>;

/** The board of the deals the caller may see: a rep's own, a manager's team's, or one owner's. */
async function pipeline(args: { currency: string; ownerId?: string | null }, context: Context) {
  const currency = parseCurrency('currency', args.currency);
  const ownerId = optionalId('ownerId', args.ownerId);
  const ownerIds = readableOwnerIds(context.caller, 'opportunity:read', ownerId);
  return buildPipelineBoard(currency, await pipelineGroups(context.dataSource, currency, ownerIds));
}

const money = (amount: string, currency: string) => ({ amount, currency });

type Priced = Omit<PipelineColumn, 'stage'> & { currency: string };

/** A column's and the total's sums as Money of the board's currency. */
const columnMoney = {
  amount: (sums: Priced) => money(sums.amount, sums.currency),
  weightedAmount: (sums: Priced) => money(sums.weightedAmount, sums.currency),
};

export const pipelineResolvers: GraphQLResolverMap<Context> = {
  Query: {
    pipeline: guard(
      'opportunity:read',
      (_: unknown, args: { currency: string; ownerId?: string | null }, context: Context) =>
        pipeline(args, context),
    ),
  },
  PipelineBoard: {
    stages: (board: PipelineBoard) => board.stages.map((column) => ({ ...column, currency: board.currency })),
    total: (board: PipelineBoard) => ({ ...board.total, currency: board.currency }),
  },
  PipelineColumn: columnMoney,
  PipelineTotal: columnMoney,
};
