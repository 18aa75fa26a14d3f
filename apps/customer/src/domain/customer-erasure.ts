import { conflict } from '@crm/errors';

/** What an erased customer's name becomes (GDPR Art. 17): the row, its id and its history stay. */
export const ERASED_CUSTOMER_NAME = 'Erased customer';
export const ERASED_CONTACT_NAME = { firstName: 'Erased', lastName: 'contact' };
export const ERASED_NOTE_BODY = '[erased]';

/** Personal data of an erased customer is gone for good: nothing may be written to it again. */
export function assertNotErased(customer: { id: string; erasedAt: Date | null }): void {
  if (customer.erasedAt)
    throw conflict(
      `Customer ${customer.id} was erased on ${customer.erasedAt.toISOString()} (GDPR); it can no longer be changed`,
    );
}
