import { GraphQLDateTimeISO } from 'graphql-scalars';
import { guard, requireScope, visibleOwnerIds } from '@crm/permissions';
import { paginate, parseId } from '@crm/subgraph-kit';
import type { AnalyticsContext } from '../analytics-context';
import { AuditEntry } from '../data/audit-entry.entity';
import type { QueryAuditTrailArgs, Resolvers } from '../generated/resolvers-types';

/** Newest first; a manager with team scope sees the changes made by their team. */
function auditTrail({ entityType, entityId, first, after }: QueryAuditTrailArgs, context: AnalyticsContext) {
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

export const auditResolvers: Resolvers = {
  DateTime: GraphQLDateTimeISO,
  Query: {
    auditTrail: guard('audit:read', (_, args, context) => auditTrail(args, context)),
  },
  AuditEntry: {
    actor: (entry) => ({ id: entry.actorId }),
  },
};
