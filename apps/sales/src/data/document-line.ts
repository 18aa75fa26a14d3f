import { Column, PrimaryColumn } from 'typeorm';
import { MONEY_COLUMN, normaliseAmount } from '@crm/db';

/** A percentage with 2 decimals, numeric(5,2); read back normalised like money ("10", not "10.00"). */
export const PERCENT_COLUMN = {
  type: 'numeric',
  precision: 5,
  scale: 2,
  transformer: {
    to: (value: string) => value,
    from: (stored: string | null) => stored && normaliseAmount(stored),
  },
} as const;

/** Columns shared by opportunity line items, quote lines and order lines (TypeORM inherits them). */
export abstract class DocumentLine {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'uuid', nullable: true })
  productId!: string | null;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'integer' })
  quantity!: number;

  @Column(MONEY_COLUMN)
  unitPrice!: string;

  @Column(PERCENT_COLUMN)
  discountPercent!: string;

  @Column(MONEY_COLUMN)
  lineTotal!: string;
}
