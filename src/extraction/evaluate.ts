/**
 * Precision and recall of claim extraction against hand-annotated articles. Pure: it scores a run,
 * it does not run the extractor.
 */
import type { Language } from '../text/index.js';

export interface ExpectedClaim {
  id: string;
  /** Claimant name as extraction should normalise it ("U.S. officials", "Dmitry Peskov"). */
  claimant: string;
  /** Other names of the claimant that are as right ("ministry" for "Chinese foreign ministry"). */
  claimantAlso?: string[];
  stance: 'asserts' | 'denies';
  /** A distinctive piece of the claim as it stands in the article text. */
  contains: string;
}

export interface EvalArticle {
  id: string;
  language: Language;
  publisher?: string;
  text: string;
  claims: ExpectedClaim[];
  /** `from` denies `to`; ids of expected claims. */
  links: Array<{ from: string; to: string }>;
}

/** The part of an extraction run the evaluation looks at. */
export interface PredictedClaims {
  claims: Array<{ ref: string; text: string; start: number; end: number; stance: string; claimant: { name: string } }>;
  links: Array<{ from: string; to: string; relation: string }>;
}

export interface Score {
  correct: number;
  predicted: number;
  expected: number;
  precision: number;
  recall: number;
}

export interface ArticleScore {
  id: string;
  language: Language;
  claims: Score;
  links: Score;
  /** Expected claims nobody matched, and predicted claims that matched nothing: for reading, not scoring. */
  missed: ExpectedClaim[];
  spurious: PredictedClaims['claims'];
}

export interface Summary {
  claims: Score;
  links: Score;
}

export function score(correct: number, predicted: number, expected: number): Score {
  return {
    correct,
    predicted,
    expected,
    precision: predicted === 0 ? 1 : correct / predicted,
    recall: expected === 0 ? 1 : correct / expected,
  };
}

/** Claimant names compare without case, dots and apostrophes: "U.S. officials" = "US officials". */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string): string => s.toLowerCase().replace(/[.'’]/g, '').replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

/** Whether a predicted claimant name is the expected one or one of the names the annotation accepts as well. */
export function claimantMatches(expected: ExpectedClaim, name: string): boolean {
  return [expected.claimant, ...(expected.claimantAlso ?? [])].some((n) => sameName(n, name));
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').toLowerCase();
}

/** True when the predicted claim covers the expected one: its text contains the substring, or its span overlaps where the substring stands. */
function covers(article: EvalArticle, expected: ExpectedClaim, predicted: PredictedClaims['claims'][number]): boolean {
  if (squash(predicted.text).includes(squash(expected.contains))) return true;
  const at = article.text.indexOf(expected.contains);
  return at >= 0 && predicted.start < at + expected.contains.length && at < predicted.end;
}

/**
 * Scores one article: claims match one-to-one on claimant name (any the annotation accepts), stance and
 * coverage; links on their matched ends, so a link is right only when both its claims are.
 */
export function evaluateArticle(article: EvalArticle, run: PredictedClaims): ArticleScore {
  const matchOf = new Map<string, string>(); // predicted ref → expected id
  const used = new Set<string>();
  const missed: ExpectedClaim[] = [];
  for (const e of article.claims) {
    const hit = run.claims.find(
      (p) => !used.has(p.ref) && p.stance === e.stance && claimantMatches(e, p.claimant.name) && covers(article, e, p),
    );
    if (hit) {
      used.add(hit.ref);
      matchOf.set(hit.ref, e.id);
    } else {
      missed.push(e);
    }
  }
  const expectedLinks = new Set(article.links.map((l) => `${l.from}>${l.to}`));
  let correctLinks = 0;
  const seen = new Set<string>();
  for (const l of run.links) {
    const key = `${matchOf.get(l.from)}>${matchOf.get(l.to)}`;
    if (l.relation === 'denies' && expectedLinks.has(key) && !seen.has(key)) {
      seen.add(key);
      correctLinks++;
    }
  }
  return {
    id: article.id,
    language: article.language,
    claims: score(used.size, run.claims.length, article.claims.length),
    links: score(correctLinks, run.links.length, article.links.length),
    missed,
    spurious: run.claims.filter((p) => !used.has(p.ref)),
  };
}

function total(scores: readonly Score[]): Score {
  return score(
    scores.reduce((n, s) => n + s.correct, 0),
    scores.reduce((n, s) => n + s.predicted, 0),
    scores.reduce((n, s) => n + s.expected, 0),
  );
}

/** Micro-averaged totals, overall and per language. */
export function summarise(articles: readonly ArticleScore[]): { overall: Summary; byLanguage: Partial<Record<Language, Summary>> } {
  const sum = (list: readonly ArticleScore[]): Summary => ({
    claims: total(list.map((a) => a.claims)),
    links: total(list.map((a) => a.links)),
  });
  const byLanguage: Partial<Record<Language, Summary>> = {};
  for (const lang of ['de', 'en'] as const) {
    const list = articles.filter((a) => a.language === lang);
    if (list.length > 0) byLanguage[lang] = sum(list);
  }
  return { overall: sum(articles), byLanguage };
}

/**
 * Words a statement that stands alone does not open with, written in lower case: conjunctions
 * ("dass", "that"), pronouns whose antecedent is elsewhere ("es", "they"), prepositions and bare
 * verb forms whose subject was left behind ("sei", "had").
 */
const FRAGMENT_OPENERS = new Set([
  'dass', 'ob', 'weil', 'wenn', 'und', 'aber', 'oder', 'sondern', 'denn', 'es', 'er', 'sie', 'wir', 'ihr', 'man', 'dies', 'das', 'dem', 'den',
  'zu', 'von', 'mit', 'bei', 'gehe', 'sei', 'seien', 'habe', 'hätten', 'wurde', 'werde',
  'that', 'whether', 'because', 'if', 'and', 'but', 'or', 'it', 'he', 'she', 'they', 'we', 'this', 'of', 'to', 'with', 'for', 'by',
  'was', 'were', 'is', 'are', 'had', 'has', 'have', 'would', 'will',
]);

/** A wire dateline at the start of a text: "BERLIN, 5. März 2026 (dpa) – ", "WASHINGTON, April 20, 2024 — ". */
const LEADING_DATELINE = /^\p{Lu}[\p{Lu}\s/.-]{2,40},[^\n]{0,60}\d{4}[^\n]{0,40}[–—-]\s/u;

/**
 * Why a claim's text cannot be read without its article, or null when it stands alone: it opens
 * as a statement does, ends where its clause ends in the article (punctuation, a closing quotation
 * mark, the end of the paragraph), is no German zu-infinitive cut out of "kündigte an, …
 * bereitzustellen", spans no paragraph break, carries no wire dateline and holds none of the given
 * page furniture. `start`/`end` are the claim's span in `articleText`.
 */
export function notStandingAlone(
  articleText: string,
  span: { start: number; end: number },
  language: Language,
  furniture: readonly string[] = [],
): string | null {
  const text = articleText.slice(span.start, span.end).trim();
  const first = (text.replace(/^["„“‚‘»«'(]+/u, '').match(/^[\p{L}\p{N}]+/u) ?? [''])[0];
  if (first === '') return 'does not open with a word';
  if (first === first.toLowerCase() && FRAGMENT_OPENERS.has(first)) return `opens with "${first}"`;
  if (LEADING_DATELINE.test(text)) return 'carries the wire dateline';
  const next = (articleText.slice(span.end).match(/^["“”‘’»«']*\s*(.?)/u) ?? ['', ''])[1];
  // a word glued to the next sentence by lost markup ("…die UkraineLaut US-Beamten") ends there
  const glued = /\p{Ll}$/u.test(text) && /^\p{Lu}/u.test(articleText.slice(span.end, span.end + 1));
  if (!glued && !/[.,;:!?]["“”‘’»«']*$/u.test(text) && !/^(?:[.,;:!?)\n–—]|)$/u.test(next)) {
    return `ends mid-clause, before "${articleText.slice(span.end, span.end + 12).trim()}"`;
  }
  if (language === 'de' && /\p{L}zu\p{Ll}+en$|\szu\s\p{Ll}+en$/u.test(text)) return 'is a zu-infinitive';
  if (/\n\s*\n/.test(text)) return 'spans a paragraph break';
  const piece = furniture.find((f) => text.includes(f));
  return piece ? `holds page furniture "${piece}"` : null;
}
