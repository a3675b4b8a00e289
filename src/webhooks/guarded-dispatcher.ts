import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP, type LookupFunction, type Socket } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { type AddressClass, classifyAddress, isAllowedAddress, type TargetPolicy } from './target-guard.js';

/**
 * The HTTP dispatcher for webhook deliveries: an undici Agent that only talks to
 * addresses the target policy allows. Three checks, because each closes a hole
 * the others leave:
 *  1. a literal IP host is refused before connecting (no probe of internal ports);
 *  2. DNS answers are filtered before connecting (a name pointing inside);
 *  3. the peer actually connected to is checked before any request byte is
 *     written (DNS rebinding between checks, anything resolved behind our back).
 * Redirects are never followed: undici's Agent has no redirect handling unless
 * a redirect interceptor is composed in, and none is.
 */

export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
// undici runs headers and body timers at about one-second resolution: a backstop to sendWebhook's exact deadline.
export const DEFAULT_HEADERS_TIMEOUT_MS = 15_000;
export const DEFAULT_BODY_TIMEOUT_MS = 15_000;
/** Idle keep-alive sockets are kept this long so consecutive deliveries reuse them. */
export const DEFAULT_KEEP_ALIVE_TIMEOUT_MS = 4_000;

export const TARGET_REFUSED = 'ERR_WEBHOOK_TARGET_REFUSED';

export class TargetRefusedError extends Error {
  override readonly name = 'TargetRefusedError';
  readonly code = TARGET_REFUSED;

  constructor(
    readonly host: string,
    readonly address: string,
    readonly addressClass: AddressClass,
  ) {
    super(
      host === address
        ? `target refused: ${address} is a ${addressClass.replace('_', '-')} address`
        : `target refused: ${host} resolves to ${address}, a ${addressClass.replace('_', '-')} address`,
    );
  }
}

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Resolves a hostname to all its addresses; family 0 means either. */
export type ResolveHost = (hostname: string, family: number) => Promise<ResolvedAddress[]>;

const systemResolveHost: ResolveHost = (hostname, family) => dnsLookup(hostname, { all: true, family });

export interface GuardedDispatcherOptions extends Pick<TargetPolicy, 'allowPrivate'> {
  connectTimeoutMs?: number;
  headersTimeoutMs?: number;
  bodyTimeoutMs?: number;
  keepAliveTimeoutMs?: number;
  /** Sockets per origin; unlimited when absent. */
  connections?: number;
  /** Name resolution, the system resolver by default; replaceable to test answers a real DNS would give. */
  resolveHost?: ResolveHost;
}

type Policy = Pick<TargetPolicy, 'allowPrivate'>;
type Connector = ReturnType<typeof buildConnector>;
type ConnectCallback = Parameters<Connector>[1];

function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

/** A refusal for the peer a socket is connected to, or null when it is allowed. */
export function refusalForPeer(socket: Socket, host: string, policy: Policy): TargetRefusedError | null {
  const address = socket.remoteAddress ?? '';
  if (isAllowedAddress(address, policy)) return null;
  return new TargetRefusedError(host, address || 'an unknown address', classifyAddress(address));
}

/**
 * A net/tls `lookup` that drops addresses the policy refuses, and fails with
 * TargetRefusedError when none is left. Connecting to the allowed ones only is
 * safe even when a name has both public and internal records.
 */
export function guardedLookup(policy: Policy, resolveHost: ResolveHost = systemResolveHost): LookupFunction {
  return (hostname, options, callback) => {
    resolveHost(hostname, options.family === 4 || options.family === 6 ? options.family : 0).then(
      (addresses) => {
        const allowed = addresses.filter((candidate) => isAllowedAddress(candidate.address, policy));
        if (allowed.length === 0) {
          const first = addresses[0]?.address ?? '';
          const refusal = new TargetRefusedError(hostname, first || 'no address', classifyAddress(first));
          callback(refusal as NodeJS.ErrnoException, '', 0);
        } else if (options.all) {
          callback(null, allowed);
        } else {
          callback(null, allowed[0].address, allowed[0].family);
        }
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };
}

/** Wraps a connector with the literal-IP check before connecting and the peer check after. */
export function guardConnector(connect: Connector, policy: Policy): Connector {
  return (options, callback: ConnectCallback) => {
    const host = stripBrackets(options.hostname);
    if (isIP(host) !== 0 && !isAllowedAddress(host, policy)) {
      callback(new TargetRefusedError(host, host, classifyAddress(host)), null);
      return;
    }
    connect(options, (error, socket) => {
      if (error !== null) {
        callback(error, null);
        return;
      }
      const refusal = refusalForPeer(socket, host, policy);
      if (refusal !== null) {
        socket.destroy();
        callback(refusal, null);
        return;
      }
      callback(null, socket);
    });
  };
}

/** The Agent every webhook request goes through. Close it on shutdown. */
export function createGuardedDispatcher(options: GuardedDispatcherOptions): Agent {
  const policy = { allowPrivate: options.allowPrivate };
  const connect = buildConnector({
    timeout: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    lookup: guardedLookup(policy, options.resolveHost),
  });
  return new Agent({
    connect: guardConnector(connect, policy),
    headersTimeout: options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS,
    bodyTimeout: options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS,
    keepAliveTimeout: options.keepAliveTimeoutMs ?? DEFAULT_KEEP_ALIVE_TIMEOUT_MS,
    connections: options.connections ?? null,
  });
}
