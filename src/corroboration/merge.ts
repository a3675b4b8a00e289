/**
 * Merging a new source into a stored report, instead of checking the claim again against every
 * held passage. A full check ranks the passages FTS5 finds for the claim's query, keeps the best
 * `maxCandidatePassages`, assesses them and keeps the evidence `rankAndCap` picks. Adding the new
 * source's passages (assessed with the same query, so the same bm25) to what the report holds and
 * capping again gives the same items: per-source caps count per source and the new source is a
 * source of its own, and an item the total cap left out can only fall further back when more
 * arrive. Pure: the service reads the rows and stores what comes back.
 */
import { type AssessedEvidence, type EvidenceOptions, rankAndCap } from './assess.js';

/**
 * Where a full check drew its line: the bm25 of the last passage it took when it took as many as
 * it may, else null (it took every passage that matched). Lower bm25 ranks better.
 */
export function candidateFloor(bm25s: readonly number[], maxCandidatePassages: number): number | null {
  if (bm25s.length < maxCandidatePassages || bm25s.length === 0) return null;
  return Math.max(...bm25s);
}

/**
 * Whether a full check would have taken a new passage: always when it took every match, else only
 * when the passage ranks above its last one. (A passage that enters a full list would push the
 * last one out in a full check; the merge keeps what the report holds, and the claim's next full
 * check draws the line afresh.)
 */
export function aboveFloor(bm25: number, floor: number | null): boolean {
  return floor === null || bm25 < floor;
}

/**
 * The report's evidence with the new source's: what it held from that source before is replaced
 * (a merge run twice gives the same result), then ranked and capped as a full check does.
 */
export function mergeEvidence(
  held: readonly AssessedEvidence[],
  sourceId: string,
  fresh: readonly AssessedEvidence[],
  options: EvidenceOptions,
): AssessedEvidence[] {
  return rankAndCap([...held.filter((e) => e.sourceId !== sourceId), ...fresh.filter((e) => e.sourceId === sourceId)], options);
}

/** Same items in the same order, field by field: a merge that changes nothing writes nothing. */
export function sameEvidence(a: readonly AssessedEvidence[], b: readonly AssessedEvidence[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i]!;
    return x.sourceId === y.sourceId && x.start === y.start && x.end === y.end && x.stance === y.stance &&
      x.score === y.score && x.originId === y.originId && x.publisher === y.publisher && x.reason === y.reason &&
      x.cue === y.cue && x.snippet === y.snippet && (x.translationOf ?? null) === (y.translationOf ?? null);
  });
}
