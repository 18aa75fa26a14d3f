import { ticketReopenWindowDays } from '../ticket-settings';

describe('ticketReopenWindowDays', () => {
  it('defaults to 7 days', () => {
    expect(ticketReopenWindowDays({})).toBe(7);
    expect(ticketReopenWindowDays({ TICKET_REOPEN_WINDOW_DAYS: '' })).toBe(7);
  });

  it('reads whole days from the environment', () => {
    expect(ticketReopenWindowDays({ TICKET_REOPEN_WINDOW_DAYS: '14' })).toBe(14);
    expect(ticketReopenWindowDays({ TICKET_REOPEN_WINDOW_DAYS: '0' })).toBe(0);
  });

  it.each(['-1', '366', '2.5', 'week'])('refuses %s, naming the variable', (value) => {
    expect(() => ticketReopenWindowDays({ TICKET_REOPEN_WINDOW_DAYS: value })).toThrow(
      /TICKET_REOPEN_WINDOW_DAYS/,
    );
  });
});
