import { Column, Entity } from 'typeorm';
import { DocumentLine } from './document-line';

@Entity({ name: 'opportunity_line_items' })
export class OpportunityLineItem extends DocumentLine {
  @Column({ type: 'uuid' })
  opportunityId!: string;
}
