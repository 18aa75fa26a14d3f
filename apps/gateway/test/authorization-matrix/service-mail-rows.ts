import type { MatrixRow } from './matrix-row';

/** Queue mailboxes are queue settings: support managers and admins only. */
const QUEUE_MANAGERS = ['ADMIN', 'SUPPORT_MANAGER'] as const;

/** The mail rows of the service: queues' mail addresses. */
export const SERVICE_MAIL_ROWS: readonly MatrixRow[] = [
  {
    operation: 'setQueueMailbox',
    subgraph: 'service',
    document: `mutation ($queueId: ID!, $address: String!) {
      setQueueMailbox(input: { queueId: $queueId, address: $address }) { address }
    }`,
    variables: (own) => ({ queueId: own.teamId, address: `queue-${own.teamId}@matrix.test` }),
    resultPath: ['setQueueMailbox'],
    allowed: QUEUE_MANAGERS,
  },
  {
    operation: 'queueMailboxes',
    subgraph: 'service',
    document: `{ queueMailboxes { address } }`,
    resultPath: ['queueMailboxes'],
    allowed: QUEUE_MANAGERS,
  },
];
