import { systemOrigin, topicOf } from '@crm/events';
import { Activity } from '../../data/activity.entity';
import { Contract } from '../../data/contract.entity';
import { Order } from '../../data/order.entity';
import { Quote } from '../../data/quote.entity';
import { activityReminderDue } from '../activity-reminder-due.event';
import { contractExpired } from '../contract-expired.event';
import { contractRenewalDue } from '../contract-renewal-due.event';
import { orderOverdue } from '../order-overdue.event';
import { quoteExpired } from '../quote-expired.event';

const OWNER = '01950c80-0000-7000-8000-00000000a11c';
const CUSTOMER = '01950c90-2222-7000-8000-000000000002';
const origin = systemOrigin('0194f1a2-0000-7000-8000-00000000f00d');
const now = new Date('2030-04-01T00:00:05.000Z');
const created = { createdAt: now, updatedAt: now, version: 3 };

const contract = Object.assign(new Contract(), {
  ...created,
  id: '01950c90-8888-7000-8000-000000000008',
  customerId: CUSTOMER,
  opportunityId: null,
  quoteId: null,
  ownerId: OWNER,
  status: 'EXPIRED',
  value: '45600',
  currency: 'EUR',
  startDate: '2029-04-01',
  endDate: '2030-03-31',
  renewalDate: '2030-03-31',
  renewalReminderDays: 30,
  renewalReminderOn: '2030-03-01',
  renewalReminderSentAt: null,
  renewalReminderSentFor: null,
});

/** Each builder validates against its catalogue schema (buildEvent throws otherwise) and keys by the aggregate. */
describe('the events of the sales time rules', () => {
  it('activity.reminder_due carries the activity and when it was found due', () => {
    const activity = Object.assign(new Activity(), {
      ...created,
      id: '01950c8d-0000-7000-8000-0000000000a1',
      type: 'CALL',
      subject: 'Follow up',
      notes: null,
      dueAt: new Date('2030-03-12T09:30:00Z'),
      remindAt: new Date('2030-03-12T09:15:00Z'),
      completedAt: null,
      reminderSentAt: null,
      reminderSentFor: null,
      ownerId: OWNER,
      customerId: CUSTOMER,
      leadId: null,
      opportunityId: null,
    });
    const event = activityReminderDue(activity, now, origin);
    expect(topicOf(event.type)).toBe('crm.sales.activity.v1');
    expect(event).toMatchObject({
      subject: activity.id,
      actor: 'system',
      correlationid: origin.correlationId,
      data: { remindAt: '2030-03-12T09:15:00.000Z', remindedAt: now.toISOString(), customerId: CUSTOMER },
    });
  });

  it('contract.renewal_due and contract.expired carry the dates that made them due', () => {
    const renewal = contractRenewalDue(contract, now, origin);
    expect(renewal.data).toMatchObject({ renewalDate: '2030-03-31', renewalReminderOn: '2030-03-01' });
    const expired = contractExpired(contract, now, origin);
    expect(expired.data).toEqual({
      contractId: contract.id,
      customerId: CUSTOMER,
      ownerId: OWNER,
      endDate: '2030-03-31',
      value: '45600.00',
      currency: 'EUR',
      expiredAt: now.toISOString(),
    });
    expect(topicOf(expired.type)).toBe('crm.sales.contract.v1');
  });

  it('quote.expired names the status the quote was left in', () => {
    const quote = Object.assign(new Quote(), {
      ...created,
      id: '01950c90-7777-7000-8000-000000000007',
      customerId: CUSTOMER,
      opportunityId: null,
      ownerId: OWNER,
      status: 'ISSUED' as const,
      currency: 'EUR',
      discountPercent: '0',
      subtotal: '100',
      discountTotal: '0',
      total: '100',
      validUntil: '2030-03-31',
      issuedAt: now,
      decidedAt: null,
    });
    expect(quoteExpired(quote, now, origin).data).toMatchObject({
      previousStatus: 'ISSUED',
      total: '100.00',
      validUntil: '2030-03-31',
    });
  });

  it('order.overdue carries the balance still owed', () => {
    const order = Object.assign(new Order(), {
      ...created,
      id: '01950c91-5555-7000-8000-000000000005',
      customerId: CUSTOMER,
      opportunityId: null,
      contractId: contract.id,
      ownerId: OWNER,
      status: 'PARTIALLY_PAID',
      total: '48000.0000',
      currency: 'EUR',
      paidAmount: '20000.5000',
      dueDate: '2030-03-31',
      placedAt: now,
      overdueNotifiedAt: null,
    });
    expect(orderOverdue(order, now, origin).data).toMatchObject({
      total: '48000.00',
      outstandingBalance: '27999.50',
      overdueAt: now.toISOString(),
    });
  });
});
