import { MarketingMessage } from './data/marketing-message.entity';
import { MessageTemplate } from './data/message-template.entity';
import { CreateMessages1764000004300 } from './data/migrations/1764000004300-create-messages';
import { AddProfileNameAndPhone1764000004310 } from './data/migrations/1764000004310-add-profile-name-and-phone';
import { messageCustomerHandlers } from './events/message-customer.handlers';
import { SuppressedAddress } from './data/suppressed-address.entity';
import { messageDispatchJob } from './jobs/message-dispatch.job';
import type { MarketingModule } from './marketing-module';
import { trackingRoutes } from './messages/tracking-routes';
import { marketingMessageResolvers } from './resolvers/marketing-message.resolvers';
import { messageTemplateResolvers } from './resolvers/message-template.resolvers';

/** Email and SMS templates, sending by the send rules, tracking links and delivery reports (issue 13 §4). */
export const messageModule: MarketingModule = {
  resolvers: (settings) => [messageTemplateResolvers, marketingMessageResolvers(settings)],
  entities: [MessageTemplate, MarketingMessage, SuppressedAddress],
  migrations: [CreateMessages1764000004300, AddProfileNameAndPhone1764000004310],
  eventHandlers: () => messageCustomerHandlers,
  jobs: (dataSource, settings) => [messageDispatchJob(dataSource, settings)],
  routes: trackingRoutes,
};
