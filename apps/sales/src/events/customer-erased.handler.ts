import type { EntityManager } from 'typeorm';
import type { EventHandler } from '@crm/messaging';
import { CUSTOMER_PERSONAL_DATA } from './customer-references';

const quoted = (manager: EntityManager, name: string) => manager.connection.driver.escape(name);

/** Anonymises sales' copies of an erased customer's personal data; ids and amounts stay. */
export const onCustomerErased: EventHandler<'crm.customer.customer.erased'> = async (event, manager) => {
  for (const { table, customerColumn, erase } of CUSTOMER_PERSONAL_DATA) {
    const columns = Object.keys(erase);
    const assignments = columns.map((column, i) => `${quoted(manager, column)} = $${i + 2}`).join(', ');
    await manager.query(
      `UPDATE ${quoted(manager, table)} SET ${assignments} WHERE ${quoted(manager, customerColumn)} = $1`,
      [event.data.customerId, ...columns.map((column) => erase[column])],
    );
  }
};
