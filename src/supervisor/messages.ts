import type { Settings } from '../config/settings.js';
import type { JobTiming } from '../metrics/job-timing.js';

/*
 * What the API process and its worker children say to each other over the IPC channel that
 * child_process.fork() opens. Plain JSON, checked on arrival: a message of another shape is ignored.
 */

/** Parent to child, once, first: the settings the parent resolved (its Redis URL included). */
export interface SettingsMessage {
  type: 'settings';
  settings: Settings;
}

/** Child to parent: its modules and queue workers have started. */
export interface ReadyMessage {
  type: 'ready';
}

/** Child to parent: job attempts it timed since the last such message, for the API's /metrics. */
export interface JobTimingsMessage {
  type: 'job-timings';
  timings: JobTiming[];
}

/** Parent to the child that relays: the API committed, so there may be events to move into BullMQ. */
export interface WakeRelayMessage {
  type: 'wake-relay';
}

export type ToChild = SettingsMessage | WakeRelayMessage;
export type ToParent = ReadyMessage | JobTimingsMessage;

/** The variable that tells dist/worker.js it was forked by the API and must wait for its settings. */
export const SUPERVISED_ENV = 'CLAIMDESK_WORKER_OF';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isSettingsMessage(value: unknown): value is SettingsMessage {
  return isObject(value) && value.type === 'settings' && isObject(value.settings);
}

export function isWakeRelayMessage(value: unknown): value is WakeRelayMessage {
  return isObject(value) && value.type === 'wake-relay';
}

export function isToParent(value: unknown): value is ToParent {
  if (!isObject(value)) return false;
  if (value.type === 'ready') return true;
  return value.type === 'job-timings' && Array.isArray(value.timings) && value.timings.every(isJobTiming);
}

function isJobTiming(value: unknown): value is JobTiming {
  return (
    isObject(value) &&
    typeof value.queue === 'string' &&
    (value.outcome === 'completed' || value.outcome === 'failed') &&
    typeof value.seconds === 'number' &&
    Number.isFinite(value.seconds)
  );
}
