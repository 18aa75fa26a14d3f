import { badUserInput } from '@crm/errors';

/** Where a campaign reaches its audience, and where a response came from. */
export const CAMPAIGN_CHANNELS = ['EMAIL', 'SMS', 'PHONE', 'EVENT', 'SOCIAL', 'WEB', 'OTHER'] as const;

export type CampaignChannel = (typeof CAMPAIGN_CHANNELS)[number];

export function isCampaignChannel(value: string): value is CampaignChannel {
  return (CAMPAIGN_CHANNELS as readonly string[]).includes(value);
}

/** A set of channels: duplicates collapse, the order is the catalogue's. */
export function parseChannels(field: string, channels: readonly string[]): CampaignChannel[] {
  for (const [index, channel] of channels.entries()) {
    if (!isCampaignChannel(channel))
      throw badUserInput(
        `${field}.${index}`,
        `must be one of ${CAMPAIGN_CHANNELS.join(', ')} (got "${channel}")`,
      );
  }
  return CAMPAIGN_CHANNELS.filter((channel) => channels.includes(channel));
}
