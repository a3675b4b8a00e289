/**
 * Precision and recall of claim extraction against hand-annotated articles. Pure: it scores a run,
 * it does not run the extractor.
 */
import type { Language } from '../text/index.js';

export interface ExpectedClaim {
  id: string;
  /** Claimant name as extraction should normalise it ("U.S. officials", "Dmitry Peskov"). */
  claimant: string;
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

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').toLowerCase();
}

/** True when the predicted claim covers the expected one: its text contains the substring, or its span overlaps where the substring stands. */
function covers(article: EvalArticle, expected: ExpectedClaim, predicted: PredictedClaims['claims'][number]): boolean {
  if (squash(predicted.text).includes(squash(expected.contains))) return true;
  const at = article.text.indexOf(expected.contains);
  return at >= 0 && predicted.start < at + expected.contains.length && at < predicted.end;
}

/** Scores one article: claims match one-to-one on claimant name, stance and coverage; links on their matched ends. */
export function evaluateArticle(article: EvalArticle, run: PredictedClaims): ArticleScore {
  const matchOf = new Map<string, string>(); // predicted ref → expected id
  const used = new Set<string>();
  const missed: ExpectedClaim[] = [];
  for (const e of article.claims) {
    const hit = run.claims.find(
      (p) => !used.has(p.ref) && p.stance === e.stance && sameName(p.claimant.name, e.claimant) && covers(article, e, p),
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
