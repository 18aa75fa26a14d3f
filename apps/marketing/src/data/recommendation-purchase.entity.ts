import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A product a customer bought, from an order.placed line (lines of one product summed per order). */
@Entity({ name: 'recommendation_purchases' })
export class RecommendationPurchase {
  @PrimaryColumn({ type: 'uuid' })
  orderId!: string;

  @PrimaryColumn({ type: 'uuid' })
  productId!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'integer' })
  quantity!: number;

  @Column({ type: 'timestamptz' })
  purchasedAt!: Date;
}
