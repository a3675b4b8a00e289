/**
 * Whether burst workers take jobs: open once the jobs waiting reach `open`, closed again once they
 * fall to `close`. The gap keeps a backlog hovering near one threshold from opening and closing the
 * gate at every poll.
 */
export interface BacklogThresholds {
  open: number;
  close: number;
}

export function gateOpenAfter(isOpen: boolean, waiting: number, thresholds: BacklogThresholds): boolean {
  return isOpen ? waiting > thresholds.close : waiting >= thresholds.open;
}

export interface BacklogGateOptions {
  thresholds: BacklogThresholds;
  /** Jobs waiting in every queue now; a failure (Redis away) leaves the gate as it is. */
  waiting(): Promise<number>;
  /** Called on every change, with the count that caused it. */
  onChange(open: boolean, waiting: number): void;
  pollMs: number;
}

/** Polls the backlog and tells onChange when the gate opens or closes. Starts closed. */
export class BacklogGate {
  private open = false;
  private timer: NodeJS.Timeout | null = null;
  private polling = false;

  constructor(private readonly options: BacklogGateOptions) {}

  get isOpen(): boolean {
    return this.open;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.poll(), this.options.pollMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One look at the backlog (the timer calls it; tests may too). */
  async poll(): Promise<void> {
    if (this.polling) return; // a slow Redis answer: the next tick asks again
    this.polling = true;
    try {
      const waiting = await this.options.waiting();
      const next = gateOpenAfter(this.open, waiting, this.options.thresholds);
      if (next !== this.open) {
        this.open = next;
        this.options.onChange(next, waiting);
      }
    } catch {
      // Redis unreachable: the workers' own error handler reports it; the gate stays as it is
    } finally {
      this.polling = false;
    }
  }
}
