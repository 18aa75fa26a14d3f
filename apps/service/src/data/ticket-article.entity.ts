import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An article linked to a ticket's resolution; `solvedIt` counts in the article's solved count. */
@Entity({ name: 'ticket_articles' })
export class TicketArticle {
  @PrimaryColumn({ type: 'uuid' })
  ticketId!: string;

  @PrimaryColumn({ type: 'uuid' })
  articleId!: string;

  @Column({ type: 'boolean' })
  solvedIt!: boolean;

  @Column({ type: 'uuid', nullable: true })
  linkedBy!: string | null;

  @Column({ type: 'timestamptz' })
  linkedAt!: Date;
}
