import { In, type DataSource, type EntityTarget, type FindOptionsWhere } from 'typeorm';
import { isUuid } from '@crm/db';
import { childrenPageLoader, loaderById, loaderByParent } from '@crm/subgraph-kit';
import { Contract } from './data/contract.entity';
import { OpportunityLineItem } from './data/opportunity-line-item.entity';
import { OrderLine } from './data/order-line.entity';
import { Order } from './data/order.entity';
import { Payment } from './data/payment.entity';
import { ProductPrice } from './data/product-price.entity';
import { Product } from './data/product.entity';
import { QuoteLine } from './data/quote-line.entity';
import { Quote } from './data/quote.entity';

const byIds =
  <T extends { id: string }>(dataSource: DataSource, entity: EntityTarget<T>) =>
  (ids: string[]) =>
    dataSource.getRepository(entity).findBy({ id: In(ids.filter(isUuid)) } as FindOptionsWhere<T>);

function byParent<T extends object>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  parentField: keyof T & string,
  order: Partial<Record<keyof T & string, 'ASC'>>,
) {
  return loaderByParent<T>(
    (parentIds) =>
      dataSource.getRepository(entity).find({
        where: { [parentField]: In(parentIds.filter(isUuid)) } as FindOptionsWhere<T>,
        order: order as never,
      }),
    (row) => row[parentField] as string,
  );
}

/** Per-request loaders of products, quotes, contracts, orders and payments: one query per batch. */
export function createDocumentLoaders(dataSource: DataSource) {
  const documentsOfCustomer = <T extends { id: string; createdAt: Date; customerId: string }>(
    entity: EntityTarget<T>,
  ) =>
    childrenPageLoader<T>(dataSource, {
      entity,
      parentColumn: 'customer_id',
      parentIdOf: (row) => row.customerId,
      ownerColumn: 'owner_id',
    });
  return {
    productById: loaderById(byIds(dataSource, Product)),
    pricesOfProduct: byParent(dataSource, ProductPrice, 'productId', { currency: 'ASC' }),
    lineItemsOfOpportunity: byParent(dataSource, OpportunityLineItem, 'opportunityId', { position: 'ASC' }),
    linesOfQuote: byParent(dataSource, QuoteLine, 'quoteId', { position: 'ASC' }),
    linesOfOrder: byParent(dataSource, OrderLine, 'orderId', { position: 'ASC' }),
    paymentsOfOrder: byParent(dataSource, Payment, 'orderId', { receivedAt: 'ASC', id: 'ASC' }),
    quoteById: loaderById(byIds(dataSource, Quote)),
    contractById: loaderById(byIds(dataSource, Contract)),
    orderById: loaderById(byIds(dataSource, Order)),
    paymentById: loaderById(byIds(dataSource, Payment)),
    contractsOfCustomer: documentsOfCustomer(Contract),
    ordersOfCustomer: documentsOfCustomer(Order),
    paymentsOfCustomer: documentsOfCustomer(Payment),
  };
}

export type DocumentLoaders = ReturnType<typeof createDocumentLoaders>;
