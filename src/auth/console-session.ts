import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { parse, serialize } from 'cookie';

/**
 * The console's session cookie and its CSRF token. The browser holds only the cookie (HttpOnly, so
 * no script can read it; SameSite=Strict, so no other site's page can send it); the API key it was
 * opened with never reaches the browser's storage. The table keeps the token's hash, so a copy of
 * the database opens no session.
 */
export const SESSION_COOKIE = 'claimdesk_session';
/** The header a cookie-authenticated request that changes something must carry. */
export const CSRF_HEADER = 'x-csrf-token';
/** Methods that change nothing: they need no CSRF token. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The session row's id: the token's hash. */
export function sessionId(token: string): string {
  return createHash('sha256').update(`session:${token}`).digest('hex');
}

/**
 * The session's CSRF token, derived from the session token: nothing more to store, and it cannot be
 * worked out from the stored id. A synchronizer token: a page of another origin can neither read it
 * (no CORS) nor send the custom header without a preflight that the API does not grant.
 */
export function csrfTokenOf(token: string): string {
  return createHash('sha256').update(`csrf:${token}`).digest('base64url');
}

export function needsCsrfToken(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

export function csrfTokenMatches(sent: string | string[] | undefined, token: string): boolean {
  if (typeof sent !== 'string') return false;
  const expected = Buffer.from(csrfTokenOf(token));
  const given = Buffer.from(sent);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The session token from a Cookie header, if it carries one that could be a token. */
export function sessionTokenOf(cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return null;
  const value = parse(cookieHeader)[SESSION_COOKIE];
  return value && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
}

export interface CookieOptions {
  secure: boolean;
}

// The `cookie` package writes the header (@fastify/cookie's current release needs a cookie
// release that declares Node 22, see README "How it is built": Node 20.19 is what it runs on).
export function sessionCookie(token: string, maxAgeSeconds: number, options: CookieOptions): string {
  return serialize(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: options.secure, path: '/', maxAge: maxAgeSeconds });
}

export function clearedSessionCookie(options: CookieOptions): string {
  return serialize(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'strict', secure: options.secure, path: '/', maxAge: 0, expires: new Date(0) });
}
