import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { badUserInput } from '@crm/errors';
import { forbiddenAddressKind } from '../domain/webhook-target-address';

/** An address a webhook may be sent to, found by resolving the endpoint's host. */
export interface CheckedAddress {
  address: string;
  family: 4 | 6;
}

/** The endpoint's host is, or resolves to, an address webhooks must not reach. */
export class WebhookTargetRefused extends Error {}

const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '');

/**
 * The addresses of the URL's host, each checked: a name that resolves to any forbidden address is
 * refused as a whole (a rebinding name may answer with a mix). The sender connects to the address
 * returned here, never resolving the name again, so what was checked is what is reached.
 */
export async function checkedAddressesOf(url: URL, allowPrivate: boolean): Promise<CheckedAddress[]> {
  const host = hostOf(url);
  const version = isIP(host);
  const addresses: CheckedAddress[] =
    version === 0
      ? (await lookup(host, { all: true, verbatim: true })).map(({ address, family }) => ({
          address,
          family: family === 6 ? 6 : 4,
        }))
      : [{ address: host, family: version === 6 ? 6 : 4 }];
  if (!allowPrivate) {
    for (const { address } of addresses) {
      const kind = forbiddenAddressKind(address);
      if (kind) {
        const resolved = address === host ? '' : ` resolves to ${address}, which`;
        throw new WebhookTargetRefused(
          `${host}${resolved} is a ${kind} address; webhooks go only to public addresses (WEBHOOK_ALLOW_PRIVATE_TARGETS)`,
        );
      }
    }
  }
  return addresses;
}

/** At registration: BAD_USER_INPUT on `field` when the URL's host may not or cannot be reached. */
export async function assertWebhookTarget(field: string, url: URL, allowPrivate: boolean): Promise<void> {
  try {
    await checkedAddressesOf(url, allowPrivate);
  } catch (error) {
    if (error instanceof WebhookTargetRefused) throw badUserInput(field, `is refused: ${error.message}`);
    const code = (error as NodeJS.ErrnoException).code ?? 'lookup failed';
    throw badUserInput(field, `host ${hostOf(url)} could not be resolved (${code}); check the name`);
  }
}
