/**
 * Every sales table that points at a customer, declared once: customer.merged re-points these
 * columns to the survivor. known_customers itself is merged separately (its rows are the ids).
 * A new table holding a customer id adds one line here.
 */
export const CUSTOMER_REFERENCES: readonly { table: string; column: string }[] = [
  { table: 'opportunities', column: 'customer_id' },
  { table: 'activities', column: 'customer_id' },
  { table: 'quotes', column: 'customer_id' },
  { table: 'contracts', column: 'customer_id' },
  { table: 'orders', column: 'customer_id' },
  { table: 'payments', column: 'customer_id' },
  { table: 'leads', column: 'converted_customer_id' },
];

/**
 * Personal data sales copies about a customer, and what customer.erased overwrites it with (GDPR
 * Art. 17): ids, amounts and dates stay for the books. `customerColumn` finds the customer's rows.
 */
export const CUSTOMER_PERSONAL_DATA: readonly {
  table: string;
  customerColumn: string;
  erase: Record<string, string | null>;
}[] = [
  { table: 'known_customers', customerColumn: 'id', erase: { name: 'Erased customer' } },
  // Free text about a person's calls and meetings.
  { table: 'activities', customerColumn: 'customer_id', erase: { subject: 'Erased customer', notes: null } },
  // A remittance reference often carries the payer's name or account.
  { table: 'payments', customerColumn: 'customer_id', erase: { reference: null } },
  // The lead the customer was converted from is the same person; its score reasons quote the job title.
  {
    table: 'leads',
    customerColumn: 'converted_customer_id',
    erase: {
      first_name: 'Erased',
      last_name: 'customer',
      email: null,
      phone: null,
      job_title: null,
      score_breakdown: '[]',
    },
  },
];
