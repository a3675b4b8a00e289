import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * SSRF guard: which webhook targets we may talk to. Used twice: on the URL at
 * registration (literal IPs refused at once) and on the address actually
 * connected to at send time (see guarded-dispatcher.ts), because a hostname
 * can resolve somewhere else by then.
 */

export type AddressClass =
  | 'public'
  | 'loopback'
  | 'private'
  /** 100.64.0.0/10, RFC 6598 shared address space. */
  | 'cgnat'
  | 'unique_local'
  | 'link_local'
  /** Cloud instance metadata services; they hand out credentials. */
  | 'metadata'
  | 'unspecified'
  | 'broadcast'
  | 'multicast'
  /** Documentation, benchmarking, transition and other non-global ranges. */
  | 'reserved'
  | 'invalid';

export interface TargetPolicy {
  /** Accept http:// targets (development); https only otherwise. */
  allowHttp: boolean;
  /** Accept loopback, private, CGNAT and unique-local targets (tests, local development). */
  allowPrivate: boolean;
}

/** The production stance; the configuration turns the flags on per environment. */
export const DEFAULT_TARGET_POLICY: Readonly<TargetPolicy> = { allowHttp: false, allowPrivate: false };

/** Classes that WEBHOOK_ALLOW_PRIVATE_TARGETS lets through. Link-local and metadata never are. */
const PRIVATE_CLASSES: ReadonlySet<AddressClass> = new Set(['loopback', 'private', 'cgnat', 'unique_local']);

const METADATA_ADDRESSES: ReadonlyArray<[ipaddr.IPv4 | ipaddr.IPv6, number]> = [
  ipaddr.parseCIDR('169.254.169.254/32'), // AWS, GCP, Azure, OpenStack, DigitalOcean
  ipaddr.parseCIDR('169.254.170.2/32'), // AWS ECS task metadata
  ipaddr.parseCIDR('100.100.100.200/32'), // Alibaba Cloud
  ipaddr.parseCIDR('fd00:ec2::254/128'), // AWS over IPv6
];

const IPV6_GLOBAL_UNICAST = ipaddr.parseCIDR('2000::/3');

const IPV4_CLASSES: Record<ReturnType<ipaddr.IPv4['range']>, AddressClass> = {
  unicast: 'public',
  unspecified: 'unspecified',
  broadcast: 'broadcast',
  multicast: 'multicast',
  linkLocal: 'link_local',
  loopback: 'loopback',
  carrierGradeNat: 'cgnat',
  private: 'private',
  reserved: 'reserved',
  benchmarking: 'reserved',
  // Globally routed anycast services.
  as112: 'public',
  amt: 'public',
};

/** The class of one IP address, as text (IPv4, IPv6, IPv6 with a zone). Anything unparsable is 'invalid'. */
export function classifyAddress(ip: string): AddressClass {
  const text = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  // net.isIP is strict; ipaddr.js alone would accept inet_aton forms like "127.1".
  if (isIP(text) === 0) return 'invalid';
  let address: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    address = ipaddr.parse(text);
  } catch {
    return 'invalid';
  }
  return address.kind() === 'ipv4' ? classifyIPv4(address as ipaddr.IPv4) : classifyIPv6(address as ipaddr.IPv6);
}

function isMetadata(address: ipaddr.IPv4 | ipaddr.IPv6): boolean {
  return METADATA_ADDRESSES.some(([range, bits]) => range.kind() === address.kind() && address.match(range, bits));
}

function classifyIPv4(address: ipaddr.IPv4): AddressClass {
  if (isMetadata(address)) return 'metadata';
  return IPV4_CLASSES[address.range()] ?? 'reserved';
}

function classifyIPv6(address: ipaddr.IPv6): AddressClass {
  if (isMetadata(address)) return 'metadata';
  const range = address.range();
  switch (range) {
    // The kernel routes these to the embedded IPv4 address: ::ffff:127.0.0.1 is loopback.
    case 'ipv4Mapped':
      return classifyIPv4(address.toIPv4Address());
    // NAT64 (64:ff9b::/96): a DNS64 resolver returns these for IPv4-only hosts, so judge the embedded address.
    case 'rfc6052':
      return address.match(ipaddr.parseCIDR('64:ff9b::/96'))
        ? classifyIPv4(new ipaddr.IPv4(address.toByteArray().slice(12)))
        : 'reserved';
    case 'unspecified':
      return 'unspecified';
    case 'loopback':
      return 'loopback';
    case 'linkLocal':
      return 'link_local';
    case 'uniqueLocal':
      return 'unique_local';
    case 'multicast':
      return 'multicast';
    case 'as112v6':
    case 'amt':
      return 'public';
    case 'unicast':
      // ipaddr.js calls everything else unicast, including ::/8 (IPv4-compatible ::7f00:1);
      // only 2000::/3 is global.
      return address.match(IPV6_GLOBAL_UNICAST) ? 'public' : 'reserved';
    default:
      return 'reserved';
  }
}

/**
 * Public unicast only; allowPrivate also admits loopback, private, CGNAT and
 * unique-local addresses, never link-local or metadata ones.
 */
export function isAllowedAddress(ip: string, policy: Pick<TargetPolicy, 'allowPrivate'>): boolean {
  return isAllowedClass(classifyAddress(ip), policy);
}

function isAllowedClass(addressClass: AddressClass, { allowPrivate }: Pick<TargetPolicy, 'allowPrivate'>): boolean {
  return addressClass === 'public' || (allowPrivate && PRIVATE_CLASSES.has(addressClass));
}

export type TargetRefusal =
  | 'invalid_url'
  | 'unsupported_scheme'
  | 'https_required'
  | 'credentials_in_url'
  | 'missing_host'
  | 'address_not_allowed';

export type TargetCheck = { ok: true; url: URL } | { ok: false; code: TargetRefusal; reason: string };

/** Names that always resolve to the machine itself (RFC 6761), refused like 127.0.0.1. */
function isLocalhostName(hostname: string): boolean {
  const name = hostname.replace(/\.$/, '').toLowerCase();
  return name === 'localhost' || name.endsWith('.localhost');
}

/**
 * Checks a webhook URL at registration. Hostnames that are not IP literals
 * pass here; the address they resolve to is checked when connecting.
 */
export function validateTargetUrl(raw: string, policy: TargetPolicy = DEFAULT_TARGET_POLICY): TargetCheck {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, code: 'invalid_url', reason: 'not a valid absolute URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, code: 'unsupported_scheme', reason: `scheme ${url.protocol} is not allowed; use https` };
  }
  if (url.protocol === 'http:' && !policy.allowHttp) {
    return { ok: false, code: 'https_required', reason: 'webhook URLs must use https' };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, code: 'credentials_in_url', reason: 'webhook URLs must not carry credentials' };
  }
  // "https://./" parses with hostname ".", which names nothing.
  if (url.hostname.replace(/\.+$/, '') === '') {
    return { ok: false, code: 'missing_host', reason: 'webhook URL has no host' };
  }
  // WHATWG URL has already normalised IPv4 forms like 2130706433 or 0x7f.1 to dotted decimal.
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const addressClass = isIP(host) !== 0 ? classifyAddress(host) : isLocalhostName(host) ? 'loopback' : null;
  if (addressClass !== null && !isAllowedClass(addressClass, policy)) {
    return {
      ok: false,
      code: 'address_not_allowed',
      reason: `target ${host} is a ${addressClass.replace('_', '-')} address; only public addresses are allowed`,
    };
  }
  return { ok: true, url };
}
