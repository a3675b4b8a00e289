/** One thing a process holds and must let go of when it stops. */
export interface ShutdownStep {
  name: string;
  stop(): Promise<unknown> | unknown;
}

/** The part of a pino logger the sequence writes to. */
export interface ShutdownLog {
  info(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/**
 * The order a process lets go of what it holds. Steps run last-added first, one at a time: a
 * process adds each thing as soon as it has it (Redis, then the app, then the listening socket),
 * so a stop during start-up releases just what was started, and each thing stops only after
 * everything that depends on it (HTTP before the workers, the workers before the database, the
 * database before Redis). Plain TypeScript, so a supervisor of worker processes can reuse it.
 */
export class ShutdownSequence {
  private readonly steps: ShutdownStep[] = [];
  private running: Promise<boolean> | undefined;

  constructor(private readonly log: ShutdownLog) {}

  add(step: ShutdownStep): void {
    this.steps.unshift(step);
  }

  get started(): boolean {
    return this.running !== undefined;
  }

  /** Runs the steps once (later calls get the same promise); true if every step succeeded. */
  run(): Promise<boolean> {
    this.running ??= this.runSteps();
    return this.running;
  }

  private async runSteps(): Promise<boolean> {
    let clean = true;
    for (const step of this.steps) {
      const begun = performance.now();
      try {
        await step.stop();
        this.log.info({ step: step.name, ms: Math.round(performance.now() - begun) }, `stopped: ${step.name}`);
      } catch (error) {
        // The later steps still run: a database that failed to close must not leave Redis behind.
        clean = false;
        this.log.error({ step: step.name, err: (error as Error).message }, `could not stop: ${step.name}`);
      }
    }
    return clean;
  }
}

export const STOP_SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * Runs the sequence, then exits 0 (1 if a step failed). If it is not done within `graceMs`, the
 * process leaves with 1 anyway. A second call while stopping does nothing. `reason` names the
 * trigger in the log: a signal, or a worker child's parent gone.
 */
export function stopAndExit(sequence: ShutdownSequence, log: ShutdownLog, graceMs: number, reason: string): void {
  if (sequence.started) return;
  log.info({ reason }, `${reason}: stopping`);
  setTimeout(() => {
    log.error({ graceMs }, `not stopped within ${graceMs} ms; exiting anyway`);
    process.exit(1);
  }, graceMs).unref();
  void sequence.run().then((clean) => process.exit(clean ? 0 : 1));
}

/**
 * SIGTERM or SIGINT stops the process (stopAndExit); `graceMs` may be a function, for a process that
 * learns its settings only after it starts listening for signals. Further signals while stopping are ignored:
 * Ctrl-C reaches node twice, once from the terminal and once forwarded by npm.
 */
export function exitOnStopSignals(sequence: ShutdownSequence, log: ShutdownLog, graceMs: number | (() => number)): void {
  const grace = typeof graceMs === 'number' ? () => graceMs : graceMs;
  for (const signal of STOP_SIGNALS) process.on(signal, () => stopAndExit(sequence, log, grace(), signal));
}
