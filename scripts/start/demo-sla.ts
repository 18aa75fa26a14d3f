import type { Send } from './demo-client';

/** Office hours of the demo support desk; SLA time counts only then. */
const DEFAULT_CALENDAR = {
  name: 'Support office hours (Berlin)',
  timeZone: 'Europe/Berlin',
  weeklyHours: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((day) => ({
    day,
    start: '09:00',
    end: '18:00',
  })),
  holidays: ['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-31', '2027-01-01'],
};

/** Targets in business minutes per priority, and faster ones for tier A customers. */
const POLICIES = [
  {
    priority: 'LOW',
    firstResponseMinutes: 480,
    resolutionMinutes: 4_800,
    escalationAction: 'RAISE_PRIORITY',
  },
  {
    priority: 'NORMAL',
    firstResponseMinutes: 240,
    resolutionMinutes: 2_400,
    escalationAction: 'RAISE_PRIORITY',
  },
  { priority: 'HIGH', firstResponseMinutes: 60, resolutionMinutes: 960, escalationAction: 'RAISE_PRIORITY' },
  {
    priority: 'URGENT',
    firstResponseMinutes: 30,
    resolutionMinutes: 480,
    escalationAction: 'REASSIGN_TO_QUEUE_MANAGER',
  },
  {
    priority: 'HIGH',
    customerTier: 'A',
    firstResponseMinutes: 30,
    resolutionMinutes: 480,
    escalationAction: 'RAISE_PRIORITY',
  },
  {
    priority: 'URGENT',
    customerTier: 'A',
    firstResponseMinutes: 15,
    resolutionMinutes: 240,
    warningShare: 0.5,
    escalationAction: 'REASSIGN_TO_QUEUE_MANAGER',
  },
];

/** The default business calendar and the SLA policies of the demo support desk. */
export async function loadDemoSla(send: Send, log: (message: string) => void): Promise<void> {
  log('loading demo SLA: office hours in Berlin with holidays, policies per priority and for tier A');
  await send('mutation ($input: BusinessCalendarInput!) { createBusinessCalendar(input: $input) { id } }', {
    input: DEFAULT_CALENDAR,
  });
  for (const policy of POLICIES) {
    const name = `${policy.priority}${policy.customerTier ? ` (tier ${policy.customerTier})` : ''}`;
    await send('mutation ($input: SlaPolicyInput!) { createSlaPolicy(input: $input) { id } }', {
      input: { name, ...policy },
    });
  }
}
