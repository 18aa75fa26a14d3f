import { graphqlRequest, waitFor } from '@crm/platform-testing';

/**
 * A notification of the caller's own: the leads made for them tell them of the assignment, once
 * the notification service has heard of the caller (identity's user.created) and the lead.
 */
export async function ownNotificationOf(gatewayUrl: string, token: string): Promise<string> {
  return waitFor(async () => {
    const response = await graphqlRequest<{ myNotifications: { edges: { node: { id: string } }[] } }>(
      gatewayUrl,
      `{ myNotifications(first: 1) { edges { node { id } } } }`,
      {},
      token,
    );
    const id = response.data?.myNotifications.edges[0]?.node.id;
    if (!id) throw new Error(`no notification for the caller yet: ${JSON.stringify(response.errors ?? [])}`);
    return id;
  });
}
