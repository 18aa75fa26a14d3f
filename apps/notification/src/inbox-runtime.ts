import type { MailConfig, ServiceConfig } from '@crm/config';
import { createLogger } from '@crm/logger';
import { internalTokenAuthenticator, type Authenticator } from '@crm/subgraph-kit';
import type { NotificationRuntime } from './changes/notification-runtime';
import { feedChannelOf } from './feed/feed-channel';
import { NotificationFeed } from './feed/notification-feed';
import { notificationMailerOf } from './mail/notification-mailer';

/** What the inbox holds open while the service runs: the mail relay and the live feed's listener. */
export interface InboxRuntime extends NotificationRuntime {
  feed: NotificationFeed;
  /** Checks the gateway's internal token on the live feed, as /graphql does. */
  authenticate: Authenticator;
  stop(): Promise<void>;
}

export async function startInboxRuntime(config: ServiceConfig, mail: MailConfig): Promise<InboxRuntime> {
  const logger = createLogger(`${config.service}-inbox`, config.logLevel);
  // The notification schema is named after the service (DESIGN §5), as is its NOTIFY channel.
  const feedChannel = feedChannelOf(config.service);
  const feed = new NotificationFeed({ databaseUrl: config.databaseUrl, channel: feedChannel, logger });
  await feed.start();
  const mailer = notificationMailerOf(mail, logger);
  return {
    mailer,
    feedChannel,
    feed,
    authenticate: internalTokenAuthenticator(config.service, config.gatewayJwksUrl),
    async stop() {
      await feed.stop();
      mailer?.sender.close();
    },
  };
}
