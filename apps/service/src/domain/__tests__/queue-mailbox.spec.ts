import { CrmError } from '@crm/errors';
import { parseQueueMailboxSettings } from '../queue-mailbox';

const QUEUE = '01950c80-0000-7000-8000-0000000000A1';

describe('parseQueueMailboxSettings', () => {
  it('normalises ids and the address to lower case', () => {
    expect(parseQueueMailboxSettings({ queueId: QUEUE, address: ' Support@Example.COM ' })).toEqual({
      queueId: QUEUE.toLowerCase(),
      address: 'support@example.com',
      unknownRequesterCustomerId: null,
      version: null,
    });
  });

  it('reports every invalid field at once, by path', () => {
    let error: unknown;
    try {
      parseQueueMailboxSettings({
        queueId: 'q',
        address: 'not mail',
        unknownRequesterCustomerId: 'x',
        version: 0,
      });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(CrmError);
    expect((error as CrmError).problems.map((problem) => problem.field)).toEqual([
      'input.queueId',
      'input.address',
      'input.unknownRequesterCustomerId',
      'input.version',
    ]);
  });
});
