import { In, type DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '@crm/db';
import type { SurveyStatus } from '../domain/survey-status';
import { Survey } from './survey.entity';

export function findSurveysByIds(dataSource: DataSource, ids: string[]): Promise<Survey[]> {
  return dataSource.getRepository(Survey).findBy({ id: In(ids.filter(isUuid)) });
}

/** Surveys are few (a handful per queue): the list is whole, active first, newest first within a status. */
export function listSurveys(
  dataSource: DataSource,
  filter: { status: SurveyStatus | null; queueId: string | null },
): Promise<Survey[]> {
  const query = dataSource
    .getRepository(Survey)
    .createQueryBuilder('survey')
    .orderBy(`CASE survey.status WHEN 'ACTIVE' THEN 0 WHEN 'DRAFT' THEN 1 ELSE 2 END`)
    .addOrderBy('survey.created_at', 'DESC')
    .addOrderBy('survey.id', 'DESC');
  if (filter.status) query.andWhere('survey.status = :status', { status: filter.status });
  if (filter.queueId) query.andWhere('survey.queue_id = :queueId', { queueId: filter.queueId });
  return query.getMany();
}

/** The active survey of exactly this queue (null: the default survey), locked for the change. */
export function lockActiveSurveyOf(manager: EntityManager, queueId: string | null): Promise<Survey | null> {
  const query = manager
    .getRepository(Survey)
    .createQueryBuilder('survey')
    .where(`survey.status = 'ACTIVE'`)
    .setLock('pessimistic_write');
  if (queueId) query.andWhere('survey.queue_id = :queueId', { queueId });
  else query.andWhere('survey.queue_id IS NULL');
  return query.getOne();
}

/** What a resolved ticket of `queueId` sends: the queue's active survey, else the active default. */
export function findSurveyForQueue(manager: EntityManager, queueId: string | null): Promise<Survey | null> {
  return manager
    .getRepository(Survey)
    .createQueryBuilder('survey')
    .where(`survey.status = 'ACTIVE'`)
    .andWhere('(survey.queue_id = :queueId OR survey.queue_id IS NULL)', { queueId })
    .orderBy('survey.queue_id IS NULL')
    .getOne();
}
