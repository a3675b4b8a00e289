// Background lag as a desk sees it: from the moment the API answered a write to the moment its
// background result is announced (a webhook for corroboration and flags; the source itself for
// extraction, which announces nothing), and from each event's timestamp to its webhook's arrival.
import { summarise } from './recorder.mjs';

export class LagTracker {
  constructor() {
    /** claimId -> {createdAt, corroboratedAt?, flaggedAt?} for claims created while tracking. */
    this.claims = new Map();
    /** sourceId -> {ingestedAt, extractedAt?, status?} */
    this.sources = new Map();
    this.webhookLags = [];
    this.eventsSeen = new Set();
    this.tracking = false;
    this.arrivalsTotal = 0;
  }

  claimCreated(id, at) {
    if (this.tracking) this.claims.set(id, { createdAt: at });
  }

  sourceIngested(id, at) {
    if (this.tracking) this.sources.set(id, { ingestedAt: at });
  }

  sourceExtracted(id, at, status) {
    const s = this.sources.get(id);
    if (s && s.extractedAt === undefined) Object.assign(s, { extractedAt: at, status });
  }

  /** Sources still waiting for their extraction, for the poller. */
  sourcesPending() {
    return [...this.sources].filter(([, s]) => s.extractedAt === undefined).map(([id]) => id);
  }

  onArrivals(arrivals) {
    for (const a of arrivals) {
      this.arrivalsTotal++;
      if (!this.tracking) continue;
      // at least once: a retried delivery must not count twice
      if (this.eventsSeen.has(a.id)) continue;
      this.eventsSeen.add(a.id);
      const ts = Date.parse(a.timestamp);
      if (Number.isFinite(ts)) this.webhookLags.push({ at: a.receivedAt, lag: a.receivedAt - ts, type: a.type });
      if (a.type === 'corroboration.completed') {
        const c = this.claims.get(a.claimId);
        if (c && c.corroboratedAt === undefined) c.corroboratedAt = a.receivedAt;
      } else if (a.type === 'flag.raised') {
        for (const id of a.claimIds ?? [a.claimId]) {
          const c = this.claims.get(id);
          if (c && c.flaggedAt === undefined) c.flaggedAt = a.receivedAt;
        }
      }
    }
  }

  /**
   * p50/p95 of each lag; `window` limits them to what was created in [from, to) (wall ms), and
   * `trend` compares the first and last third of that window, which is how "bounded" is judged.
   */
  summary({ from = -Infinity, to = Infinity } = {}) {
    const claims = [...this.claims.values()].filter((c) => c.createdAt >= from && c.createdAt < to);
    const sources = [...this.sources.values()].filter((s) => s.ingestedAt >= from && s.ingestedAt < to);
    const lagOf = (list, start, end) => list.filter((x) => x[end] !== undefined).map((x) => x[end] - x[start]);
    const thirds = (list, key, start, end) => {
      if (!list.length || !Number.isFinite(from) || !Number.isFinite(to)) return null;
      const third = (to - from) / 3;
      const first = summarise(lagOf(list.filter((x) => x[key] < from + third), start, end));
      const last = summarise(lagOf(list.filter((x) => x[key] >= to - third), start, end));
      return { firstThirdP50: first.p50, lastThirdP50: last.p50, firstThirdP95: first.p95, lastThirdP95: last.p95 };
    };
    const webhook = this.webhookLags.filter((w) => w.at >= from && w.at < to + 60_000).map((w) => w.lag);
    return {
      corroboration: {
        ...summarise(lagOf(claims, 'createdAt', 'corroboratedAt')),
        of: claims.length,
        notDone: claims.filter((c) => c.corroboratedAt === undefined).length,
        trend: thirds(claims, 'createdAt', 'createdAt', 'corroboratedAt'),
      },
      flags: {
        ...summarise(lagOf(claims, 'createdAt', 'flaggedAt')),
        of: claims.length,
        note: 'claims whose check raised a flag; a check that finds nothing announces nothing',
      },
      extraction: {
        ...summarise(lagOf(sources, 'ingestedAt', 'extractedAt')),
        of: sources.length,
        notDone: sources.filter((s) => s.extractedAt === undefined).length,
        failed: sources.filter((s) => s.status === 'failed').length,
        trend: thirds(sources, 'ingestedAt', 'ingestedAt', 'extractedAt'),
      },
      webhook: summarise(webhook),
    };
  }
}
