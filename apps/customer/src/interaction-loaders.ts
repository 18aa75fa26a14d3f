import type { DataSource } from 'typeorm';
import { childrenPageLoader, loaderById } from '@crm/subgraph-kit';
import { Interaction } from './data/interaction.entity';
import { findInteractionsByIds } from './data/interaction.repository';

/** Per-request loaders of communication records: one query per field for a whole page of customers. */
export function createInteractionLoaders(dataSource: DataSource) {
  return {
    interactionById: loaderById((ids) => findInteractionsByIds(dataSource, ids)),
    interactionsOfCustomer: childrenPageLoader(dataSource, {
      entity: Interaction,
      parentColumn: 'customer_id',
      parentIdOf: (interaction) => interaction.customerId,
      listedBy: { column: 'occurred_at', timeOf: (interaction) => interaction.occurredAt },
    }),
  };
}
