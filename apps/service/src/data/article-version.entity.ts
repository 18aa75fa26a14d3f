import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One version of an article's text; a published version is never changed again. */
@Entity({ name: 'article_versions' })
export class ArticleVersion {
  @PrimaryColumn({ type: 'uuid' })
  articleId!: string;

  @PrimaryColumn({ type: 'integer' })
  number!: number;

  @Column({ type: 'uuid', nullable: true })
  categoryId!: string | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'uuid', nullable: true })
  editedBy!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
