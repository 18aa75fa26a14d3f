import type { DataSource } from 'typeorm';
import { childrenPageLoader, loaderById, loaderByParent } from '@crm/subgraph-kit';
import { ConsentChange } from './data/consent-change.entity';
import { consentsOfCustomers } from './data/consent.repository';
import { Contact } from './data/contact.entity';
import { findContactsByIds } from './data/contact.repository';
import { CustomerNote } from './data/customer-note.entity';
import { tagsOfCustomers } from './data/tag.repository';

/** Per-request loaders of what hangs off a customer's profile: one query per field for a whole page. */
export function createProfileLoaders(dataSource: DataSource) {
  return {
    contactById: loaderById((ids) => findContactsByIds(dataSource, ids)),
    contactsOfCustomer: childrenPageLoader(dataSource, {
      entity: Contact,
      parentColumn: 'customer_id',
      parentIdOf: (contact) => contact.customerId,
    }),
    notesOfCustomer: childrenPageLoader(dataSource, {
      entity: CustomerNote,
      parentColumn: 'customer_id',
      parentIdOf: (note) => note.customerId,
    }),
    consentHistoryOfCustomer: childrenPageLoader(dataSource, {
      entity: ConsentChange,
      parentColumn: 'customer_id',
      parentIdOf: (change) => change.customerId,
    }),
    consentsOfCustomer: loaderByParent(
      (ids) => consentsOfCustomers(dataSource, ids),
      (consent) => consent.customerId,
    ),
    tagsOfCustomer: loaderByParent(
      (ids) => tagsOfCustomers(dataSource, ids),
      (tag) => tag.customerId,
    ),
  };
}
