import type { Logger } from '@crm/logger';
import { messageSettings, type MessageSettings } from './message-settings';
import { createMessageTransport, type MessageTransport } from './message-transport';

/** The send rules and links (settings) with the open connections to the relay and the gateway. */
export interface MessageRuntime {
  settings: MessageSettings;
  transport: MessageTransport;
  logger: Logger;
}

export function createMessageRuntime(
  env: NodeJS.ProcessEnv,
  servicePort: number,
  logger: Logger,
): MessageRuntime {
  const settings = messageSettings(env, servicePort);
  return { settings, transport: createMessageTransport(settings), logger };
}
