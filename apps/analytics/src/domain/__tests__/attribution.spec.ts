import { attributeRevenue, creditedCampaign, type ConvertedLead } from '../attribution';
import { returnOnInvestment } from '../attribution-roi';

const at = (iso: string) => new Date(`${iso}T12:00:00.000Z`);

// Customer C came through a webinar lead (Jan 1) and later a trade-show lead (Mar 1); D only through the show.
const leads: ConvertedLead[] = [
  {
    leadId: 'l1',
    campaignId: 'webinar',
    customerId: 'C',
    createdAt: at('2026-01-01'),
    convertedAt: at('2026-01-10'),
  },
  {
    leadId: 'l2',
    campaignId: 'show',
    customerId: 'C',
    createdAt: at('2026-03-01'),
    convertedAt: at('2026-03-05'),
  },
  {
    leadId: 'l3',
    campaignId: 'show',
    customerId: 'D',
    createdAt: at('2026-03-02'),
    convertedAt: at('2026-03-03'),
  },
];
const payments = [
  { customerId: 'C', amount: '100.10', receivedAt: at('2026-02-01') }, // only the webinar lead touches it
  { customerId: 'C', amount: '200', receivedAt: at('2026-04-01') }, // both touch it
  { customerId: 'D', amount: '50.05', receivedAt: at('2026-03-10') },
  { customerId: 'D', amount: '999', receivedAt: at('2026-07-01') }, // 120 days after: outside a 90-day window
  { customerId: 'E', amount: '70', receivedAt: at('2026-03-10') }, // no lead
];

describe('campaign attribution', () => {
  it('credits the first-created touching lead under first touch', () => {
    expect(Object.fromEntries(attributeRevenue(leads, payments, 'FIRST_TOUCH', 90))).toEqual({
      webinar: '300.1',
      show: '50.05',
    });
  });

  it('credits the last-created touching lead under last touch', () => {
    expect(Object.fromEntries(attributeRevenue(leads, payments, 'LAST_TOUCH', 90))).toEqual({
      webinar: '100.1',
      show: '250.05',
    });
  });

  it('counts payments from the conversion to the end of the window only', () => {
    expect(creditedCampaign(leads, payments[3], 'LAST_TOUCH', 119)).toBeNull();
    expect(creditedCampaign(leads, payments[3], 'LAST_TOUCH', 120)).toBe('show');
    expect(
      creditedCampaign(
        leads,
        { customerId: 'C', amount: '1', receivedAt: at('2026-01-09') },
        'FIRST_TOUCH',
        90,
      ),
    ).toBeNull();
  });
});

describe('campaign ROI', () => {
  it('is (revenue − cost) / cost to 4 decimals', () => {
    expect(returnOnInvestment('300.1', '120')).toBe('1.5008'); // 180.1 / 120 = 1.500833…
    expect(returnOnInvestment('50.05', '100')).toBe('-0.4995');
    expect(returnOnInvestment('0', '80')).toBe('-1');
  });

  it('has none without cost', () => {
    expect(returnOnInvestment('10', '0')).toBeNull();
  });
});
