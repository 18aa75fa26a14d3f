import { CrmError } from '@crm/errors';
import { parseActivityChanges, parseNewActivity } from '../new-activity';

const CUSTOMER = '0194c1d0-0000-7000-8000-000000000001';
const DEAL = '0194c1d0-0000-7000-8000-000000000002';
const valid = { type: 'CALL', subject: 'Intro call', dueAt: '2026-12-01T10:00:00Z', customerId: CUSTOMER };

const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as CrmError).field;
  }
  return null;
};

describe('parseNewActivity', () => {
  it('links the activity to its one record and takes Dates or ISO strings', () => {
    expect(parseNewActivity({ ...valid, remindAt: new Date('2026-12-01T09:45:00Z') })).toMatchObject({
      type: 'CALL',
      subject: 'Intro call',
      dueAt: new Date('2026-12-01T10:00:00Z'),
      remindAt: new Date('2026-12-01T09:45:00Z'),
      link: { kind: 'customer', customerId: CUSTOMER },
      notes: null,
      ownerId: null,
    });
  });

  it.each([
    [{ customerId: undefined }, 'input.customerId'],
    [{ opportunityId: DEAL }, 'input.opportunityId'],
    [{ type: 'EMAIL' }, 'input.type'],
    [{ subject: '' }, 'input.subject'],
    [{ dueAt: 'tomorrow' }, 'input.dueAt'],
    [{ remindAt: '2026-12-01T10:00:01Z' }, 'input.remindAt'],
    [{ customerId: 'acme' }, 'input.customerId'],
  ])('refuses %j on %s', (change, field) => {
    expect(fieldOf(() => parseNewActivity({ ...valid, ...change }))).toBe(field);
  });
});

describe('parseActivityChanges', () => {
  const current = { dueAt: new Date('2026-12-01T10:00:00Z'), remindAt: new Date('2026-12-01T09:00:00Z') };

  it('checks the reminder against the due time as it will be', () => {
    expect(parseActivityChanges({ dueAt: '2026-12-02T10:00:00Z' }, current)).toEqual({
      dueAt: new Date('2026-12-02T10:00:00Z'),
    });
    expect(fieldOf(() => parseActivityChanges({ dueAt: '2026-12-01T08:00:00Z' }, current))).toBe(
      'input.remindAt',
    );
    expect(parseActivityChanges({ dueAt: '2026-12-01T08:00:00Z', remindAt: null }, current)).toEqual({
      dueAt: new Date('2026-12-01T08:00:00Z'),
      remindAt: null,
    });
  });
});
