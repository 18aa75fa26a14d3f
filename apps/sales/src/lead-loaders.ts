import { In, type DataSource } from 'typeorm';
import { isUuid } from '@crm/db';
import { childrenPageLoader, loaderById, loaderByParent } from '@crm/subgraph-kit';
import { LeadFollowUp } from './data/lead-follow-up.entity';
import { Lead } from './data/lead.entity';
import { Quota } from './data/quota.entity';

/** Per-request loaders of leads and quotas: one query per batch of references or parents. */
export function createLeadLoaders(dataSource: DataSource) {
  return {
    leadById: loaderById((ids) => dataSource.getRepository(Lead).findBy({ id: In(ids.filter(isUuid)) })),
    followUpsOfLead: childrenPageLoader(dataSource, {
      entity: LeadFollowUp,
      parentColumn: 'lead_id',
      parentIdOf: (followUp) => followUp.leadId,
    }),
    quotasOfUser: loaderByParent(
      (userIds) =>
        dataSource
          .getRepository(Quota)
          .find({ where: { userId: In(userIds.filter(isUuid)) }, order: { period: 'DESC', id: 'DESC' } }),
      (quota) => quota.userId!,
    ),
  };
}
