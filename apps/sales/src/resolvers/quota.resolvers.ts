import { parseAmount, parseCurrency } from '@crm/db';
import { forbidden } from '@crm/errors';
import { guard, readableOwnerIds, requireScope } from '@crm/permissions';
import { scopeOfRequest, type PageRequest } from '@crm/subgraph-kit';
import { setQuota } from '../changes/quota.changes';
import type { Quota } from '../data/quota.entity';
import { listQuotas } from '../data/quota.repository';
import { parseQuotaHolder, type QuotaHolder } from '../domain/quota-holder';
import { parseQuotaPeriod } from '../domain/quota-period';
import { optionalId } from '../domain/input-parsing';
import type { Resolvers } from '../generated/resolvers-types';
import type { SalesContext } from '../sales-context';

interface SetQuotaInput {
  userId?: string | null;
  teamId?: string | null;
  period: string;
  amount: string;
  currency: string;
}

interface QuotasArgs extends PageRequest {
  period?: string | null;
  userId?: string | null;
  teamId?: string | null;
}

/** Admins set anyone's targets; a manager those of their team and its members. */
function assertMaySet(context: SalesContext, holder: QuotaHolder): void {
  const owners = readableOwnerIds(context.caller, 'quota:write');
  if (owners === null) return;
  const ownTeam = context.caller.teamId?.toLowerCase() ?? null;
  const allowed = holder.userId ? owners.includes(holder.userId) : holder.teamId === ownTeam;
  if (!allowed) throw forbidden('You may only set the quotas of your team and its members');
}

function setQuotaOf(input: SetQuotaInput, context: SalesContext): Promise<Quota> {
  const holder = parseQuotaHolder(input);
  const period = parseQuotaPeriod(input.period);
  const target = {
    amount: parseAmount('input.amount', input.amount),
    currency: parseCurrency('input.currency', input.currency),
  };
  assertMaySet(context, holder);
  return setQuota(scopeOfRequest(context), { holder, period, target });
}

function quotas(args: QuotasArgs, context: SalesContext) {
  const scope = requireScope(context.caller, 'quota:read');
  const userId = optionalId('userId', args.userId);
  const teamId = optionalId('teamId', args.teamId);
  return listQuotas(
    context.dataSource,
    {
      period: args.period ? parseQuotaPeriod(args.period, 'period').code : null,
      userId,
      teamId,
      visibleUserIds: readableOwnerIds(context.caller, 'quota:read'),
      // A rep sees only their own targets; a manager also their team's.
      visibleTeamId: scope === 'team' ? (context.caller.teamId?.toLowerCase() ?? null) : null,
    },
    args,
  );
}

export const quotaResolvers: Resolvers = {
  Query: {
    quotas: guard('quota:read', (_, args, context) => quotas(args, context)),
  },
  Mutation: {
    setQuota: guard('quota:write', (_, { input }, context) => setQuotaOf(input, context)),
  },
  Quota: {
    user: (quota) => (quota.userId ? { __typename: 'User', id: quota.userId } : null),
    team: (quota) => (quota.teamId ? { __typename: 'Team', id: quota.teamId } : null),
    startsOn: (quota) => parseQuotaPeriod(quota.period).startsOn,
    endsOn: (quota) => parseQuotaPeriod(quota.period).endsOn,
    target: (quota) => ({ amount: quota.targetAmount, currency: quota.currency }),
  },
  User: {
    // Batched over every user of the response; another rep's targets are empty, not an error.
    quotas: guard('quota:read', async ({ id }, { period }, context) => {
      const visible = readableOwnerIds(context.caller, 'quota:read');
      const userId = id.toLowerCase();
      if (visible !== null && !visible.includes(userId)) return [];
      const code = period ? parseQuotaPeriod(period, 'period').code : null;
      const all = await context.loaders.quotasOfUser.load(userId);
      return code ? all.filter((quota) => quota.period === code) : all;
    }),
  },
};
