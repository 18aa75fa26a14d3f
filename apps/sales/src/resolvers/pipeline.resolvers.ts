import { parseCurrency } from '@crm/db';
import { guard, readableOwnerIds } from '@crm/permissions';
import { pipelineGroups } from '../data/pipeline.repository';
import { buildPipelineBoard, type PricedTotal } from '../domain/pipeline-board';
import { optionalId } from '../domain/input-parsing';
import type { Resolvers } from '../generated/resolvers-types';
import type { SalesContext } from '../sales-context';

/** The board of the deals the caller may see: a rep's own, a manager's team's, or one owner's. */
async function pipeline(args: { currency: string; ownerId?: string | null }, context: SalesContext) {
  const currency = parseCurrency('currency', args.currency);
  const ownerId = optionalId('ownerId', args.ownerId);
  const ownerIds = readableOwnerIds(context.caller, 'opportunity:read', ownerId);
  return buildPipelineBoard(currency, await pipelineGroups(context.dataSource, currency, ownerIds));
}

const money = (amount: string, currency: string) => ({ amount, currency });

/** A column's and the total's sums as Money of the board's currency. */
const columnMoney = {
  amount: (sums: PricedTotal) => money(sums.amount, sums.currency),
  weightedAmount: (sums: PricedTotal) => money(sums.weightedAmount, sums.currency),
};

export const pipelineResolvers: Resolvers = {
  Query: {
    pipeline: guard('opportunity:read', (_, args, context) => pipeline(args, context)),
  },
  PipelineBoard: {
    stages: (board) => board.stages.map((column) => ({ ...column, currency: board.currency })),
    total: (board) => ({ ...board.total, currency: board.currency }),
  },
  PipelineColumn: columnMoney,
  PipelineTotal: columnMoney,
};
