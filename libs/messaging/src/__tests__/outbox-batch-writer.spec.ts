import type { EntityManager } from 'typeorm';
import { buildEvent } from '@crm/events';
import { appendBatchToOutbox } from '../outbox-batch-writer';

const customerCreated = (name = 'Acme') => {
  const customerId = '01950c8a-3f1e-7a2b-8c4d-5e6f7a8b9c0d';
  return buildEvent('crm.customer.customer.created', {
    subject: customerId,
    actor: 'system',
    data: {
      customerId,
      kind: 'COMPANY',
      name,
      email: null,
      phone: null,
      ownerId: null,
      lifecycleStage: 'PROSPECT',
      createdAt: new Date().toISOString(),
    },
  });
};

const managerIn = (transaction: boolean) => {
  const query = jest.fn().mockResolvedValue([]);
  return {
    manager: { queryRunner: { isTransactionActive: transaction }, query } as unknown as EntityManager,
    query,
  };
};

describe('appendBatchToOutbox', () => {
  it('refuses to run outside the transaction of the change', async () => {
    const { manager, query } = managerIn(false);
    await expect(appendBatchToOutbox(manager, [customerCreated()])).rejects.toThrow(/inside the transaction/);
    expect(query).not.toHaveBeenCalled();
  });

  it('writes nothing for no events', async () => {
    const { manager, query } = managerIn(true);
    await appendBatchToOutbox(manager, []);
    expect(query).not.toHaveBeenCalled();
  });
});
