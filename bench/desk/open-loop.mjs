// Open-loop load: each stream sends at a fixed rate whatever the answers do, and each request's
// latency is measured from the time it was due, not the time it left, so a stall in the service
// (or in this process) shows in the figures instead of silently lowering the rate (no coordinated
// omission). A stream whose requests in flight reach its cap counts the next ones as not served.
import { performance } from 'node:perf_hooks';
import { Recorder } from './recorder.mjs';

const TICK_MS = 2;

/**
 * Runs every stream for `seconds` and resolves with their recorders once the last answer is in.
 * A stream: {name, rate (per second), send: () => Promise<number status>, write?, maxInFlight?}.
 */
export async function runOpenLoop(streams, { seconds, maxInFlight = 256, onTick } = {}) {
  const start = performance.now() + 50;
  const end = start + seconds * 1000;
  const state = streams
    .filter((s) => s.rate > 0)
    .map((s) => ({
      ...s,
      interval: 1000 / s.rate,
      // streams start staggered within one interval, so they do not all fire on the same tick
      next: start + Math.random() * (1000 / s.rate),
      inFlight: 0,
      cap: s.maxInFlight ?? maxInFlight,
      recorder: new Recorder(s.name, { offeredRate: s.rate, write: Boolean(s.write) }),
    }));
  const pending = new Set();

  const fire = (s, due) => {
    s.recorder.offered++;
    if (s.inFlight >= s.cap) {
      s.recorder.notServed++;
      return;
    }
    s.inFlight++;
    const p = s.send().then(
      (status) => s.recorder.record(performance.now() - due, status, due),
      (error) => s.recorder.fail(error),
    ).finally(() => {
      s.inFlight--;
      pending.delete(p);
    });
    pending.add(p);
  };

  await new Promise((resolve) => {
    const timer = setInterval(() => {
      const now = performance.now();
      for (const s of state) {
        while (s.next <= now && s.next < end) {
          fire(s, s.next);
          s.next += s.interval;
        }
      }
      onTick?.(now);
      if (now >= end) {
        clearInterval(timer);
        resolve();
      }
    }, TICK_MS);
  });
  await Promise.allSettled([...pending]);
  return state.map((s) => s.recorder);
}
