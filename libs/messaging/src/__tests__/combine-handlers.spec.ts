import type { EntityManager } from 'typeorm';
import type { AnyCloudEvent } from '@crm/events';
import { combineHandlers } from '../combine-handlers';
import type { HandlerOf } from '../event-handler';

const CREATED = 'crm.customer.customer.created';
const MERGED = 'crm.customer.customer.merged';

describe('combineHandlers', () => {
  it('runs every handler of a type in order and keeps single ones as they are', async () => {
    const calls: string[] = [];
    const handler = (name: string) => async () => {
      calls.push(name);
    };
    const onlyMerged = handler('merged');
    const combined = combineHandlers(
      { [CREATED]: handler('facts') },
      { [CREATED]: handler('timeline'), [MERGED]: onlyMerged },
    );
    const event = { type: CREATED } as AnyCloudEvent;
    await (combined[CREATED] as HandlerOf)(event, {} as EntityManager);
    expect(calls).toEqual(['facts', 'timeline']);
    expect(combined[MERGED]).toBe(onlyMerged);
  });

  it('stops at the first failing handler, so the whole event is retried', async () => {
    const later = jest.fn();
    const combined = combineHandlers(
      {
        [CREATED]: async () => {
          throw new Error('boom');
        },
      },
      { [CREATED]: later },
    );
    await expect(
      (combined[CREATED] as HandlerOf)({ type: CREATED } as AnyCloudEvent, {} as EntityManager),
    ).rejects.toThrow('boom');
    expect(later).not.toHaveBeenCalled();
  });
});
