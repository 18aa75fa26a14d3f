import { CrmError } from '@crm/errors';
import { parseNewTicket, ticketToOpen } from '../new-ticket';

const valid = { customerId: '0194C1D0-0000-7000-8000-000000000001', subject: '  Cannot log in  ' };

describe('parseNewTicket', () => {
  it('normalises a valid ticket and defaults the priority to NORMAL', () => {
    expect(parseNewTicket(valid)).toEqual({
      customerId: '0194c1d0-0000-7000-8000-000000000001',
      queueId: null,
      subject: 'Cannot log in',
      description: null,
      priority: 'NORMAL',
      source: 'MANUAL',
      category: 'QUESTION',
      severity: null,
      requesterContactId: null,
      requesterEmail: null,
      requesterName: null,
      sourceMessageId: null,
    });
  });

  it('keeps where it came from, who asked and the mail it came with', () => {
    expect(
      parseNewTicket({
        ...valid,
        source: 'EMAIL',
        category: 'INCIDENT',
        requesterEmail: 'Jane@Example.com',
        requesterName: ' Jane ',
        sourceMessageId: '<a1@mail.example.com>',
      }),
    ).toMatchObject({
      source: 'EMAIL',
      category: 'INCIDENT',
      requesterEmail: 'jane@example.com',
      requesterName: 'Jane',
      sourceMessageId: '<a1@mail.example.com>',
    });
  });

  it('takes a complaint with its severity', () => {
    expect(parseNewTicket({ ...valid, category: 'COMPLAINT', severity: 'MAJOR' })).toMatchObject({
      category: 'COMPLAINT',
      severity: 'MAJOR',
    });
  });

  it('keeps a description and a chosen priority', () => {
    expect(parseNewTicket({ ...valid, description: ' Error 500 ', priority: 'URGENT' })).toMatchObject({
      description: 'Error 500',
      priority: 'URGENT',
    });
  });

  it('keeps a chosen queue, lower-cased', () => {
    expect(parseNewTicket({ ...valid, queueId: '0194C1D0-0000-7000-8000-0000000000F1' })).toMatchObject({
      queueId: '0194c1d0-0000-7000-8000-0000000000f1',
    });
  });

  it.each([
    [{ customerId: 'acme' }, 'input.customerId'],
    [{ queueId: 'first-line' }, 'input.queueId'],
    [{ subject: '' }, 'input.subject'],
    [{ subject: 'x'.repeat(201) }, 'input.subject'],
    [{ description: 'x'.repeat(10_001) }, 'input.description'],
    [{ priority: 'CRITICAL' }, 'input.priority'],
    [{ source: 'FAX' }, 'input.source'],
    [{ category: 'PRAISE' }, 'input.category'],
    [{ category: 'COMPLAINT' }, 'input.severity'],
    [{ category: 'QUESTION', severity: 'MINOR' }, 'input.severity'],
    [{ requesterEmail: 'jane' }, 'input.requesterEmail'],
    [{ requesterContactId: 'jane' }, 'input.requesterContactId'],
  ])('refuses %j on %s', (change, field) => {
    expect.assertions(2);
    try {
      parseNewTicket({ ...valid, ...change });
    } catch (error) {
      expect(error).toBeInstanceOf(CrmError);
      expect((error as CrmError).field).toBe(field);
    }
  });

  it('opens a ticket as NEW at version 1', () => {
    const now = new Date('2026-12-03T10:00:00.000Z');
    expect(ticketToOpen(parseNewTicket(valid), 'id', now)).toEqual({
      ...parseNewTicket(valid),
      id: 'id',
      status: 'NEW',
      assigneeId: null,
      firstRespondedAt: null,
      resolvedAt: null,
      closedAt: null,
      resolution: null,
      mergedIntoId: null,
      rootCause: null,
      correctiveAction: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
  });
});
