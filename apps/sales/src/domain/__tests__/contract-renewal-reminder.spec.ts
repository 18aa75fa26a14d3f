import { isDueForRenewal, isRenewalReminderToSend } from '../contract-renewal-reminder';

const contract = {
  status: 'ACTIVE' as const,
  renewalDate: '2030-03-31',
  renewalReminderOn: '2030-03-01',
  renewalReminderSentFor: null,
};

describe('contract renewal reminder', () => {
  it('falls due on the reminder day and stays due until the renewal date', () => {
    expect(isRenewalReminderToSend(contract, '2030-02-28')).toBe(false);
    expect(isRenewalReminderToSend(contract, '2030-03-01')).toBe(true);
    expect(isRenewalReminderToSend(contract, '2030-03-31')).toBe(true);
    expect(isRenewalReminderToSend(contract, '2030-04-01')).toBe(false);
  });

  it('goes out once per renewal date; a renewal to a later date arms it again', () => {
    const sent = { ...contract, renewalReminderSentFor: '2030-03-31' };
    expect(isRenewalReminderToSend(sent, '2030-03-02')).toBe(false);
    const renewed = { ...sent, renewalDate: '2031-03-31', renewalReminderOn: '2031-03-01' };
    expect(isRenewalReminderToSend(renewed, '2031-03-01')).toBe(true);
  });

  it('is only for contracts in force (SIGNED or ACTIVE)', () => {
    expect(isDueForRenewal({ ...contract, status: 'SIGNED' }, '2030-03-10')).toBe(true);
    for (const status of ['DRAFT', 'NEGOTIATION', 'EXPIRED', 'TERMINATED'] as const)
      expect(isDueForRenewal({ ...contract, status }, '2030-03-10')).toBe(false);
  });
});
