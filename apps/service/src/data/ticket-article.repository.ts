import { In, type DataSource } from 'typeorm';
import { TicketArticle } from './ticket-article.entity';

/** How many tickets each article solved, in one query over the partial index of solved links. */
export async function solvedCountsOf(
  dataSource: DataSource,
  articleIds: string[],
): Promise<Map<string, number>> {
  const rows: { article_id: string; solved: string }[] = await dataSource.query(
    `SELECT article_id, count(*) AS solved FROM ticket_articles
      WHERE solved_it AND article_id = ANY($1::uuid[]) GROUP BY article_id`,
    [articleIds],
  );
  return new Map(rows.map((row) => [row.article_id, Number(row.solved)]));
}

/** The articles linked to these tickets, earliest link first. */
export function linksOfTickets(dataSource: DataSource, ticketIds: string[]): Promise<TicketArticle[]> {
  return dataSource
    .getRepository(TicketArticle)
    .find({ where: { ticketId: In(ticketIds) }, order: { linkedAt: 'ASC' } });
}
