import { In, type DataSource } from 'typeorm';
import { Opportunity } from './opportunity.entity';

export function findOpportunitiesByIds(dataSource: DataSource, ids: string[]): Promise<Opportunity[]> {
  return dataSource.getRepository(Opportunity).findBy({ id: In(ids) });
}
