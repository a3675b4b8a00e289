import { useEffect, useRef, useState } from 'preact/hooks';
import type { paths } from './api/schema.js';
import { api, type Schemas } from './api/client.js';

/**
 * The page session's one connection to the live event stream (GET /v1/events/stream), shared by
 * every page. The browser's EventSource sends the session cookie and reconnects by itself after a
 * dropped connection, sending the last event id back (Last-Event-ID), so the server sends what was
 * missed first. When the browser gives up (the server answered an error, e.g. 503 while it stops),
 * this opens a new one after a pause, from the last event received (?after=); if that start is
 * refused too, it starts afresh and tells the pages to reload (they may have missed something).
 * Streams are opened only while someone is signed in; the server ends the stream of a session
 * that has ended, and the next start's refusal signs the page out.
 */
const STREAM_PATH = '/v1/events/stream' satisfies keyof paths;

export type EventType = Schemas['EventResponse']['type'];
export type LiveEvent = Omit<Schemas['EventResponse'], 'type'> & { type: EventType };
export type LiveStatus = 'connecting' | 'live' | 'reconnecting';
/** An event, or null: events may have been missed, reload what is shown. */
type Listener = (event: LiveEvent | null) => void;

/** What the pages react to; EventSource delivers a named event only to a listener for its name. */
const TYPES: EventType[] = [
  'claim.created', 'claim.updated', 'claim.status_changed', 'claim.assigned', 'claim.linked',
  'verdict.proposed', 'verdict.approved', 'verdict.rejected', 'flag.raised', 'flag.resolved', 'corroboration.completed',
];

const RETRY_MIN_MS = 1000;
const RETRY_MAX_MS = 30_000;

const listeners = new Set<Listener>();
const statusListeners = new Set<(status: LiveStatus) => void>();
let source: EventSource | null = null;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let status: LiveStatus = 'connecting';
let lastEventId: string | null = null;
let failures = 0;
let started = false;
/** The stream has been open before: a new start from "now" may have missed events in between. */
let wasOpen = false;

function setStatus(next: LiveStatus): void {
  if (next === status) return;
  status = next;
  for (const listener of statusListeners) listener(next);
}

function emit(event: LiveEvent | null): void {
  for (const listener of listeners) listener(event);
}

function receive(message: MessageEvent<string>): void {
  let event: LiveEvent;
  try {
    event = JSON.parse(message.data) as LiveEvent;
  } catch {
    return;
  }
  lastEventId = message.lastEventId || event.id;
  emit(event);
}

function open(): void {
  // after a refused resume, start afresh rather than ask for the same unknown event again
  const resume = lastEventId !== null && failures < 2;
  const stream = new EventSource(resume ? `${STREAM_PATH}?after=${encodeURIComponent(lastEventId!)}` : STREAM_PATH);
  let fresh = !resume;
  source = stream;
  stream.onopen = () => {
    failures = 0;
    setStatus('live');
    // resumed (by ?after=, or by the browser sending Last-Event-ID): the missed events come first
    if (wasOpen && fresh) emit(null);
    wasOpen = true;
  };
  for (const type of TYPES) stream.addEventListener(type, receive as EventListener);
  stream.onerror = () => {
    setStatus('reconnecting');
    if (stream.readyState !== EventSource.CLOSED) {
      // the browser reconnects by itself, with Last-Event-ID if an event has come
      fresh = lastEventId === null;
      return;
    }
    stream.close();
    source = null;
    failures += 1;
    // the browser gave up: if the session has ended (the stream is refused with 401), the typed
    // client's answer to this ends it in the page too
    void api.GET('/v1/me').catch(() => undefined);
    retryTimer = setTimeout(open, Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** (failures - 1)));
  };
}

/** Opens the stream (when someone signs in). */
export function startLive(): void {
  if (started) return;
  started = true;
  setStatus('connecting');
  open();
}

/** Closes it (sign-out); the next start begins with what happens from then on. */
export function stopLive(): void {
  started = false;
  clearTimeout(retryTimer);
  source?.close();
  source = null;
  lastEventId = null;
  failures = 0;
  wasOpen = false;
  setStatus('connecting');
}

/** The claims an event is about. */
export function claimIdsOf(event: LiveEvent): string[] {
  const data = event.data as { claimId?: unknown; claimIds?: unknown; fromClaimId?: unknown; toClaimId?: unknown };
  const ids = [data.claimId, data.fromClaimId, data.toClaimId, ...(Array.isArray(data.claimIds) ? data.claimIds : [])];
  return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
}

/**
 * Calls `refresh` once shortly after events for which `wants` holds (several at once make one
 * call), and after a reconnect that may have missed events. The latest `wants` and `refresh` are used.
 */
export function useLiveRefresh(wants: (event: LiveEvent) => boolean, refresh: () => void, delayMs = 300): void {
  const latest = useRef({ wants, refresh });
  latest.current = { wants, refresh };
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const listener: Listener = (event) => {
      if (event !== null && !latest.current.wants(event)) return;
      if (timer === undefined) timer = setTimeout(() => {
        timer = undefined;
        latest.current.refresh();
      }, delayMs);
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      clearTimeout(timer);
    };
  }, [delayMs]);
}

export function useLiveStatus(): LiveStatus {
  const [current, setCurrent] = useState(status);
  useEffect(() => {
    setCurrent(status);
    statusListeners.add(setCurrent);
    return () => void statusListeners.delete(setCurrent);
  }, []);
  return current;
}
