import { GraphQLDateTimeISO } from 'graphql-scalars';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { guard, requireScope, visibleOwnerIds } from '@crm/permissions';
import { paginate, parseId, type PageRequest, type RequestContext } from '@crm/subgraph-kit';
import { AuditEntry } from '../data/audit-entry.entity';
import type { AnalyticsLoaders } from '../analytics-loaders';

type Context = RequestContext<AnalyticsLoaders>;

interface AuditTrailArgs extends PageRequest {
  entityType: string;
  entityId: string;
}

/** Newest first; a manager with team scope sees the changes made by their team. */
function auditTrail({ entityType, entityId, first, after }: AuditTrailArgs, context: Context) {
  const actors = visibleOwnerIds(context.caller, requireScope(context.caller, 'audit:read'));
  const query = context.dataSource
    .getRepository(AuditEntry)
    .createQueryBuilder('entry')
    .where('entry.entity_type = :entityType AND entry.entity_id = :entityId', {
      entityType,
      entityId: parseId('entityId', entityId),
    });
  if (actors) query.andWhere('entry.actor_id IN (:...actors)', { actors });
  return paginate(
    query,
    {
      columns: ['entry.occurred_at', 'entry.id'],
      keys: ['timestamp', 'uuid'],
      direction: 'DESC',
      valuesOf: (entry) => [entry.occurredAt.toISOString(), entry.id],
    },
    { first, after },
  );
}

export const auditResolvers: GraphQLResolverMap<Context> = {
  DateTime: GraphQLDateTimeISO,
  Query: {
    auditTrail: guard('audit:read', (_: unknown, args: AuditTrailArgs, context: Context) =>
      auditTrail(args, context),
    ),
  },
  AuditEntry: {
    actor: (entry: AuditEntry) => ({ __typename: 'User', id: entry.actorId }),
  },
};
