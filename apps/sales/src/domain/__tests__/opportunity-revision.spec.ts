import { changedDealFields, snapshotMoved } from '../opportunity-revision';

const deal = {
  stage: 'PROPOSAL' as const,
  probability: 60,
  amount: '100',
  currency: 'EUR',
  name: 'Fleet',
  expectedCloseDate: null,
  ownerId: 'u1',
  competitors: ['Acme'],
};

describe('a revision of a deal', () => {
  it('names the detail fields that changed, comparing lists by value', () => {
    expect(changedDealFields(deal, { ...deal, competitors: ['Acme'] })).toEqual([]);
    expect(changedDealFields(deal, { ...deal, amount: '120', competitors: ['Acme', 'Globex'] })).toEqual([
      'amount',
      'competitors',
    ]);
  });

  it('moves the forecast snapshot only with stage, probability, amount or currency', () => {
    expect(snapshotMoved(deal, { ...deal, amount: '100' })).toBe(false);
    expect(snapshotMoved(deal, { ...deal, probability: 70 })).toBe(true);
    expect(snapshotMoved(deal, { ...deal, stage: 'NEGOTIATION' })).toBe(true);
  });
});
