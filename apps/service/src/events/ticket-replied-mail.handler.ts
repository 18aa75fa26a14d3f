import type { EventHandler } from '@crm/messaging';
import { scopeOfEvent } from '@crm/subgraph-kit';
import { mailAgentReply, type ReplyMailer } from '../changes/reply-mail.changes';

/** The service's own ticket.replied: an agent's public reply goes to the requester by mail. */
export function onTicketRepliedMailReply(mailer: ReplyMailer): EventHandler<'crm.service.ticket.replied'> {
  return async (event, manager) => {
    const { visibility, authorKind, commentId } = event.data;
    if (visibility !== 'PUBLIC' || authorKind !== 'AGENT') return;
    await mailAgentReply(scopeOfEvent('service', manager, event), mailer, commentId);
  };
}
