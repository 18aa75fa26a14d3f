import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What recommendations know of a customer, from customer events: the owner (who may see its
 * recommendations), the attributes of its popularity group, and whether it was merged or erased
 * (so a late order lands on the survivor, or is dropped).
 */
@Entity({ name: 'recommendation_customers' })
export class RecommendationCustomer {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  ownerId!: string | null;

  @Column({ type: 'text', nullable: true })
  tier!: string | null;

  @Column({ type: 'text', nullable: true })
  industry!: string | null;

  @Column({ type: 'text', nullable: true })
  region!: string | null;

  /** popularityGroupOf(tier, industry, region); null: only the group of all customers. */
  @Column({ type: 'text', nullable: true })
  popularityGroup!: string | null;

  @Column({ type: 'uuid', nullable: true })
  mergedInto!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
