import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How many of a popularity group's customers bought a product, ranked within the group, as of computedAt. */
@Entity({ name: 'product_popularity' })
export class ProductPopularity {
  @PrimaryColumn({ type: 'text' })
  popularityGroup!: string;

  @PrimaryColumn({ type: 'uuid' })
  productId!: string;

  @Column({ type: 'integer' })
  buyerCount!: number;

  /** buyerCount over the group's customers with a purchase. */
  @Column({ type: 'double precision' })
  share!: number;

  /** 1 for the group's most bought product. */
  @Column({ type: 'integer' })
  rank!: number;

  @Column({ type: 'timestamptz' })
  computedAt!: Date;
}
