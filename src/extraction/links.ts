import { contentTerms, ENTITY_ALIASES, isNumberToken } from '../text/index.js';
import type { Claimant } from './claimant.js';
import { sameParty } from './denial-merge.js';

/** What the linker needs to know about a claim. */
export interface LinkCandidate {
  ref: string;
  stance: 'asserts' | 'denies';
  claimant: Claimant;
  /** Content terms (stems, entity ids, numbers) of what the claim is about, without its claimant. */
  terms: ReadonlySet<string>;
  /** A denial with (almost) no content of its own: "Der Kreml dementierte.", "„Nein“". */
  contentless: boolean;
  /** How many content terms the denial has of its own (without reference words and labels). */
  ownTerms: number;
  /**
   * A denial that points back: at the claim just before ("bestritt das", "rejected those claims") or at
   * what was reported, the article's main claim ("den Bericht", "the allegations").
   */
  backRef: 'previous' | 'main' | null;
}

export interface ClaimLink {
  from: string;
  to: string;
  relation: 'denies';
}

/** A shared number weighs more than a shared word: figures are what denials most often answer. */
export const DEFAULT_NUMBER_WEIGHT = 2;
/** Denial and claim must share at least this much weight to be linked by content. */
export const DEFAULT_MIN_LINK_SCORE = 2;
/** A denial saying at most this much of its own, with nothing closer to answer, answers the main claim. */
export const DEFAULT_SHORT_DENIAL_TERMS = 3;

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>, numberWeight: number): number {
  let score = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const t of small) if (large.has(t)) score += isNumberToken(t) ? numberWeight : 1;
  return score;
}

/** Entity terms ("ent_by") of who a claimant is: the country it speaks for and entities its name holds. */
export function partyTerms(c: Claimant): Set<string> {
  const out = new Set(contentTerms(`${c.name} ${c.affiliation ?? ''}`, 'en').filter((t) => t.startsWith('ent_')));
  for (const e of ENTITY_ALIASES) {
    if (c.country !== null && e.country === c.country && e.names.some((n) => n.kind === 'country')) out.add(e.id);
  }
  return out;
}

/** Shortest stem that may head a German compound ("preis" in "Preiserhöhung"): shorter ones begin too many words. */
const MIN_COMPOUND_HEAD = 4;

/**
 * Whether two claims speak of the same thing at all: a shared term, or (German writes a new noun
 * as one word) a term that begins another ("Preise verdoppeln" – "Preiserhöhung"). Entities and
 * numbers must match exactly.
 */
function sharesContent(a: ReadonlySet<string>, b: ReadonlySet<string>, numberWeight: number): boolean {
  if (overlap(a, b, numberWeight) > 0) return true;
  const words = (s: ReadonlySet<string>) => [...s].filter((t) => !t.startsWith('ent_') && !isNumberToken(t) && t.length >= MIN_COMPOUND_HEAD);
  const other = words(b);
  return words(a).some((x) => other.some((y) => x !== y && (x.length < y.length ? y.startsWith(x) : x.startsWith(y))));
}

function names(claim: LinkCandidate, party: ReadonlySet<string>): boolean {
  for (const t of party) if (claim.terms.has(t)) return true;
  return false;
}

/**
 * Links every denial to the claim it answers, never to a claim of its own side (a spokesperson does
 * not deny the ministry he speaks for): a denial pointing at "that"/"those claims" to the claim just
 * before it; one pointing at "the report" to the main claim when it shares anything with it or says
 * little of its own; otherwise to the asserting claim of another party that shares the most content
 * (earlier claims first, later ones only when no earlier one qualifies); a short denial with no better
 * target goes to the main claim when it says nothing of its own, shares something with it or is the
 * answer of the one it accuses ("a drone from Belarus entered …" – "Belarus denied that any aircraft crossed").
 * Only content links a denial to a claim made after it: "the report" and "bestritt das" point back.
 */
export function linkDenials(
  claims: readonly LinkCandidate[],
  mainRef: string | null,
  minScore = DEFAULT_MIN_LINK_SCORE,
  numberWeight = DEFAULT_NUMBER_WEIGHT,
): ClaimLink[] {
  const links: ClaimLink[] = [];
  const main = claims.find((c) => c.ref === mainRef) ?? null;
  claims.forEach((denial, position) => {
    if (denial.stance !== 'denies') return;
    const eligible = (c: LinkCandidate): boolean => c.stance === 'asserts' && !sameParty(c.claimant, denial.claimant);
    let best: LinkCandidate | null = null;
    let bestScore = 0;
    const consider = (from: number, to: number): void => {
      for (let k = from; k < to; k++) {
        const c = claims[k];
        if (!eligible(c)) continue;
        const score = overlap(c.terms, denial.terms, numberWeight);
        if (score > bestScore) {
          best = c;
          bestScore = score;
        }
      }
    };
    consider(0, position);
    if (bestScore < minScore) consider(position + 1, claims.length);
    const mainFits = main !== null && eligible(main) && claims.indexOf(main) < position;
    let target: LinkCandidate | null = null;
    if (denial.backRef === 'previous') {
      for (let k = position - 1; k >= 0 && target === null; k--) if (eligible(claims[k])) target = claims[k];
    }
    if (target === null) {
      const short = denial.ownTerms <= DEFAULT_SHORT_DENIAL_TERMS;
      if (denial.backRef === 'main' && mainFits && (short || overlap(main.terms, denial.terms, numberWeight) > 0)) target = main;
      else if (best !== null && bestScore >= minScore) target = best;
      // "bestritt, dass das Schiff Öl verliere": a denial that says what it denies answers no claim about something else
      else if (short && mainFits && (denial.contentless || sharesContent(main.terms, denial.terms, numberWeight) || names(main, partyTerms(denial.claimant)))) {
        target = main;
      }
    }
    if (target) links.push({ from: denial.ref, to: target.ref, relation: 'denies' });
  });
  return links;
}
