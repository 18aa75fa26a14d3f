import { BlockList, isIP } from 'node:net';

/** The kinds of address a webhook must not reach unless private targets are allowed. */
export type ForbiddenAddressKind =
  'unspecified' | 'loopback' | 'private' | 'link-local' | 'shared (CGNAT)' | 'cloud metadata' | 'reserved';

/** Ranges by kind: RFC 6890's special-purpose registries, the parts a server-side request must not reach. */
const RANGES: [ForbiddenAddressKind, 'ipv4' | 'ipv6', string, number][] = [
  // Before link-local: the metadata address lies inside it and should be named as such.
  ['cloud metadata', 'ipv4', '169.254.169.254', 32],
  ['cloud metadata', 'ipv6', 'fd00:ec2::254', 128],
  ['unspecified', 'ipv4', '0.0.0.0', 8],
  ['unspecified', 'ipv6', '::', 128],
  ['loopback', 'ipv4', '127.0.0.0', 8],
  ['loopback', 'ipv6', '::1', 128],
  ['private', 'ipv4', '10.0.0.0', 8],
  ['private', 'ipv4', '172.16.0.0', 12],
  ['private', 'ipv4', '192.168.0.0', 16],
  ['private', 'ipv6', 'fc00::', 7], // unique local addresses, RFC 4193
  ['link-local', 'ipv4', '169.254.0.0', 16],
  ['link-local', 'ipv6', 'fe80::', 10],
  ['shared (CGNAT)', 'ipv4', '100.64.0.0', 10], // RFC 6598
  ['reserved', 'ipv4', '192.0.0.0', 24], // IETF protocol assignments
  ['reserved', 'ipv4', '198.18.0.0', 15], // benchmarking
  ['reserved', 'ipv4', '224.0.0.0', 4], // multicast
  ['reserved', 'ipv4', '240.0.0.0', 4], // future use and broadcast
  ['reserved', 'ipv6', 'ff00::', 8], // multicast
  ['reserved', 'ipv6', '::', 96], // IPv4-compatible (deprecated): ::7f00:1 is 127.0.0.1
  ['reserved', 'ipv6', '64:ff9b::', 96], // NAT64: a translator may reach any IPv4 address
];

const LISTS = RANGES.map(([kind, family, network, prefix]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, family);
  return { kind, list };
});

/**
 * What kind of forbidden address `address` (an IP literal) is, or null for an ordinary public
 * address. An IPv4-mapped IPv6 address (`::ffff:7f00:1`, as URLs write `::ffff:127.0.0.1`) is judged
 * by the IPv4 address it maps: BlockList checks it against the IPv4 ranges too. A value that is not
 * an IP address is refused as 'reserved' rather than trusted.
 */
export function forbiddenAddressKind(address: string): ForbiddenAddressKind | null {
  const bare = address.replace(/^\[|\]$/g, '').split('%')[0];
  const version = isIP(bare);
  if (version === 0) return 'reserved';
  const family = version === 4 ? 'ipv4' : 'ipv6';
  return LISTS.find((range) => range.list.check(bare, family))?.kind ?? null;
}
