import type { Resolvers } from '../generated/resolvers-types';
import type { CustomerContext } from '../customer-context';
import { canReadPii, guard, maskPii } from '@crm/permissions';

/** A customer's personal profile fields, as the caller may see them (masked without PII rights). */
const masked = <T>(context: CustomerContext, value: T, mask: (value: T) => T): T =>
  canReadPii(context.caller) ? value : mask(value);

export const customerProfileResolvers: Resolvers = {
  Customer: {
    emails: guard('customer:read', (customer, _, context) =>
      masked(context, customer.emails ?? [], (list) =>
        list.map((entry) => ({ ...entry, address: maskPii(entry.address)! })),
      ),
    ),
    phones: guard('customer:read', (customer, _, context) =>
      masked(context, customer.phones ?? [], (list) =>
        list.map((entry) => ({ ...entry, number: maskPii(entry.number)! })),
      ),
    ),
    addresses: guard('customer:read', (customer, _, context) =>
      masked(context, customer.addresses ?? [], (list) =>
        list.map((entry) => ({
          ...entry,
          street: maskPii(entry.street)!,
          city: maskPii(entry.city)!,
          postalCode: maskPii(entry.postalCode),
        })),
      ),
    ),
    birthDate: guard('customer:read', (customer, _, context) =>
      masked(context, customer.birthDate ?? null, maskPii),
    ),
    // An enum cannot carry the mask: without PII rights the gender is simply not shown.
    gender: guard('customer:read', (customer, _, context) =>
      masked(context, customer.gender ?? null, () => null),
    ),
  },
};
