import { CrmError } from '@crm/errors';
import { parseQueueRule, parseTicketFilter, parseTicketMove } from '../ticket-requests';

const ticketId = '0194C1D0-0000-7000-8000-000000000001';

const fieldsOf = (parse: () => unknown) => {
  try {
    parse();
  } catch (error) {
    return (error as CrmError).problems.map((problem) => problem.field);
  }
  return [];
};

describe('ticket requests', () => {
  it('normalises a move: lower-cased id, trimmed texts, empty text as none', () => {
    expect(parseTicketMove({ ticketId, to: 'RESOLVED', resolution: ' Fixed ', reason: ' ' })).toEqual({
      ticketId: ticketId.toLowerCase(),
      to: 'RESOLVED',
      reason: null,
      resolution: 'Fixed',
      rootCause: null,
      correctiveAction: null,
    });
  });

  it('reports every invalid field of a move at once', () => {
    expect(fieldsOf(() => parseTicketMove({ ticketId: 'x', to: 'DONE', version: 0 }))).toEqual([
      'input.ticketId',
      'input.to',
      'input.version',
    ]);
  });

  it('turns category agents into a map and refuses unknown categories', () => {
    const agentId = '0194c1d0-0000-7000-8000-00000000a1e5';
    expect(
      parseQueueRule({
        queueId: ticketId,
        kind: 'CATEGORY',
        categoryAgents: [{ category: 'COMPLAINT', agentId }],
      }),
    ).toMatchObject({ kind: 'CATEGORY', categoryAgents: { COMPLAINT: agentId } });
    expect(
      fieldsOf(() =>
        parseQueueRule({ queueId: ticketId, categoryAgents: [{ category: 'PRAISE', agentId }] }),
      ),
    ).toEqual(['input.categoryAgents.0.category']);
  });

  it('takes no filter as an empty one and names a bad filter field', () => {
    expect(parseTicketFilter(null)).toEqual({});
    expect(fieldsOf(() => parseTicketFilter({ status: 'OPEN' }))).toEqual(['filter.status']);
  });
});
