import { badUserInput } from '@crm/errors';
import { assertNotErased } from './customer-erasure';

/** What logging a record needs to know of the customer it is about. */
export interface InteractionCustomer {
  id: string;
  mergedIntoId: string | null;
  erasedAt: Date | null;
}

/**
 * A merged customer lives on in its survivor, so records go there; an erased one takes none
 * (CONFLICT: its personal data must not grow back).
 */
export function assertAcceptsInteractions(customer: InteractionCustomer, field: string): void {
  if (customer.mergedIntoId)
    throw badUserInput(
      field,
      `customer ${customer.id} was merged into ${customer.mergedIntoId}; log the interaction there`,
    );
  assertNotErased(customer);
}

/**
 * Every contact who took part must be one of the customer's own.
 * @param customerOfContact the customer of each contact found; a missing id is an unknown contact.
 */
export function assertContactsOfCustomer(
  contactIds: string[],
  customerOfContact: ReadonlyMap<string, string>,
  customerId: string,
  field: string,
): void {
  contactIds.forEach((contactId, i) => {
    const owner = customerOfContact.get(contactId);
    if (owner !== customerId)
      throw badUserInput(
        `${field}.${i}`,
        owner === undefined
          ? `contact ${contactId} does not exist`
          : `contact ${contactId} belongs to another customer, not to ${customerId}`,
      );
  });
}
