/**
 * What a related passage does to a claim: supports it, contradicts it, or only
 * mentions the same things.
 */
import { findEntities, tokenize } from '../text/index.js';
import { countedFiguresConfirmed, countedFiguresConflict, countedFiguresKnownAlike, yearsOf } from './counted-figures.js';
import { findDenialCues, findHedgeCues, findNeutralityCues, reversingCue } from './cues.js';
import type { Stance } from './evidence.js';
import type { PassageScore } from './scoring.js';
import { type AnalysedText, allTerms } from './terms.js';

export interface StanceOptions {
  /** Below this score a passage is not evidence at all. */
  minRelatedScore: number;
  /** Supports and contradicts need at least this score: the passage must be about the same statement. */
  minSameContentScore: number;
  /** …and, within one language, at least this share of the claim's ordinary words, so shared names alone do not make agreement. */
  minStemOverlap: number;
  /** …and at least this share of the entities the claim names. */
  minEntityOverlap: number;
  /**
   * An explicit denial ("dementiert", "denied") needs fewer of the claim's
   * words: denials restate what they deny briefly and in their own terms.
   */
  minStemOverlapForDenial: number;
}

export const DEFAULT_STANCE_OPTIONS: Readonly<StanceOptions> = Object.freeze({
  minRelatedScore: 0.25,
  minSameContentScore: 0.5,
  minStemOverlap: 0.3,
  minEntityOverlap: 0.6,
  minStemOverlapForDenial: 0.15,
});

/**
 * Plugged in from the consistency rules: true when a figure in the passage
 * cannot be true together with a figure in the claim (same measure and
 * subject, disjoint intervals). It must check measure and subject itself;
 * here it is asked about every related passage.
 */
export type QuantitiesConflict = (claimText: string, passageText: string) => boolean;

export interface StanceDependencies {
  quantitiesConflict?: QuantitiesConflict;
}

export type StanceReason =
  | 'quantity_conflict' // contradicts: the figures cannot both be true
  | 'denial' // contradicts: one side denies what the other states
  | 'negation' // contradicts: one side negates what the other states
  | 'same_content' // supports
  | 'hedged' // mentions: the passage passes the statement on as unconfirmed ("allegedly", "could not be verified")
  | 'denied_statement' // mentions: the claim is a denial and the passage states what it denies; the claim's own denial words are no evidence against it
  | 'figures_unconfirmed' // mentions: same statement, but the claim's figures are missing or differ, count another thing, or are of another year
  | 'other_language' // mentions: same entities in the other language, and no figures to confirm the statement
  | 'related'; // mentions: shares terms, not the statement

export interface StanceResult {
  stance: Stance;
  reason: StanceReason;
  /** The denial or negation that reversed the statement, or the passage's clashing figure, as written, when that was the reason. */
  cue: string | null;
}

export interface StanceInput {
  claimText: string;
  claim: AnalysedText;
  passageText: string;
  passage: AnalysedText;
  score: PassageScore;
}

/**
 * Across languages only entities and numbers can be compared, so there "same
 * statement" rests on the entities alone and support also needs the claim's
 * figures: without them, two texts naming Russia and China agree on nothing.
 */
function isAboutSameStatement(score: PassageScore, minStemOverlap: number, options: StanceOptions): boolean {
  if (score.score < options.minSameContentScore) return false;
  if (score.entityOverlap !== null && score.entityOverlap < options.minEntityOverlap) return false;
  if (score.sameLanguage) return score.stemOverlap === null || score.stemOverlap >= minStemOverlap;
  return score.entityOverlap !== null;
}

/** The terms a negation's clause must share with the other side to negate it. */
function subjectTerms(text: AnalysedText, sameLanguage: boolean): Set<string> {
  return sameLanguage ? new Set([...text.stems, ...text.numbers]) : allTerms(text);
}

type Role = 'name' | 'attribute';

/** How a text names each entity: as an actor ("Litauen", "Moscow", "Russia's") or as an attribute ("russischen", "Lithuanian"). */
function entityRoles(text: string): Map<string, Set<Role>> {
  const roles = new Map<string, Set<Role>>();
  for (const span of findEntities(tokenize(text))) {
    const role: Role = span.match.kind === 'adjective' ? 'attribute' : 'name';
    roles.set(span.match.id, (roles.get(span.match.id) ?? new Set<Role>()).add(role));
  }
  return roles;
}

/** Two entities, one the claim names only as an actor and one only as an attribute, the other way round in the passage. */
export function swappedRoles(claimText: string, passageText: string): boolean {
  const claim = entityRoles(claimText);
  const passage = entityRoles(passageText);
  const only = (roles: Set<Role> | undefined, role: Role) => roles !== undefined && roles.size === 1 && roles.has(role);
  for (const [x, xRoles] of claim) {
    if (!only(xRoles, 'name') || !only(passage.get(x), 'attribute')) continue;
    for (const [y, yRoles] of claim) {
      if (y !== x && only(yRoles, 'attribute') && only(passage.get(y), 'name')) return true;
    }
  }
  return false;
}

/** The passage speaks of years ("in 2019", not "since 2008"), none of them one the claim speaks of. */
function speaksOfAnotherYear(claimText: string, passageText: string): boolean {
  const claimYears = yearsOf(claimText);
  const passageYears = [...yearsOf(passageText)];
  return passageYears.length > 0 && !passageYears.some((year) => claimYears.has(year));
}

/**
 * Close enough for a clash of figures: the claim's words (or, across languages, its entities) are
 * there, whatever the overall score, which the differing figure itself pulls down.
 */
function aboutSameThings(score: PassageScore, options: StanceOptions): boolean {
  if (score.entityOverlap !== null && score.entityOverlap < options.minEntityOverlap) return false;
  if (score.sameLanguage) return score.stemOverlap !== null && score.stemOverlap >= options.minStemOverlap;
  return score.entityOverlap !== null;
}

/** The stance of a passage, or null when it is too far from the claim to be evidence. */
export function classifyStance(
  input: StanceInput,
  dependencies: StanceDependencies = {},
  options: StanceOptions = DEFAULT_STANCE_OPTIONS,
): StanceResult | null {
  const { claimText, claim, passageText, passage, score } = input;
  if (score.score < options.minRelatedScore) return null;

  if (dependencies.quantitiesConflict?.(claimText, passageText)) {
    return { stance: 'contradicts', reason: 'quantity_conflict', cue: null };
  }
  // Across languages a claim naming no known entity meets a passage through the names both write
  // alike ("Cloppenburg") or through figures of a thing both languages name ("3,000 employees").
  const anchoredAcross = !score.sameLanguage && score.entityOverlap === null && score.score >= options.minSameContentScore &&
    ((score.sharedNames?.length ?? 0) > 0 || countedFiguresKnownAlike(claimText, claim.language, passageText, passage.language));
  const sameStatement = isAboutSameStatement(score, options.minStemOverlap, options) || anchoredAcross;
  // Figures of a thing the quantity rules have no measure for ("200 tonnes of cod", "Schäden von
  // 12 Millionen Euro", "900 strikers"): a clash only counts when the passage is about the same
  // statement, and a denial claim's figures are what it denies, not what it asserts.
  if (aboutSameThings(score, options) && findDenialCues(claimText, claim.language).length === 0) {
    const clash = countedFiguresConflict(claimText, claim.language, passageText, passage.language);
    if (clash) return { stance: 'contradicts', reason: 'quantity_conflict', cue: clash.passageFigure };
  }
  if (!sameStatement && !isAboutSameStatement(score, options.minStemOverlapForDenial, options)) {
    return { stance: 'mentions', reason: 'related', cue: null };
  }
  // "Russland hat den litauischen Botschafter ausgewiesen" against "Litauen hat den russischen
  // Botschafter ausgewiesen": the same actors in swapped roles make another statement.
  if (swappedRoles(claimText, passageText)) return { stance: 'mentions', reason: 'related', cue: null };

  // A denial that answers a denial agrees with it, so what matters is whether the two sides differ.
  // Within one language a negation must share a word or figure with the other side, not only a
  // name: "Ohne Norwegen ginge es nicht" says nothing against what Norway delivered.
  const claimCue = reversingCue(claimText, claim.language, subjectTerms(passage, score.sameLanguage));
  const passageCue = reversingCue(passageText, passage.language, subjectTerms(claim, score.sameLanguage));
  const reverses = (cue: typeof claimCue): boolean => cue !== null && (cue.kind === 'denial' || cue.kind === 'negation');
  // "did not deny" / "bestreitet nicht mehr" against a denial: the denial is taken back
  if (claimCue?.kind === 'denial' && passageCue?.kind === 'withdrawn_denial') {
    return { stance: 'contradicts', reason: 'denial', cue: passageCue.text };
  }
  const reversal = reverses(passageCue) && !reverses(claimCue) ? passageCue : reverses(claimCue) && !reverses(passageCue) ? claimCue : null;
  if (reversal && reversal === claimCue && reversal.kind === 'denial') {
    return { stance: 'mentions', reason: 'denied_statement', cue: reversal.text };
  }
  if (reversal && (sameStatement || reversal.kind === 'denial')) {
    return { stance: 'contradicts', reason: reversal.kind === 'denial' ? 'denial' : 'negation', cue: reversal.text };
  }
  if (!sameStatement) return { stance: 'mentions', reason: 'related', cue: null };

  // "X says it is neutral" takes no side: it neither supports nor denies what X is said to have done
  const neutral = findNeutralityCues(passageText, passage.language)[0];
  if (neutral && findNeutralityCues(claimText, claim.language).length === 0) {
    return { stance: 'mentions', reason: 'hedged', cue: neutral.text };
  }

  const hedge = findHedgeCues(passageText, passage.language)[0];
  if (hedge && findHedgeCues(claimText, claim.language).length === 0) {
    return { stance: 'mentions', reason: 'hedged', cue: hedge.text };
  }

  // Across languages without figures only a denial restating a denial of the same actors agrees
  // clearly enough: "denied that a drone crossed from Belarus into Poland" and "bestritt, dass eine
  // Drohne aus Belarus nach Polen geflogen sei".
  if (score.numbers === 'no_numbers' && !score.sameLanguage && claimCue?.kind === 'denial' && passageCue?.kind === 'denial' &&
    (score.entityOverlap === 1 ? claim.entities.size >= 2 : score.entityOverlap === null && (score.sharedNames?.length ?? 0) > 0)) {
    return { stance: 'supports', reason: 'same_content', cue: null };
  }
  if (score.numbers === 'all' || (score.numbers === 'no_numbers' && score.sameLanguage)) {
    // the same figures must count the same things ("two data cables", not "two patrol ships"), and
    // a passage about another year ("in 2019 …") reports another event, however alike
    if (!countedFiguresConfirmed(claimText, claim.language, passageText, passage.language) || speaksOfAnotherYear(claimText, passageText)) {
      return { stance: 'mentions', reason: 'figures_unconfirmed', cue: null };
    }
    return { stance: 'supports', reason: 'same_content', cue: null };
  }
  return { stance: 'mentions', reason: score.numbers === 'no_numbers' ? 'other_language' : 'figures_unconfirmed', cue: null };
}
