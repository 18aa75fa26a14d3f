import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A group of knowledge-base articles, e.g. Billing. */
@Entity({ name: 'article_categories' })
export class ArticleCategory {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text', unique: true })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
