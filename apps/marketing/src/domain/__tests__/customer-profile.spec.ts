import {
  applyAttributes,
  applyOrder,
  applyPayment,
  emptyProfile,
  eraseProfile,
  foldIntoSurvivor,
  hasConsent,
} from '../customer-profile';

const ID = '01950c8a-3f1e-7a2b-8c4d-5e6f7a8b9c0d';
const T1 = '2026-01-01T10:00:00.000Z';
const T2 = '2026-01-02T10:00:00.000Z';

describe('customer projection', () => {
  it('keeps the newest fact per attribute, whatever order the events arrive in', () => {
    const inOrder = applyAttributes(applyAttributes(emptyProfile(ID), { tier: 'C' }, T1), { tier: 'A' }, T2);
    const late = applyAttributes(applyAttributes(emptyProfile(ID), { tier: 'A' }, T2), { tier: 'C' }, T1);
    expect(inOrder.tier).toBe('A');
    expect(late.tier).toBe('A');
    expect(late.stamps.tier).toBe(T2);
  });

  it('judges each attribute by its own time: an old update of one field does not block another', () => {
    const profile = applyAttributes(emptyProfile(ID), { region: 'EMEA' }, T2);
    const next = applyAttributes(profile, { industry: 'RETAIL', region: 'APAC' }, T1);
    expect(next).toMatchObject({ region: 'EMEA', industry: 'RETAIL' });
  });

  it('lets the latest consent decision per channel win by its time', () => {
    let profile = applyAttributes(emptyProfile(ID), { emailConsent: false }, T2);
    profile = applyAttributes(profile, { emailConsent: true, smsConsent: true }, T1);
    expect(hasConsent(profile, 'EMAIL')).toBe(false);
    expect(hasConsent(profile, 'SMS')).toBe(true);
    expect(hasConsent(profile, 'PHONE')).toBe(false);
    expect(hasConsent(null, 'EMAIL')).toBe(false);
  });

  it('adds payments per currency exactly and counts orders, the last order date never going back', () => {
    let profile = applyPayment(emptyProfile(ID), '0.1', 'EUR');
    profile = applyPayment(profile, '0.2', 'EUR');
    profile = applyPayment(profile, '100', 'USD');
    profile = applyOrder(profile, new Date(T2));
    profile = applyOrder(profile, new Date(T1));
    expect(profile.revenue).toEqual({ EUR: '0.3', USD: '100' });
    expect(profile).toMatchObject({ orderCount: 2, lastOrderAt: new Date(T2) });
  });

  it('erases the address and every consent, and keeps them out afterwards', () => {
    let profile = applyAttributes(
      emptyProfile(ID),
      { email: 'a@example.com', emailConsent: true, tier: 'A' },
      T1,
    );
    profile = eraseProfile(applyPayment(profile, '10', 'EUR'), T2);
    profile = applyAttributes(
      profile,
      { email: 'b@example.com', emailConsent: true },
      '2026-02-01T00:00:00.000Z',
    );
    expect(profile).toMatchObject({
      email: null,
      emailConsent: false,
      smsConsent: false,
      erased: true,
      tier: 'A',
    });
    expect(profile.revenue).toEqual({ EUR: '10' });
  });

  it("folds the duplicates' orders and revenue into the survivor, keeping its own attributes", () => {
    const survivor = applyOrder(
      applyPayment(applyAttributes(emptyProfile(ID), { tier: 'B' }, T1), '5', 'EUR'),
      new Date(T1),
    );
    const duplicate = applyOrder(
      applyPayment(applyAttributes(emptyProfile('x'), { tier: 'A' }, T2), '7.25', 'EUR'),
      new Date(T2),
    );
    expect(foldIntoSurvivor(survivor, [duplicate])).toMatchObject({
      customerId: ID,
      tier: 'B',
      revenue: { EUR: '12.25' },
      orderCount: 2,
      lastOrderAt: new Date(T2),
    });
  });
});
