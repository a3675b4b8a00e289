/**
 * Nest closes the app on SIGTERM/SIGINT; if something cannot finish (a queue worker whose Redis
 * is gone never closes), leave anyway once the grace period is over.
 */
export function exitAfterGrace(graceMs: number): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => setTimeout(() => process.exit(1), graceMs + 2000).unref());
  }
}
