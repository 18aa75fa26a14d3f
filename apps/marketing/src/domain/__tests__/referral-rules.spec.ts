import {
  contactFingerprint,
  newReferralCode,
  normaliseReferralCode,
  referralRefusal,
} from '../referral-rules';

describe('referral codes', () => {
  it('are 10 characters without look-alikes, and differ', () => {
    const codes = new Set(Array.from({ length: 1000 }, newReferralCode));
    expect(codes.size).toBe(1000);
    for (const code of codes) expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTVWXYZ2-9]{10}$/);
  });

  it('are read with case and dashes ignored', () => {
    expect(normaliseReferralCode('k7pq-2mxz ab')).toBe('K7PQ2MXZAB');
  });
});

describe('referralRefusal', () => {
  const referrer = {
    customerId: 'c1',
    emailHash: contactFingerprint('email', 'Ana@Example.com'),
    phoneHash: contactFingerprint('phone', '+33 6 12 34 56 78'),
  };

  it('refuses a self-referral, then the same email, then the same phone', () => {
    expect(referralRefusal(referrer, { ...referrer })).toBe('SELF_REFERRAL');
    const sameEmail = {
      customerId: 'c2',
      emailHash: contactFingerprint('email', ' ana@example.COM'),
      phoneHash: null,
    };
    expect(referralRefusal(referrer, sameEmail)).toBe('SAME_EMAIL');
    const samePhone = {
      customerId: 'c2',
      emailHash: null,
      phoneHash: contactFingerprint('phone', '+33612345678'),
    };
    expect(referralRefusal(referrer, samePhone)).toBe('SAME_PHONE');
  });

  it('records a referral of someone else, and never matches unknown contacts', () => {
    const other = {
      customerId: 'c2',
      emailHash: contactFingerprint('email', 'bo@example.com'),
      phoneHash: contactFingerprint('phone', null),
    };
    expect(referralRefusal(referrer, other)).toBeNull();
    const unknown = { customerId: null, emailHash: null, phoneHash: null };
    expect(referralRefusal(unknown, { customerId: 'c3', emailHash: null, phoneHash: null })).toBeNull();
  });
});
