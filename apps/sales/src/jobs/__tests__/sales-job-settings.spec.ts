import { salesJobSettings } from '../sales-job-settings';

describe('salesJobSettings', () => {
  it('runs reminders every minute and the date rules every quarter hour by default', () => {
    expect(salesJobSettings({})).toEqual({
      crons: {
        activityReminders: '* * * * *',
        contractRenewalReminders: '*/15 * * * *',
        contractExpiry: '*/15 * * * *',
        quoteExpiry: '*/15 * * * *',
        orderOverdue: '*/15 * * * *',
      },
      pollIntervalMs: 1000,
    });
  });

  it('takes each schedule from its variable', () => {
    const settings = salesJobSettings({ SALES_QUOTE_EXPIRY_CRON: '5 0 * * *', JOB_POLL_INTERVAL_MS: '500' });
    expect(settings.crons.quoteExpiry).toBe('5 0 * * *');
    expect(settings.pollIntervalMs).toBe(500);
  });

  it('stops on a bad value, naming the variable', () => {
    expect(() => salesJobSettings({ SALES_ORDER_OVERDUE_CRON: 'hourly' })).toThrow(
      /^SALES_ORDER_OVERDUE_CRON: not a cron expression \(got "hourly"\)/,
    );
    expect(() => salesJobSettings({ JOB_POLL_INTERVAL_MS: '100' })).toThrow(/^JOB_POLL_INTERVAL_MS: /);
  });
});
