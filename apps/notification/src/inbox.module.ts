import { assertCron } from '@crm/scheduler';
import { combineHandlers } from '@crm/messaging';
import { Notification } from './data/notification.entity';
import { NotificationCustomer } from './data/notification-customer.entity';
import { NotificationPreferences } from './data/notification-preferences.entity';
import { NotificationTeam } from './data/notification-team.entity';
import { NotificationTrigger } from './data/notification-trigger.entity';
import { NotificationUser } from './data/notification-user.entity';
import { CreateInbox1764000009100 } from './data/migrations/1764000009100-create-inbox';
import { directoryHandlers } from './events/directory.handlers';
import { notificationRuleHandlers } from './events/notification-rule.handlers';
import { liveFeedRoute } from './feed/live-feed.route';
import { dailyDigestJob } from './jobs/daily-digest.job';
import type { NotificationModule, NotificationSettings } from './notification-module';
import { inboxResolvers } from './resolvers/inbox.resolvers';
import { notificationPreferencesResolvers } from './resolvers/notification-preferences.resolvers';

/** The digest's cron (UTC): NOTIFICATION_DIGEST_CRON, else every day at 07:00. */
function digestCron(env: NodeJS.ProcessEnv): string {
  const cron = env.NOTIFICATION_DIGEST_CRON?.trim() || '0 7 * * *';
  assertCron('NOTIFICATION_DIGEST_CRON', cron);
  return cron;
}

/** Each user's inbox, fed by events with a rule per kind; preferences, mail, the digest and the live feed. */
export const inboxModule: NotificationModule = {
  resolvers: (settings: NotificationSettings) => [inboxResolvers(settings), notificationPreferencesResolvers],
  entities: [
    Notification,
    NotificationUser,
    NotificationTeam,
    NotificationCustomer,
    NotificationTrigger,
    NotificationPreferences,
  ],
  migrations: [CreateInbox1764000009100],
  eventHandlers: ({ inbox }) => combineHandlers(notificationRuleHandlers(inbox), directoryHandlers(inbox)),
  jobs: (dataSource, { inbox, env }) => [dailyDigestJob(dataSource, inbox.mailer, digestCron(env))],
  routes: (app, dataSource, { inbox }) => liveFeedRoute(app, dataSource, inbox.feed, inbox.authenticate),
};
