import { In, type DataSource } from 'typeorm';
import { isUuid } from '@crm/db';
import { Opportunity } from './opportunity.entity';

/** A reference with a malformed id finds nothing instead of failing the whole batch. */
export function findOpportunitiesByIds(dataSource: DataSource, ids: string[]): Promise<Opportunity[]> {
  return dataSource.getRepository(Opportunity).findBy({ id: In(ids.filter(isUuid)) });
}
