import { Column, Entity, PrimaryColumn } from 'typeorm';
import { MONEY_COLUMN } from '@crm/db';
import { PERCENT_COLUMN } from './document-line';
import type { QuoteStatus } from '../domain/quote-status';

@Entity({ name: 'quotes' })
export class Quote {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'uuid', nullable: true })
  opportunityId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  ownerId!: string | null;

  @Column({ type: 'text' })
  status!: QuoteStatus;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column(PERCENT_COLUMN)
  discountPercent!: string;

  @Column(MONEY_COLUMN)
  subtotal!: string;

  @Column(MONEY_COLUMN)
  discountTotal!: string;

  @Column(MONEY_COLUMN)
  total!: string;

  @Column({ type: 'date' })
  validUntil!: string;

  @Column({ type: 'timestamptz', nullable: true })
  issuedAt!: Date | null;

  /** When it was accepted or rejected. */
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
