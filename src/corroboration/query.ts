/**
 * The full-text side of a check: what goes into the FTS5 index for each
 * passage, and the MATCH expression that finds passages for a claim.
 *
 * Both sides go through contentTerms, so German and English text meet on
 * entity ids ("ent_ru" for Russland/Moscow/Kremlin) and canonical numbers
 * ("5000" for "5.000" and "5,000"); stems only match within one language.
 */
import { contentTerms, type Language } from '../text/index.js';
import { termKind } from './terms.js';

/**
 * Tokenizer clause for the passages' FTS5 table. With '_' as a token character
 * "ent_ru" stays one token; without it FTS5 still matches, but as the phrase
 * "ent" "ru", which is slower. Diacritics are folded on both sides alike.
 */
export const FTS5_TOKENIZE = "unicode61 remove_diacritics 2 tokenchars '_'";

/** A term as the index holds it: FTS5's unicode61 with remove_diacritics folds case and diacritics. */
export const foldIndexTerm = (term: string): string => term.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

/**
 * Index terms are made of letters, digits and '_' only, so no FTS5 tokenizer
 * can split them differently at index and at query time ("0.5" → "0_5").
 */
function indexForm(term: string): string | null {
  const safe = term.normalize('NFC').replace(/[^\p{L}\p{N}_]+/gu, '_').replace(/^_+|_+$/g, '');
  return /[\p{L}\p{N}]/u.test(safe) ? safe : null;
}

function indexTerms(text: string, lang: Language): string[] {
  const out: string[] = [];
  for (const term of contentTerms(text, lang)) {
    const form = indexForm(term);
    if (form !== null) out.push(form);
  }
  return out;
}

/** The text of a passage's indexed column: its terms in order, repeats kept so BM25 sees term frequency. */
export function indexTokens(text: string, lang: Language): string {
  return indexTerms(text, lang).join(' ');
}

export interface QueryOptions {
  /** At most this many terms are OR-ed: long claims would otherwise match half the corpus. */
  maxTerms: number;
  /** Shorter stems are left out of the query (entities and numbers are always salient). */
  minStemLength: number;
}

export const DEFAULT_QUERY_OPTIONS: Readonly<QueryOptions> = Object.freeze({ maxTerms: 12, minStemLength: 3 });

const KIND_RANK = { entity: 0, number: 1, stem: 2 } as const;

/**
 * The claim's most telling terms: entities and numbers first (they carry across
 * languages and pin down what the claim is about), then stems, longest first,
 * because without corpus statistics length is the best cheap guess at rarity.
 * Ties keep text order, so the query is deterministic.
 */
export function salientTerms(text: string, lang: Language, options: QueryOptions = DEFAULT_QUERY_OPTIONS): string[] {
  const seen = new Map<string, number>();
  for (const term of indexTerms(text, lang)) {
    if (seen.has(term)) continue;
    if (termKind(term) === 'stem' && term.length < options.minStemLength) continue;
    seen.set(term, seen.size);
  }
  return [...seen.keys()]
    .sort((a, b) => {
      const ka = KIND_RANK[termKind(a)];
      const kb = KIND_RANK[termKind(b)];
      if (ka !== kb) return ka - kb;
      if (ka === KIND_RANK.stem && a.length !== b.length) return b.length - a.length;
      return (seen.get(a) ?? 0) - (seen.get(b) ?? 0);
    })
    .slice(0, options.maxTerms);
}

/**
 * Quoted terms OR-ed together. Quoting makes every term a plain string to
 * FTS5, so words such as AND, NOT, NEAR or a stray "*" cannot become syntax.
 */
export function matchQueryFromTerms(terms: readonly string[]): string | null {
  const quoted = terms.filter((t) => t !== '').map((t) => `"${t.replace(/"/g, '""')}"`);
  return quoted.length === 0 ? null : quoted.join(' OR ');
}

/** A safe FTS5 MATCH expression for a claim, or null when it has nothing salient to look for. */
export function buildMatchQuery(claimText: string, lang: Language, options: QueryOptions = DEFAULT_QUERY_OPTIONS): string | null {
  return matchQueryFromTerms(salientTerms(claimText, lang, options));
}
