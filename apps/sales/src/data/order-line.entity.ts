import { Column, Entity } from 'typeorm';
import { DocumentLine } from './document-line';

@Entity({ name: 'order_lines' })
export class OrderLine extends DocumentLine {
  @Column({ type: 'uuid' })
  orderId!: string;
}
