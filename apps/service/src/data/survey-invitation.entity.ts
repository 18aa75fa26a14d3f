import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The invitation a resolved ticket sent its requester: the mail held a token, only its hash is
 * here. Neither the address nor the token is stored. One per resolution of a ticket.
 */
@Entity({ name: 'survey_invitations' })
export class SurveyInvitation {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  surveyId!: string;

  @Column({ type: 'uuid' })
  ticketId!: string;

  /** Which resolution it was sent for: a ticket reopened and resolved again invites again. */
  @Column({ type: 'timestamptz' })
  ticketResolvedAt!: Date;

  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'uuid', nullable: true })
  queueId!: string | null;

  /** The agent who resolved the ticket: the answer counts for them. */
  @Column({ type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @Column({ type: 'text' })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  sentAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  /** Set when the customer answered: the link works once. */
  @Column({ type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  /** Set when the link was withdrawn before it was answered: the customer was erased. */
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'integer' })
  version!: number;
}
