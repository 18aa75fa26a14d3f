import { convertsWithContact, customerNameOf } from '../lead-conversion';

describe('converting a lead', () => {
  it('names the customer after the company, else the person', () => {
    expect(customerNameOf({ companyName: 'Acme GmbH', firstName: 'Jana', lastName: 'Krüger' })).toBe(
      'Acme GmbH',
    );
    expect(customerNameOf({ companyName: null, firstName: 'Jana', lastName: 'Krüger' })).toBe('Jana Krüger');
    expect(customerNameOf({ companyName: 'x'.repeat(300), firstName: 'J', lastName: 'K' })).toHaveLength(200);
  });

  it('brings a contact only for a company lead', () => {
    expect(convertsWithContact({ companyName: 'Acme GmbH' })).toBe(true);
    expect(convertsWithContact({ companyName: null })).toBe(false);
  });
});
