import { randomUUID } from 'node:crypto';

/**
 * Opaque ids; UUIDs as the contract allows. Version 7 (RFC 9562) is time-ordered, so new rows land at
 * the end of every id index instead of at random pages (measurably cheaper inserts in SQLite).
 *
 * Written here rather than taken from the `uuid` package: its v7 asks the system for fresh random
 * bytes on every call, which showed up in profiles of claim ingestion (several ids per claim). This
 * takes the random part from crypto.randomUUID(), which draws from a buffered pool. Within one
 * millisecond, a 12-bit counter (rand_a, RFC 9562 section 6.2, method 1) keeps ids increasing.
 */
let lastMs = -1;
let counter = 0;

export function newId(): string {
  let ms = Date.now();
  if (ms > lastMs) {
    lastMs = ms;
    // start low in the counter's range, so a burst within one millisecond rarely runs out
    counter = (Math.random() * 0x400) | 0;
  } else {
    ms = lastMs; // the clock went back or stood still: stay on the last millisecond
    counter++;
    if (counter > 0xfff) {
      // 4096 ids in one millisecond: borrow the next one
      lastMs = ++ms;
      counter = 0;
    }
  }
  const time = ms.toString(16).padStart(12, '0');
  const random = randomUUID(); // xxxxxxxx-xxxx-4xxx-Vxxx-xxxxxxxxxxxx: keep its variant and last 62 bits
  return `${time.slice(0, 8)}-${time.slice(8)}-7${counter.toString(16).padStart(3, '0')}${random.slice(18)}`;
}
