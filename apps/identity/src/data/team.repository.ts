import { In, type DataSource } from 'typeorm';
import { isUuid } from '@crm/db';
import { conflict } from '@crm/errors';
import { paginate, type Connection, type PageRequest } from '@crm/subgraph-kit';
import { Team } from './team.entity';
import { isUniqueViolation } from './unique-violation';

/** A failed insert as the API error: CONFLICT when another team already has the name (lower-cased). */
export function asTeamNameConflict(error: unknown, name: string): unknown {
  return isUniqueViolation(error, 'teams_name_key')
    ? conflict(`A team named ${name} already exists; use another name`)
    : error;
}

/** A reference with a malformed id finds nothing instead of failing the whole batch. */
export function findTeamsByIds(dataSource: DataSource, ids: string[]): Promise<Team[]> {
  return dataSource.getRepository(Team).findBy({ id: In(ids.filter(isUuid)) });
}

/** Newest first, on the (created_at, id) index. */
export function listTeams(dataSource: DataSource, page: PageRequest): Promise<Connection<Team>> {
  return paginate(
    dataSource.getRepository(Team).createQueryBuilder('team'),
    {
      columns: ['team.created_at', 'team.id'],
      direction: 'DESC',
      valuesOf: (team) => [team.createdAt.toISOString(), team.id],
    },
    page,
  );
}
