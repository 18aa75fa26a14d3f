import type { EntityManager } from 'typeorm';
import { SurveyResponse } from './survey-response.entity';

export function lockResponsesOfCustomer(
  manager: EntityManager,
  customerId: string,
): Promise<SurveyResponse[]> {
  return manager.find(SurveyResponse, {
    where: { customerId },
    order: { id: 'ASC' },
    lock: { mode: 'pessimistic_write' },
  });
}

/** Responses still filed under customers merged into `survivorId`, locked for the change. */
export function lockResponsesOfCustomersMergedInto(
  manager: EntityManager,
  survivorId: string,
): Promise<SurveyResponse[]> {
  return manager
    .getRepository(SurveyResponse)
    .createQueryBuilder('response')
    .where('response.customer_id IN (SELECT id FROM known_customers WHERE merged_into_id = :survivorId)', {
      survivorId,
    })
    .orderBy('response.id')
    .setLock('pessimistic_write')
    .getMany();
}
