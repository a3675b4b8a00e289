import type { Settings } from '../config/settings.js';
import type { JobTiming } from '../metrics/job-timing.js';
import { isSettingsMessage, isWakeRelayMessage, SUPERVISED_ENV, type ToParent } from './messages.js';

/*
 * The worker child's end of the IPC channel to the API process that forked it.
 */

/** Whether this process was forked by `node dist/main.js` (and so takes its settings from it). */
export function isSupervised(): boolean {
  return process.env[SUPERVISED_ENV] !== undefined && typeof process.send === 'function';
}

function send(message: ToParent): void {
  // after the parent is gone a send would throw; what is lost then is only metrics
  if (process.connected) process.send!(message);
}

/** The parent's settings, its first message; a parent that says nothing within `timeoutMs` is an error. */
export function settingsFromParent(timeoutMs: number): Promise<Settings> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      process.removeListener('message', onMessage);
      reject(new Error(`no settings from the parent process within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (message: unknown): void => {
      if (!isSettingsMessage(message)) return;
      clearTimeout(timer);
      process.removeListener('message', onMessage);
      resolve(message.settings);
    };
    process.on('message', onMessage);
  });
}

/** The parent's "I committed": the relaying child drains the outbox at once instead of at its next poll. */
export function onRelayWake(wake: () => void): void {
  process.on('message', (message: unknown) => {
    if (isWakeRelayMessage(message)) wake();
  });
  // a 'message' listener holds the channel open; a stopped worker must still be able to exit
  process.channel?.unref();
}

export function reportReady(): void {
  send({ type: 'ready' });
}

/**
 * Sends job timings to the parent, gathered for `intervalMs`: one message per batch rather than per
 * job, so a burst of thousands of webhook jobs a second costs the API loop a few messages.
 */
export function forwardJobTimings(metrics: { onJob(listener: (timing: JobTiming) => void): void }, intervalMs: number): () => void {
  let batch: JobTiming[] = [];
  const flush = (): void => {
    if (batch.length === 0) return;
    send({ type: 'job-timings', timings: batch });
    batch = [];
  };
  const timer = setInterval(flush, intervalMs);
  timer.unref();
  metrics.onJob((timing) => {
    batch.push(timing);
    if (batch.length >= 1000) flush();
  });
  return () => {
    clearInterval(timer);
    flush();
  };
}

/**
 * Calls `onGone` when the channel to the parent closes (the parent exited or was killed), so no
 * orphaned worker keeps taking jobs for an API that is not there. The channel must not keep this
 * process alive by itself, or a stopped worker would never exit.
 */
export function whenParentGoes(onGone: () => void): void {
  process.once('disconnect', onGone);
  process.channel?.unref();
}
