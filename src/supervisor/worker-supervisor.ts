import { fork, type ChildProcess } from 'node:child_process';
import { getPriority, setPriority } from 'node:os';
import { readdirSync } from 'node:fs';
import type { Settings } from '../config/settings.js';
import type { JobTiming } from '../metrics/job-timing.js';
import { isToParent, SUPERVISED_ENV, type ToChild } from './messages.js';
import { DEFAULT_BACKOFF, RestartBackoff, type BackoffOptions } from './restart-backoff.js';

export interface SupervisorLog {
  info(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export interface SupervisorOptions {
  /** The worker entry point (dist/worker.js beside dist/main.js). */
  script: string;
  count: number;
  /** Burst children started after the `count` steady ones: their workers follow the backlog gate (jobs.gated). */
  burstCount?: number;
  /**
   * Handed to every child, so a child never resolves Redis or reads config on its own; only the
   * first child runs the outbox relay (jobs.outboxRelay), and wakeRelay() reaches that one.
   */
  settings: Settings;
  log: SupervisorLog;
  /** Job timings a child measured, for this process's /metrics. */
  onTimings(timings: JobTiming[]): void;
  /** How long stop() waits for a child to finish its current jobs before killing it. */
  stopTimeoutMs: number;
  backoff?: BackoffOptions;
}

interface Slot {
  index: number;
  child: ChildProcess | null;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> | null;
  /** It said it is ready; before that it holds no job, and SIGTERM ending it is a clean stop. */
  ready: boolean;
  startedAt: number;
  backoff: RestartBackoff;
  restart: NodeJS.Timeout | null;
}

/**
 * Keeps `count` worker processes running beside the API, so queue work never shares the API's event
 * loop. A child that dies is started again after a backoff; stop() asks each to finish its current
 * jobs (SIGTERM) and waits. Children get an IPC channel and their own process group: a terminal's
 * Ctrl-C reaches them only through the parent's stop sequence (after HTTP), and a parent that dies
 * outright closes the channel, on which a child stops by itself (src/supervisor/child-link.ts).
 */
export class WorkerSupervisor {
  private readonly slots: Slot[];
  private stopping = false;
  private wakePending = false;

  constructor(private readonly options: SupervisorOptions) {
    this.slots = Array.from({ length: options.count + (options.burstCount ?? 0) }, (_, index) => ({
      index,
      child: null,
      exited: null,
      ready: false,
      startedAt: 0,
      backoff: new RestartBackoff(options.backoff ?? DEFAULT_BACKOFF),
      restart: null,
    }));
  }

  start(): void {
    // A forced exit of the parent (grace period over) cannot wait for stop(); the children are told to go.
    process.once('exit', this.killAll);
    for (const slot of this.slots) this.spawn(slot);
  }

  /** Pids of the children running now. */
  pids(): number[] {
    return this.slots.flatMap((slot) => (slot.child?.pid !== undefined ? [slot.child.pid] : []));
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const failures: string[] = [];
    await Promise.all(
      this.slots.map(async (slot) => {
        if (slot.restart) clearTimeout(slot.restart);
        const { child, exited, ready } = slot;
        if (!child || !exited) return;
        child.kill('SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), this.options.stopTimeoutMs)));
        const end = await Promise.race([exited, late]);
        clearTimeout(timer);
        if (end === 'late') {
          child.kill('SIGKILL');
          failures.push(`worker process ${child.pid} did not stop within ${this.options.stopTimeoutMs} ms and was killed`);
        } else if (end.code !== 0 && !(end.signal === 'SIGTERM' && !ready)) {
          // (one still loading its modules has no signal handler yet; SIGTERM's default ends it, with nothing lost)
          failures.push(`worker process ${child.pid} exited with ${end.code ?? end.signal}`);
        }
      }),
    );
    process.removeListener('exit', this.killAll);
    if (failures.length > 0) throw new Error(failures.join('; '));
  }

  /**
   * Tells the relaying child that the API committed. Coalesced per turn of the event loop: a busy
   * API commits hundreds of times a second and one wake drains them all. A child still starting
   * misses it and drains on start anyway; while no child relays, events wait in SQLite.
   */
  wakeRelay(): void {
    if (this.wakePending) return;
    this.wakePending = true;
    setImmediate(() => {
      this.wakePending = false;
      const relay = this.slots[0]?.child;
      const wake: ToChild = { type: 'wake-relay' };
      if (relay?.connected) relay.send(wake);
    });
  }

  private readonly killAll = (): void => {
    for (const slot of this.slots) if (slot.child && slot.child.exitCode === null) slot.child.kill('SIGTERM');
  };

  /**
   * Background work yields the CPU to people: on a machine with few cores the scheduler would
   * otherwise hand a busy worker the same share as the API, and a request queued behind a
   * timeslice of scoring waits tens of milliseconds. A nicer child still gets every cycle the API
   * leaves idle, so the background is slowed only while requests really need the core.
   */
  private lowerPriority(child: ChildProcess): void {
    const nice = this.options.settings.jobs.workerNice;
    if (child.pid === undefined || nice <= 0) return;
    // Linux keeps a niceness per thread: V8's garbage-collector and compiler threads, started before
    // the child's first line of JavaScript, would keep the API's priority. Every thread the child
    // has (its tasks in /proc) is lowered; threads started later inherit from the one starting them.
    for (const id of threadsOf(child.pid)) {
      try {
        // never below what it inherited: an unprivileged process may not raise its own priority
        setPriority(id, Math.max(nice, getPriority(id)));
      } catch (error) {
        if (id !== child.pid) continue; // a thread that ended meanwhile
        // e.g. a sandbox that forbids it: the worker runs at the API's priority, which is 0.2's behaviour
        this.options.log.error({ workerPid: child.pid, err: (error as Error).message }, 'worker process priority not lowered');
        return;
      }
    }
  }

  private spawn(slot: Slot): void {
    slot.restart = null;
    const child = fork(this.options.script, [], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      detached: true,
      env: { ...process.env, [SUPERVISED_ENV]: String(process.pid) },
    });
    slot.child = child;
    this.lowerPriority(child);
    slot.startedAt = Date.now();
    slot.ready = false;
    slot.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    const { settings: own } = this.options;
    const gated = slot.index >= this.options.count;
    const settings: ToChild = { type: 'settings', settings: { ...own, jobs: { ...own.jobs, outboxRelay: slot.index === 0, gated } } };
    child.send(settings);
    child.on('message', (message: unknown) => {
      if (!isToParent(message)) return;
      if (message.type === 'ready' && slot.child === child) {
        slot.ready = true;
        this.lowerPriority(child); // again: the threads the child started while it booted
      }
      if (message.type === 'ready') this.options.log.info({ workerPid: child.pid, slot: slot.index, burst: slot.index >= this.options.count }, 'worker process ready');
      else this.options.onTimings(message.timings);
    });
    // e.g. the script cannot be started; 'exit' follows and the slot is retried
    child.on('error', (error) => this.options.log.error({ workerPid: child.pid, err: error.message }, 'worker process error'));
    child.once('exit', (code, signal) => {
      if (slot.child !== child) return;
      slot.child = null;
      if (this.stopping) return;
      const delay = slot.backoff.next(Date.now() - slot.startedAt);
      this.options.log.error(
        { workerPid: child.pid, slot: slot.index, code, signal, restartInMs: delay },
        `worker process ${child.pid} exited unexpectedly; starting another in ${delay} ms`,
      );
      slot.restart = setTimeout(() => this.spawn(slot), delay);
    });
    this.options.log.info({ workerPid: child.pid, slot: slot.index, burst: slot.index >= this.options.count }, 'worker process started');
  }
}

/** A process's thread ids (Linux /proc); elsewhere, the process alone. */
function threadsOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).map(Number).filter((id) => Number.isInteger(id) && id > 0);
  } catch {
    return [pid];
  }
}
