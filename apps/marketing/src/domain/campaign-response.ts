import { badUserInput } from '@crm/errors';
import { isCampaignChannel, CAMPAIGN_CHANNELS, type CampaignChannel } from './campaign-channel';

/** What a member's answer was. */
export const RESPONSE_KINDS = [
  'REPLY',
  'INQUIRY',
  'REGISTRATION',
  'ATTENDANCE',
  'PURCHASE_INTENT',
  'COMPLAINT',
  'OTHER',
] as const;

export type ResponseKind = (typeof RESPONSE_KINDS)[number];

export interface NewResponse {
  channel: CampaignChannel;
  kind: ResponseKind;
  note: string | null;
}

export function parseResponse(
  input: { channel: string; kind: string; note?: string | null },
  path = '',
): NewResponse {
  const at = (field: string) => (path ? `${path}.${field}` : field);
  if (!isCampaignChannel(input.channel))
    throw badUserInput(
      at('channel'),
      `must be one of ${CAMPAIGN_CHANNELS.join(', ')} (got "${input.channel}")`,
    );
  if (!(RESPONSE_KINDS as readonly string[]).includes(input.kind))
    throw badUserInput(at('kind'), `must be one of ${RESPONSE_KINDS.join(', ')} (got "${input.kind}")`);
  const note = input.note?.trim() || null;
  if (note !== null && note.length > 2000) throw badUserInput(at('note'), 'must be at most 2000 characters');
  return { channel: input.channel, kind: input.kind as ResponseKind, note };
}
