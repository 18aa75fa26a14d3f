import { In, type DataSource } from 'typeorm';
import { isUuid } from '@crm/db';
import { childrenPageLoader, loaderById, loaderByParent } from '@crm/subgraph-kit';
import { Activity } from './data/activity.entity';
import { stageHistoryOf } from './data/opportunity.repository';

/** Loaders of activities and of deals' stage history: one query per list of parents. */
export function createActivityLoaders(dataSource: DataSource) {
  const activitiesOf = (parentColumn: string, parentIdOf: (activity: Activity) => string | null) =>
    childrenPageLoader(dataSource, {
      entity: Activity,
      parentColumn,
      parentIdOf: (activity) => parentIdOf(activity) ?? '',
      ownerColumn: 'owner_id',
    });
  return {
    activityById: loaderById((ids) =>
      dataSource.getRepository(Activity).findBy({ id: In(ids.filter(isUuid)) }),
    ),
    activitiesOfCustomer: activitiesOf('customer_id', (activity) => activity.customerId),
    activitiesOfOpportunity: activitiesOf('opportunity_id', (activity) => activity.opportunityId),
    stageHistoryOfOpportunity: loaderByParent(
      (ids) => stageHistoryOf(dataSource, ids.filter(isUuid)),
      (change) => change.opportunityId,
    ),
  };
}
