import { In, type DataSource } from 'typeorm';
import { isUuid } from '@crm/db';
import { paginate, type Connection, type PageRequest } from '@crm/subgraph-kit';
import { LoyaltyCampaignBonus } from './loyalty-campaign-bonus.entity';
import { LoyaltyMember } from './loyalty-member.entity';
import { LoyaltyProgramme } from './loyalty-programme.entity';

/** A reference with a malformed id finds nothing instead of failing the whole batch. */
export function findLoyaltyProgrammesByIds(
  dataSource: DataSource,
  ids: string[],
): Promise<LoyaltyProgramme[]> {
  return dataSource.getRepository(LoyaltyProgramme).findBy({ id: In(ids.filter(isUuid)) });
}

/** The memberships of these customers, in one query (unique customer_id). */
export function findMembersOfCustomers(
  dataSource: DataSource,
  customerIds: string[],
): Promise<LoyaltyMember[]> {
  return dataSource.getRepository(LoyaltyMember).findBy({ customerId: In(customerIds.filter(isUuid)) });
}

/** Newest first (loyalty_programmes_created_at_id). */
export function listLoyaltyProgrammes(
  dataSource: DataSource,
  page: PageRequest,
): Promise<Connection<LoyaltyProgramme>> {
  return paginate(
    dataSource.getRepository(LoyaltyProgramme).createQueryBuilder('programme'),
    {
      columns: ['programme.created_at', 'programme.id'],
      keys: ['timestamp', 'uuid'],
      direction: 'DESC',
      valuesOf: (programme) => [programme.createdAt.toISOString(), programme.id],
    },
    page,
  );
}

/** The campaign bonuses of these programmes, oldest first (loyalty_campaign_bonuses_window). */
export function findCampaignBonusesOf(
  dataSource: DataSource,
  programmeIds: string[],
): Promise<LoyaltyCampaignBonus[]> {
  return dataSource.getRepository(LoyaltyCampaignBonus).find({
    where: { programmeId: In(programmeIds) },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
}
