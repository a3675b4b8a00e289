/**
 * How a held figure is drawn, and the scales of the chart: plain functions, no Preact, so the
 * rules can be read (and changed) apart from the markup.
 */

export interface Interval {
  min: number | null;
  max: number | null;
}

/** A range is a bar, a lower or upper bound an arrow from the bound, an exact figure a point. */
export type MarkShape = 'bar' | 'lower-bound' | 'upper-bound' | 'point' | 'none';

export function shapeOf(f: Interval): MarkShape {
  if (f.min !== null && f.max !== null) return f.min === f.max ? 'point' : 'bar';
  if (f.min !== null) return 'lower-bound';
  if (f.max !== null) return 'upper-bound';
  return 'none';
}

export interface Scale {
  (value: number): number;
  ticks: number[];
}

/** Rounded steps (1, 2 or 5 times a power of ten) that cover [low, high] in about `count` ticks. */
export function niceTicks(low: number, high: number, count = 5): number[] {
  if (!(high > low)) return [low];
  const raw = (high - low) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((k) => k * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = Math.ceil(low / step) * step; v <= high + step / 1e6; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/** y: from 0 (or the lowest figure, if below) to a little above the highest, so arrows have room. */
export function valueScale(figures: Interval[], top: number, bottom: number): Scale {
  const values = figures.flatMap((f) => [f.min, f.max]).filter((v): v is number => v !== null);
  const low = Math.min(0, ...values);
  const highest = values.length ? Math.max(...values) : 1;
  const ticks = niceTicks(low, highest * 1.2 || 1);
  const high = Math.max(ticks[ticks.length - 1], highest * 1.2 || 1);
  const scale = ((v: number) => bottom - ((v - low) / (high - low || 1)) * (bottom - top)) as Scale;
  scale.ticks = ticks;
  return scale;
}

const DAY_MS = 86_400_000;

/** x: the time the figures span, padded on both sides (a day either side when all share one date). */
export function timeScale(dates: string[], left: number, right: number): Scale {
  const times = dates.map((d) => Date.parse(d));
  let start = Math.min(...times);
  let end = Math.max(...times);
  if (!Number.isFinite(start)) start = end = Date.now();
  const pad = Math.max((end - start) * 0.06, DAY_MS);
  start -= pad;
  end += pad;
  const scale = ((t: number) => left + ((t - start) / (end - start)) * (right - left)) as Scale;
  const count = Math.min(6, Math.max(2, Math.round((end - start) / DAY_MS)));
  scale.ticks = Array.from({ length: count }, (_, i) => start + pad + (i * (end - start - 2 * pad)) / Math.max(1, count - 1));
  if (end - start - 2 * pad <= 0) scale.ticks = [start + pad];
  return scale;
}

/** Figures that share an open flag with another figure on the chart: the conflicting pairs. */
export function conflictPairs<T extends { flagIds: string[] }>(figures: T[]): Array<[T, T]> {
  const byFlag = new Map<string, T[]>();
  for (const f of figures) for (const id of f.flagIds) byFlag.set(id, [...(byFlag.get(id) ?? []), f]);
  const pairs: Array<[T, T]> = [];
  for (const members of byFlag.values()) {
    for (let i = 0; i + 1 < members.length; i++) pairs.push([members[i], members[i + 1]]);
  }
  return pairs;
}

/** The figures in a conflict drawn here: they share a flag id with another figure on the chart. */
export function inConflict<T extends { flagIds: string[] }>(figures: T[]): Set<T> {
  return new Set(conflictPairs(figures).flat());
}
