import { Column, Entity } from 'typeorm';
import { DocumentLine } from './document-line';

@Entity({ name: 'quote_lines' })
export class QuoteLine extends DocumentLine {
  @Column({ type: 'uuid' })
  quoteId!: string;
}
