import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ArticleStatus } from '../domain/article-status';

/**
 * A knowledge-base article as shown now; its text's history is in article_versions. The search
 * vector is a generated column of the table (see the migration), not mapped here.
 */
@Entity({ name: 'articles' })
@Index('articles_status_updated_at', ['status', 'updatedAt', 'id'])
@Index('articles_updated_at', ['updatedAt', 'id'])
@Index('articles_category_updated_at', ['categoryId', 'updatedAt', 'id'])
export class Article {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  categoryId!: string | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  status!: ArticleStatus;

  /** The number of the version whose text the row holds. */
  @Column({ type: 'integer' })
  currentVersion!: number;

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'integer' })
  version!: number;
}
