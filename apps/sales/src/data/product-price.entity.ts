import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MONEY_COLUMN } from '@crm/db';

/** The default price list: one unit price per product and currency. */
@Entity({ name: 'product_prices' })
export class ProductPrice {
  @PrimaryColumn({ type: 'uuid' })
  productId!: string;

  @PrimaryColumn({ type: 'char', length: 3 })
  currency!: string;

  @Column(MONEY_COLUMN)
  unitPrice!: string;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
