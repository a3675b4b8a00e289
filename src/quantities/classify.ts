/**
 * Labels a quantity with what it counts (measure) and whom it is about (subject), from the
 * words around it in the same sentence. When the words disagree or say nothing, the label
 * stays null: a wrong label would let the consistency rules compare unrelated figures.
 */
import {
  AGENT_VERBS,
  COUNTRIES,
  isPeopleWord,
  LIST_WORDS,
  measureOfWord,
  NON_SUBJECT_PREPOSITIONS,
  ORIGIN_PREPOSITIONS,
  OWN_WORDS,
  SHARE_MARKERS,
  UNRELATED_HEADS_EN,
  type Measure,
} from './lexicon.js';
import type { QuantityMatch } from './parse.js';
import { PhraseIndex } from './phrases.js';
import type { Language, Quantity, QuantityContext } from './quantity.js';
import { joined, type TokenizedText } from './tokens.js';

export interface ClassifyOptions {
  /** Words looked at before the quantity (stopping at the previous quantity or sentence). */
  wordsBefore: number;
  /** Words looked at after it; German puts the verb last, so this is the longer side. */
  wordsAfter: number;
  /** Words right after the number that form its noun phrase ("5.000 russische Soldaten"). */
  nounPhraseWords: number;
}

export const DEFAULT_CLASSIFY_OPTIONS: ClassifyOptions = { wordsBefore: 6, wordsAfter: 8, nounPhraseWords: 3 };

export interface CountryHit {
  code: string;
  adjective: boolean;
  /** "US", "UK": attributive only before a noun ("US troops", "US-Soldaten"), else a name. */
  acronym?: boolean;
}

/** Skipped when looking for the preposition before a country: "in die Ukraine", "to the US". */
const ARTICLES: Record<Language, string[]> = {
  de: ['der', 'die', 'das', 'den', 'dem', 'des'],
  en: ['the'],
};

const GERMAN_ADJECTIVE_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];

function countryIndex(language: Language): PhraseIndex<CountryHit> {
  const index = new PhraseIndex<CountryHit>();
  for (const c of COUNTRIES) {
    for (const name of c.names[language]) {
      index.add(name, { code: c.code, adjective: false });
      if (language === 'de' && !/\s/.test(name) && !name.endsWith('s')) index.add(`${name}s`, { code: c.code, adjective: false });
    }
    for (const form of c.caseSensitive ?? []) {
      index.add(form, { code: c.code, adjective: true, acronym: true }, true);
    }
    if (language === 'de') {
      for (const stem of c.deAdjectives) for (const e of GERMAN_ADJECTIVE_ENDINGS) index.add(stem + e, { code: c.code, adjective: true });
    } else {
      for (const adj of c.enAdjectives) index.add(adj, { code: c.code, adjective: true });
    }
  }
  return index;
}

export const COUNTRY_INDEX: Record<Language, PhraseIndex<CountryHit>> = { de: countryIndex('de'), en: countryIndex('en') };
const ABBREVIATIONS = /^(?:ca|bzw|etc|nr|no|mio|mrd|tsd|dr|prof|st|vs|approx|u|z|b|mr|mrs|ms|jr|sr|inc|co|corp|ltd|gen|lt|col|sgt)$/i;
const CLAUSE_END = new Set(['!', '?', ';', ':']);

function isSentenceEnd(doc: TokenizedText, k: number): boolean {
  const t = doc.tokens[k];
  if (CLAUSE_END.has(t.text)) return true;
  if (t.text !== '.') return false;
  const before = doc.tokens[k - 1];
  return !before || !(before.kind === 'word' && (before.text.length === 1 || ABBREVIATIONS.test(before.text)));
}

interface Window {
  from: number;
  to: number;
}

function windowOf(doc: TokenizedText, matches: QuantityMatch[], i: number, o: ClassifyOptions): Window {
  const m = matches[i];
  const floor = Math.max(i > 0 ? matches[i - 1].to : 0, m.from - o.wordsBefore);
  let from = m.from;
  while (from > floor && !isSentenceEnd(doc, from - 1)) from--;
  const ceiling = Math.min(i + 1 < matches.length ? matches[i + 1].from : doc.tokens.length, m.to + o.wordsAfter);
  let to = m.to;
  while (to < ceiling && !isSentenceEnd(doc, to)) to++;
  return { from, to };
}

function inList(list: string[], word: string | undefined): boolean {
  return word !== undefined && list.includes(word.toLowerCase());
}

type Head = { kind: 'measure'; measure: Measure } | { kind: 'people' } | { kind: 'other' };

/**
 * The noun the number counts, if the words right after it show one: "12 Tote" (killed),
 * "5.000 russische Soldaten" (people), "24 hours" or "5 Vermisste" (something else).
 */
function headNoun(doc: TokenizedText, m: QuantityMatch, w: Window, language: Language, o: ClassifyOptions): Head | null {
  const toks = doc.tokens;
  for (let k = m.to; k < Math.min(w.to, m.to + o.nounPhraseWords); k++) {
    const t = toks[k];
    if (t.kind !== 'word') return null;
    const country = COUNTRY_INDEX[language].matchAt(doc, k);
    if (country) {
      k = country.to - 1;
      continue;
    }
    const hit = measureOfWord(t.text, language);
    if (hit && hit.reading === 'plain') return hit.measure === 'troops' ? { kind: 'people' } : { kind: 'measure', measure: hit.measure };
    if (isPeopleWord(t.text, language)) return { kind: 'people' };
    if (language === 'en' && UNRELATED_HEADS_EN.test(t.text)) return { kind: 'other' };
    if (language === 'de' && /^\p{Lu}/u.test(t.text)) return { kind: 'other' };
  }
  return null;
}

function measureOf(doc: TokenizedText, m: QuantityMatch, w: Window, language: Language, o: ClassifyOptions): Measure | null {
  const toks = doc.tokens;
  const unit = m.quantity.unit;
  const found = new Map<Measure, number>();
  let people = false;
  const pending: Array<[Measure, number]> = [];
  for (let k = w.from; k < w.to; k++) {
    if (k >= m.from && k < m.to) continue;
    const t = toks[k];
    if (t.kind !== 'word') continue;
    if (isPeopleWord(t.text, language)) people = true;
    const hit = measureOfWord(t.text, language);
    if (!hit) continue;
    if (hit.reading === 'needs_people') pending.push([hit.measure, k]);
    else if (!found.has(hit.measure)) found.set(hit.measure, k);
  }
  if (people) for (const [measure, k] of pending) if (!found.has(measure)) found.set(measure, k);

  if (m.unitKind === 'currency') return found.has('aid') ? 'aid' : null;
  if (m.unitKind === 'percent' || m.unitKind === 'ratio') {
    if (unit === 'percentage_point') return null;
    const next = toks[m.to];
    if ((next && joined(doc, m.to) && inList(SHARE_MARKERS[language], next.text)) || found.has('share')) return 'share';
    return null;
  }
  const head = headNoun(doc, m, w, language, o);
  if (head?.kind === 'other') return null;
  if (head?.kind === 'measure' && head.measure !== 'aid' && head.measure !== 'share') return head.measure;
  // "wounded or killed", "Tote und Verletzte": both together are casualties.
  if (found.has('killed') && found.has('wounded')) return 'casualties';
  for (const measure of ['killed', 'wounded', 'casualties', 'troops'] as const) {
    if (found.has(measure)) return measure;
  }
  return head === null && found.has('equipment') ? 'equipment' : null;
}

function subjectOf(doc: TokenizedText, m: QuantityMatch, w: Window, ctx: QuantityContext, o: ClassifyOptions): string | null {
  const language = ctx.language;
  const toks = doc.tokens;
  let phraseEnd = m.to;
  while (phraseEnd < Math.min(w.to, m.to + o.nounPhraseWords) && toks[phraseEnd].kind === 'word') phraseEnd++;
  const inPhrase = new Set<string>();
  const before: Array<{ code: string; from: number; to: number }> = [];
  const after = new Set<string>();
  let agentVerb = false;
  let own = false;

  for (let k = w.from; k < w.to; k++) {
    if (k >= m.from && k < m.to) continue;
    const t = toks[k];
    if (inList(AGENT_VERBS[language], t.text)) agentVerb = true;
    if (inList(OWN_WORDS[language], t.text)) own = true;
  }
  for (let k = w.from; k < w.to; k++) {
    if (k >= m.from && k < m.to) continue;
    const hit = COUNTRY_INDEX[language].matchAt(doc, k);
    if (!hit) continue;
    const governing = prepositionBefore(doc, hit.from, language);
    if (k >= m.to && k < phraseEnd && isAttributive(doc, hit.from, hit.to, hit.payload, language)) inPhrase.add(hit.payload.code);
    else if (k < m.from && !inList(NON_SUBJECT_PREPOSITIONS[language], governing)) before.push({ code: hit.payload.code, from: hit.from, to: hit.to });
    else if (k >= m.to && inList(ORIGIN_PREPOSITIONS[language], governing)) after.add(hit.payload.code);
    k = hit.to - 1;
  }

  if (inPhrase.size === 1) return [...inPhrase][0];
  if (inPhrase.size > 1) return null;
  if (own && ctx.claimantCountry) return ctx.claimantCountry;
  // A country named before "killed 5,000" is the one doing it, not the one it happened to.
  const usable = agentVerb ? [] : before;
  const candidates = new Set<string>([...usable.map((b) => b.code), ...after]);
  if (candidates.size === 1) return [...candidates][0];
  if (candidates.size > 1 && after.size === 0 && usable.length >= 2) {
    // "Ukraine says Russia lost 5,000": the nearest country, unless the two are a list
    // ("Russland und die Ukraine verloren je 5.000").
    const nearest = usable[usable.length - 1];
    const previous = usable[usable.length - 2];
    const between = toks.slice(previous.to, nearest.from);
    if (between.some((t) => !inList(LIST_WORDS[language], t.text))) return nearest.code;
  }
  return null;
}

function isAttributive(doc: TokenizedText, from: number, to: number, hit: CountryHit, language: Language): boolean {
  if (!hit.adjective) return false;
  if (!hit.acronym) return true;
  const before = doc.tokens[from - 1];
  const next = doc.tokens[to];
  if (before && inList(ARTICLES[language], before.text)) return false;
  return !!next && joined(doc, to) && (next.kind === 'word' || next.text === '-');
}

/** The word governing a mention at token k, skipping one article ("in die Ukraine"). */
function prepositionBefore(doc: TokenizedText, k: number, language: Language): string | undefined {
  let p = k - 1;
  if (doc.tokens[p] && inList(ARTICLES[language], doc.tokens[p].text)) p--;
  return p >= 0 ? doc.tokens[p].text : undefined;
}

/** Sets measure and subject of every match, in place of the nulls the parser leaves. */
export function classifyMatches(
  doc: TokenizedText,
  matches: QuantityMatch[],
  ctx: QuantityContext,
  options: ClassifyOptions = DEFAULT_CLASSIFY_OPTIONS,
): Quantity[] {
  return matches.map((m, i) => {
    const w = windowOf(doc, matches, i, options);
    return { ...m.quantity, measure: measureOf(doc, m, w, ctx.language, options), subject: subjectOf(doc, m, w, ctx, options) };
  });
}
