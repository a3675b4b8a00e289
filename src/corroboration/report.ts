/**
 * The verdict of a corroboration check over its evidence: how many independent
 * origins support the claim and what status follows.
 */
import type { CorroborationStatus, Evidence } from './evidence.js';

export interface ReportOptions {
  /** Independent supporting origins needed for `corroborated`. */
  minIndependentOrigins: number;
}

export const DEFAULT_REPORT_OPTIONS: Readonly<ReportOptions> = Object.freeze({ minIndependentOrigins: 2 });

export interface Claimant {
  name: string;
  affiliation?: string | null;
}

export interface ReportContext {
  /** Origins of the sources the claim cites: a source cannot corroborate itself, nor can its reprints. */
  citedOriginIds: readonly string[];
  /** Sources whose publisher is the claimant (or the claimant's organisation) only repeat the claim. */
  claimant?: Claimant | null;
  /** Origins the service already knows to be the claimant's own, beyond what publisher names reveal. */
  claimantOriginIds?: readonly string[];
  /** Another claim is linked to this one with `denies`. */
  hasIncomingDenial: boolean;
}

export interface ReportSummary {
  status: CorroborationStatus;
  independentOrigins: number;
  /** The origins counted, sorted, for the report's readers and for tests. */
  independentOriginIds: string[];
  /** Evidence items per stance, every source counted (the claim summary shows these). */
  supporting: number;
  contradicting: number;
}

export type EvidenceForReport = Pick<Evidence, 'originId' | 'publisher' | 'stance'> & {
  /** The origin of another passage this one translates: both count as one origin. */
  translationOf?: string | null;
};

/** Origins joined through translations, each mapped to one representative (the smallest id). */
function originGroups(evidence: readonly EvidenceForReport[]): (originId: string) => string {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const item of evidence) {
    if (!item.translationOf) continue;
    const a = find(item.originId);
    const b = find(item.translationOf);
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  return find;
}

function normaliseName(name: string): string {
  return ` ${name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/**
 * Publisher and claimant name the same body when one contains the other as
 * whole words ("Ministry of Foreign Affairs" in "China Ministry of Foreign
 * Affairs"). Erring towards a match only ever lowers the independent count.
 */
export function isPublishedByClaimant(publisher: string, claimant: Claimant | null | undefined): boolean {
  if (!claimant) return false;
  const pub = normaliseName(publisher);
  if (pub.trim() === '') return false;
  return [claimant.name, claimant.affiliation ?? ''].some((who) => {
    const name = normaliseName(who);
    if (name.trim().length < 2) return false;
    return pub.includes(name) || name.includes(pub);
  });
}

export function summariseReport(
  evidence: readonly EvidenceForReport[],
  context: ReportContext,
  options: ReportOptions = DEFAULT_REPORT_OPTIONS,
): ReportSummary {
  // translations of one report are one origin: excluded together, counted once
  const group = originGroups(evidence);
  const excluded = new Set<string>([...context.citedOriginIds, ...(context.claimantOriginIds ?? [])].map(group));
  for (const item of evidence) {
    if (isPublishedByClaimant(item.publisher, context.claimant)) excluded.add(group(item.originId));
  }

  const counted = new Set<string>();
  let supporting = 0;
  let contradicting = 0;
  for (const item of evidence) {
    if (item.stance === 'supports') {
      supporting++;
      if (!excluded.has(group(item.originId))) counted.add(group(item.originId));
    } else if (item.stance === 'contradicts') {
      contradicting++;
    }
  }

  const independentOrigins = counted.size;
  return {
    status: statusOf(independentOrigins, contradicting > 0 || context.hasIncomingDenial, options),
    independentOrigins,
    independentOriginIds: [...counted].sort(),
    supporting,
    contradicting,
  };
}

/**
 * Contradiction wins over any amount of support: a denied claim needs a human
 * look. Between 1 and the threshold the claim rests on too few origins; with
 * the default threshold of 2 that is exactly one, hence the name.
 */
function statusOf(independentOrigins: number, contested: boolean, options: ReportOptions): CorroborationStatus {
  if (contested) return 'contested';
  if (independentOrigins >= options.minIndependentOrigins) return 'corroborated';
  if (independentOrigins >= 1) return 'single_source';
  return 'uncorroborated';
}
