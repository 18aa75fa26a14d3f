/** The LISTEN/NOTIFY channel on which a committed in-app notification is announced to live feeds. */
export function feedChannelOf(schema: string): string {
  return `${schema}_feed`;
}

/** What a NOTIFY carries: just enough to find the row (a payload is limited to 8000 bytes). */
export interface FeedSignal {
  recipientId: string;
  notificationId: string;
}
