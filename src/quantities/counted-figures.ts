/**
 * Figures of one counted thing, for the measures the quantity rules do not know: "200 tonnes of
 * cod" against "50 tonnes of cod", "Schäden von rund 12 Millionen Euro" against "den Schaden … auf
 * etwa 2 Millionen Euro", "4,000 dock workers went on strike" against "900 strikers".
 *
 * A figure is its value interval (qualifiers "about", "more than", "höchstens" … widen or open it),
 * its unit (tonnes, hectares, a currency, or none for a plain count) and the thing it counts: the
 * words of the noun after it ("tonnes of cod", "Tonnen Kabeljau", "dock workers"), or, for money,
 * the noun the amount belongs to ("Schäden von …", "fined … 320 million euros", "für … übernommen").
 * Known things meet across languages through a small bilingual list (workers/Beschäftigte,
 * strikers/Streikende, damage/Schaden, fine/Strafe …); any other thing only within one language,
 * by its stem. A count said to strike, be injured or die (in the words it governs, up to the next
 * figure) also counts strikers, injured or dead, so "4,000 dock workers went on strike" meets
 * "900 strikers", and never "4,000 dock workers employed".
 *
 * Each figure also keeps its thing proper (the noun's concept or stem), the words that narrow it,
 * and what its clause says was done with it (figure-events.ts). Corroboration compares a claim's
 * figures with a passage's (corroboration/counted-figures.ts); the consistency rules key stored
 * figures by the same reading (consistency/counted-key.ts). Left out of both on purpose: shares
 * (the share rule compares them with their whole) and parts ("davon", "of which", "entfallen auf").
 * Pure: no framework, no database.
 */
import { LRUCache } from 'lru-cache';
import { eventOf } from './figure-events.js';
import { canonicalNumber, type Language, isNumberToken, isStopword, scaleOf, stem, tokenize, type Token } from '../text/index.js';

export interface CountedFigure {
  /** Interval the text allows; high may be Infinity ("more than"). */
  low: number;
  high: number;
  value: number;
  /** 'tonne', 'hectare', 'EUR', 'USD', …; null for a plain count. */
  unit: string | null;
  /** The counted thing: concept ids ("c:worker") or stems within one language ("en:cod"). */
  things: string[];
  /** Words that narrow the thing ("versicherte", "insured", "street"), as stems. */
  modifiers: string[];
  /** The same words as written. */
  modifierWords: string[];
  /** Times named next to the figure ("y:2019", "m:9" for September, "rel:last_year"). */
  times: string[];
  /** The figure as written, from its number to its thing, for the evidence's explanation. */
  text: string;
  /** Offsets of `text` in the analysed text; `end` is exclusive. */
  start: number;
  end: number;
  /**
   * The thing proper, without what narrows it or what happened to it: the noun's concept or stem
   * ("c:hen" for "laying hens" and "Legehennen", "de:raket" for "Raketen").
   */
  head: string;
  /** The noun the thing is read from, as written; null when a money amount takes its thing from a noun before it. */
  headWord: string | null;
  /** The first part of a German compound read as its last ("Lege" of "Legehennen"), as a stem: it narrows the thing too. */
  headPrefix: string | null;
  /** What the clause says was done with the things counted ("shot down", "evakuiert"), see figure-events.ts; null when it names nothing. */
  event: string | null;
}

const NUMBER_WORDS: Record<Language, Record<string, number>> = {
  de: {
    zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
    dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20,
  },
  en: {
    two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  },
};

/** Value of a cardinal number word from two to twenty ("zwei", "Three"); "one"/"ein" are left out (articles, pronouns). */
export function numberWordValue(word: string, lang: Language): number | null {
  return NUMBER_WORDS[lang][word.toLowerCase()] ?? null;
}

const UNITS: Record<string, string> = {
  tonne: 'tonne', tonnes: 'tonne', ton: 'tonne', tons: 'tonne', tonnen: 'tonne', t: 'tonne',
  hectare: 'hectare', hectares: 'hectare', hektar: 'hectare', ha: 'hectare',
  euro: 'EUR', euros: 'EUR', eur: 'EUR',
  dollar: 'USD', dollars: 'USD', usd: 'USD',
  megawatt: 'MW', megawatts: 'MW', mw: 'MW',
  kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km', kilometern: 'km', km: 'km',
  litre: 'litre', litres: 'litre', liter: 'litre', litern: 'litre',
};
const PERCENT = /^(?:prozent|percent|pct)$/i;

/** Qualifiers before a figure: how far the value may be from the one written. */
const RANGE_LINK = /^(?:and|und|to|bis)$/i;

const QUALIFIERS: Array<{ words: RegExp; kind: 'approx' | 'above' | 'below' | 'exact' }> = [
  { words: /^(?:about|around|roughly|approximately|some|nearly|almost|rund|etwa|ungefähr|circa|ca|knapp|fast|gut)$/i, kind: 'approx' },
  { words: /^(?:more than|over|above|at least|mehr als|über|mindestens|wenigstens)$/i, kind: 'above' },
  { words: /^(?:at most|up to|no more than|not more than|fewer than|less than|höchstens|maximal|bis zu|nicht mehr als|weniger als)$/i, kind: 'below' },
  { words: /^(?:only|just|nur|lediglich|exactly|genau)$/i, kind: 'exact' },
];
/** Rounding a figure as written may hide, and the slack of "about". */
const EXACT_SLACK = 0.02;
const APPROX_SLACK = 0.1;

/**
 * Counted things known in both languages. A German compound ending in a form counts too
 * ("Hafenarbeiter", "Legehennen", "Hochwasserschäden").
 */
const CONCEPTS: Array<{ id: string; en: string[]; de: string[] }> = [
  { id: 'worker', en: ['worker', 'workers', 'employee', 'employees', 'staff'], de: ['arbeiter', 'beschäftigte', 'beschäftigten', 'mitarbeiter', 'mitarbeitern', 'angestellte', 'angestellten'] },
  { id: 'striker', en: ['striker', 'strikers'], de: ['streikende', 'streikenden'] },
  { id: 'people', en: ['people', 'persons'], de: ['menschen', 'personen'] },
  { id: 'injured', en: ['injured', 'wounded'], de: ['verletzte', 'verletzten'] },
  { id: 'dead', en: ['dead', 'deaths', 'fatalities'], de: ['tote', 'toten', 'todesopfer'] },
  { id: 'customer', en: ['customer', 'customers'], de: ['kunden', 'kundinnen'] },
  { id: 'passenger', en: ['passenger', 'passengers'], de: ['fahrgäste', 'passagiere', 'reisende'] },
  { id: 'soldier', en: ['soldier', 'soldiers', 'troops'], de: ['soldaten', 'soldatinnen'] },
  { id: 'flight', en: ['flight', 'flights'], de: ['flüge', 'flügen'] },
  { id: 'hen', en: ['hen', 'hens', 'chickens'], de: ['hennen', 'hühner'] },
  { id: 'cable', en: ['cable', 'cables'], de: ['kabel', 'kabeln'] },
  { id: 'damage', en: ['damage', 'damages'], de: ['schaden', 'schäden', 'schadens'] },
  { id: 'fine', en: ['fine', 'fined', 'penalty'], de: ['strafe', 'geldstrafe', 'geldbuße', 'bußgeld', 'buße'] },
  { id: 'price', en: ['price', 'paid', 'pays', 'pay'], de: ['preis', 'kaufpreis', 'zahlte', 'zahlt', 'bezahlte'] },
  { id: 'revenue', en: ['revenue', 'revenues', 'sales', 'turnover'], de: ['umsatz', 'umsätze', 'erlöse'] },
  { id: 'value', en: ['value', 'worth'], de: ['wert', 'marktwert'] },
];
const CONCEPT_OF: Record<Language, Map<string, string>> = { de: new Map(), en: new Map() };
for (const c of CONCEPTS) {
  for (const w of c.en) CONCEPT_OF.en.set(w, c.id);
  for (const w of c.de) CONCEPT_OF.de.set(w, c.id);
}
/** German compound endings worth reading as the concept, longest first. */
const DE_SUFFIXES = [...CONCEPT_OF.de.entries()].filter(([w]) => w.length >= 5).sort((a, b) => b[0].length - a[0].length);

function conceptOf(word: string, lang: Language): string | null {
  const lower = word.toLowerCase();
  const direct = CONCEPT_OF[lang].get(lower);
  if (direct) return direct;
  if (lang === 'de') for (const [suffix, id] of DE_SUFFIXES) if (lower.endsWith(suffix) && lower.length > suffix.length + 2) return id;
  return null;
}

const MONEY_CONCEPTS = new Set(['damage', 'fine', 'price', 'revenue', 'value']);
const PEOPLE_CONCEPTS = new Set(['worker', 'people', 'striker', 'passenger', 'soldier', 'customer']);

/** What a clause says happened to the people it counts: on strike, injured, killed. */
const PEOPLE_PREDICATES: Array<{ id: string; re: RegExp }> = [
  { id: 'striker', re: /(?<![\p{L}])(?:strik(?:e|es|ing)|walk(?:ed)?[- ]?out|streik\p{L}*|warnstreik\p{L}*|ausstand|arbeit\s+nieder|legten\s+die\s+arbeit)(?![\p{L}])/iu },
  { id: 'injured', re: /(?<![\p{L}])(?:injur\p{L}*|wounded|hurt|verletz\p{L}*)(?![\p{L}])/iu },
  { id: 'dead', re: /(?<![\p{L}])(?:killed|died|dies|dead|deaths|fatalities|getötet\p{L}*|gestorben|starb|starben|sterben|tote|toten|todesopfer|umgekommen|ums\s+leben)(?![\p{L}])/iu },
];

export const PREDICATE_IDS = PEOPLE_PREDICATES.map((p) => p.id);

/** A part of a figure named before ("davon", "of which") or a share of it going somewhere ("entfallen auf"). */
const PART_CUES = /(?<![\p{L}])(?:davon|darunter|of which|including|entfall\p{L}*|gehen auf|went to|for roads)(?![\p{L}])/iu;

/** English words that end a noun phrase after a figure: verbs, mostly. */
const EN_VERBS = /^(?:is|are|was|were|be|been|has|have|had|went|took|made|came|got|lost|fell|rose|stood|said|say|says|did|do|does|will|would|could|can|may|might|must|shall|should)$/i;
/** …and prepositions the stopword list keeps. */
const EN_PREPOSITIONS = /^(?:among|amongst|across|along|around|behind|beside|besides|beyond|despite|inside|near|outside|towards|within|without|via|per)$/i;

/** Clause boundaries, as the cue rules draw them. */
const CLAUSE_BREAK = /[,;:!?()\u2013\u2014]|\.(?=\s|$)|\s-\s/u;

interface Numeral {
  value: number;
  /** Token index of the numeral's first and last token (scale word included). */
  from: number;
  to: number;
}

function numeralAt(tokens: Token[], i: number, lang: Language): Numeral | null {
  const word = tokens[i].token;
  let value: number | null = null;
  if (isNumberToken(word)) value = Number(canonicalNumber(word, lang));
  else value = numberWordValue(word, lang);
  if (value === null || !Number.isFinite(value)) return null;
  const next = tokens[i + 1]?.token;
  const exponent = next ? scaleOf(next, lang) : null;
  if (exponent !== null) return { value: value * 10 ** exponent, from: i, to: i + 1 };
  return { value, from: i, to: i };
}

/** Two tokens with nothing but spaces between them (no clause break). */
function joined(text: string, a: Token, b: Token): boolean {
  return !CLAUSE_BREAK.test(text.slice(a.end, b.start));
}

function qualifierBefore(text: string, tokens: Token[], from: number): 'approx' | 'above' | 'below' | 'exact' | null {
  for (const n of [3, 2, 1]) {
    if (from - n < 0) continue;
    const phrase = tokens.slice(from - n, from).map((t) => t.token).join(' ');
    if (!joined(text, tokens[from - n], tokens[from])) continue;
    const hit = QUALIFIERS.find((q) => q.words.test(phrase));
    if (hit) return hit.kind;
  }
  return null;
}

function interval(value: number, qualifier: ReturnType<typeof qualifierBefore>): [number, number] {
  switch (qualifier) {
    case 'approx':
      return [value * (1 - APPROX_SLACK), value * (1 + APPROX_SLACK)];
    case 'above':
      return [value, Infinity];
    case 'below':
      return [0, value];
    default:
      return [value * (1 - EXACT_SLACK), value * (1 + EXACT_SLACK)];
  }
}

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
const DETERMINERS = /^(?:the|its|their|his|her|a|an|der|die|das|den|dem|des|ihrer|seiner|von)$/i;

/** The noun phrase right after a figure: up to three words, before a stopword, verb, number or clause break. */
function nounPhraseAfter(text: string, tokens: Token[], at: number, lang: Language): Token[] {
  const out: Token[] = [];
  let k = at;
  // "tonnes of cod", "200,000 of its customers"
  if (lang === 'en' && tokens[k]?.token.toLowerCase() === 'of' && joined(text, tokens[k - 1], tokens[k])) {
    k++;
    while (tokens[k] && DETERMINERS.test(tokens[k].token)) k++;
  }
  for (; k < tokens.length && out.length < 3; k++) {
    const t = tokens[k];
    if (k > 0 && !joined(text, tokens[k - 1], t)) break;
    const word = t.token;
    if (isNumberToken(word) || isStopword(word, lang) || DETERMINERS.test(word)) break;
    if (lang === 'en' && (EN_VERBS.test(word) || EN_PREPOSITIONS.test(word) || (out.length > 0 && /ed$/i.test(word) && conceptOf(word, lang) === null))) break;
    out.push(t);
    // German: adjectives (lower case) run up to the noun (capitalised), which ends the phrase.
    if (lang === 'de' && isCapitalised(word)) break;
  }
  // a German phrase without its noun ("sind 14 verletzt worden") names no counted thing
  if (lang === 'de' && out.length > 0 && !isCapitalised(out[out.length - 1].token)) return [];
  return out;
}

/** The part of a German compound before the concept it ends in ("lege" of "Legehennen"); null for a word that is the concept. */
function compoundPrefix(word: string, lang: Language): string | null {
  if (lang !== 'de') return null;
  const lower = word.toLowerCase();
  if (CONCEPT_OF.de.has(lower)) return null;
  for (const [suffix] of DE_SUFFIXES) if (lower.endsWith(suffix) && lower.length > suffix.length + 2) return stem(lower.slice(0, -suffix.length), lang);
  return null;
}

function termOf(word: string, lang: Language): string {
  const concept = conceptOf(word, lang);
  return concept ? `c:${concept}` : `${lang}:${stem(word, lang)}`;
}

/** The money concept a clause gives an amount: the nearest known noun or verb before it ("Schäden von", "fined"). */
function moneyThingBefore(text: string, tokens: Token[], from: number, lang: Language): { thing: string; modifier: string | null; modifierWord: string | null } | null {
  // "für 1,4 Milliarden Euro übernommen", "bought … for 1.4 billion euros"
  let k = from - 1;
  while (k >= 0 && QUALIFIERS.some((q) => q.words.test(tokens[k].token))) k--;
  if (k >= 0 && /^(?:für|for)$/i.test(tokens[k].token) && joined(text, tokens[k], tokens[from])) return { thing: 'c:price', modifier: null, modifierWord: null };
  for (let j = from - 1; j >= 0 && j >= from - 12; j--) {
    if (!joined(text, tokens[j], tokens[j + 1])) break;
    const concept = conceptOf(tokens[j].token, lang);
    if (concept && MONEY_CONCEPTS.has(concept)) {
      const before = tokens[j - 1];
      // a capitalised word before the noun is a name ("Hamburg damage"), unless it opens the sentence
      const opensSentence = before !== undefined && (j - 1 === 0 || /[.!?]\s*$/.test(text.slice(0, before.start)));
      const modifier = before && joined(text, before, tokens[j]) && !isStopword(before.token, lang) && !DETERMINERS.test(before.token) &&
        !isNumberToken(before.token) && (!isCapitalised(before.token) || opensSentence)
        ? stem(before.token, lang) : null;
      return { thing: `c:${concept}`, modifier, modifierWord: modifier === null ? null : before.token };
    }
  }
  return null;
}

/**
 * The words a figure governs: from it to the next figure or the clause's end, and from the figure
 * before it (or the clause's start) up to it. "14 people were injured and 2 people were killed"
 * gives 14 "were injured and", 2 "were killed".
 */
function localSegments(text: string, tokens: Token[], from: number, to: number, lang: Language): { before: string; after: string; end: number } {
  const isNumeral = (k: number) => isNumberToken(tokens[k].token) || numberWordValue(tokens[k].token, lang) !== null;
  let b = to;
  while (b + 1 < tokens.length && joined(text, tokens[b], tokens[b + 1]) && !isNumeral(b + 1)) b++;
  let a = from;
  while (a > 0 && joined(text, tokens[a - 1], tokens[a]) && !isNumeral(a - 1)) a--;
  return {
    before: text.slice(tokens[a].start, tokens[from].start),
    after: text.slice(tokens[to].end, tokens[b].end),
    end: tokens[b].end,
  };
}

const MONTH_WORDS: Record<Language, string[]> = {
  de: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
};
const RELATIVE_YEARS = /(?<![\p{L}])(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|previous\s+year|vorjahr\p{L}*|(?:vergangenen|letzten|vorigen)\s+jahr\p{L}*|ein\s+jahr\s+(?:zuvor|davor|früher))(?![\p{L}])/iu;

/** Times a stretch of text names: years (not "since 2008"), months (capitalised), "last year". */
export function timesOf(text: string, lang: Language): string[] {
  const out = [...yearsOf(text)].map((y) => `y:${y}`);
  for (const { token } of tokenize(text)) {
    const month = MONTH_WORDS[lang].indexOf(token.toLowerCase());
    if (month >= 0 && /^\p{Lu}/u.test(token)) out.push(`m:${month}`);
  }
  if (RELATIVE_YEARS.test(text)) out.push('rel:last_year');
  return out;
}

function clauseOf(text: string, tokens: Token[], from: number, to: number): string {
  let a = from;
  while (a > 0 && joined(text, tokens[a - 1], tokens[a])) a--;
  let b = to;
  while (b + 1 < tokens.length && joined(text, tokens[b], tokens[b + 1])) b++;
  return text.slice(tokens[a].start, tokens[b].end);
}

/** A year as a time ("in 2019", "2023"), not a comparison point ("since 2008", "seit 2015"). */
const YEAR = /^(?:19|20)\d\d$/;
const COMPARISON_BEFORE_YEAR = /^(?:since|seit|than|als|before|vor|until|bis)$/i;

/** The years a text speaks of, without those it only compares with. */
export function yearsOf(text: string): Set<string> {
  const tokens = tokenize(text);
  const years = new Set<string>();
  tokens.forEach((t, i) => {
    if (YEAR.test(t.token) && !(i > 0 && COMPARISON_BEFORE_YEAR.test(tokens[i - 1].token))) years.add(t.token);
  });
  return years;
}

/**
 * Texts come back for pair after pair: a check compares its claim with every candidate passage,
 * and one story's passages meet check after check. The figures of a text are kept by language and
 * text (the parse is pure), the least recently used dropped first; callers never change them.
 */
const FIGURES_KEPT = 20_000;
const figuresByText = new LRUCache<string, CountedFigure[]>({ max: FIGURES_KEPT });

/** The counted figures of a text. */
export function countedFigures(text: string, lang: Language): CountedFigure[] {
  const key = `${lang}\u0000${text}`;
  let figures = figuresByText.get(key);
  if (!figures) figuresByText.set(key, (figures = parseCountedFigures(text, lang)));
  return figures;
}

function parseCountedFigures(text: string, lang: Language): CountedFigure[] {
  const tokens = tokenize(text);
  const out: CountedFigure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const numeral = numeralAt(tokens, i, lang);
    if (numeral === null) continue;
    // "zwischen 5.000 und 9.000", "5,000 to 9,000", "5.000 bis 9.000": one figure, a range
    let rangeHigh: number | null = null;
    const link = tokens[numeral.to + 1];
    if (link && RANGE_LINK.test(link.token) && joined(text, tokens[numeral.to], link) && tokens[numeral.to + 2] && joined(text, link, tokens[numeral.to + 2])) {
      const second = numeralAt(tokens, numeral.to + 2, lang);
      const betweenBefore = numeral.from > 0 && /^(?:between|zwischen)$/i.test(tokens[numeral.from - 1].token);
      if (second && (betweenBefore || !/^(?:and|und)$/i.test(link.token))) {
        rangeHigh = second.value;
        numeral.to = second.to;
      }
    }
    i = numeral.to;
    const written = tokens[numeral.from].token;
    if (YEAR.test(written) && numeral.to === numeral.from) continue;
    // a day of a month ("4 March", "March 4", "4. März") is a date
    const isMonth = (k: number) => tokens[k] !== undefined && /^\p{Lu}/u.test(tokens[k].token) && MONTH_WORDS[lang].includes(tokens[k].token.toLowerCase());
    if (isMonth(numeral.to + 1) || isMonth(numeral.from - 1)) continue;
    const tail = text.slice(tokens[numeral.to].end, tokens[numeral.to].end + 3);
    const head = text.slice(Math.max(0, tokens[numeral.from].start - 2), tokens[numeral.from].start);
    let at = numeral.to + 1;
    let unit: string | null = null;
    if (/^\s?%/.test(tail) || (tokens[at] && PERCENT.test(tokens[at].token))) continue; // shares: the share rule's
    if (/^\s?€/.test(tail) || /€\s?$/.test(head)) unit = 'EUR';
    else if (/\$\s?$/.test(head)) unit = 'USD';
    else if (tokens[at] && joined(text, tokens[numeral.to], tokens[at]) && UNITS[tokens[at].token.toLowerCase()]) {
      unit = UNITS[tokens[at].token.toLowerCase()];
      at++;
    }
    const clause = clauseOf(text, tokens, numeral.from, numeral.to);
    if (PART_CUES.test(clause)) continue;
    const phrase = nounPhraseAfter(text, tokens, at, lang);
    let things = phrase.map((t) => termOf(t.token, lang));
    let headWord: string | null = phrase.length > 0 ? phrase[phrase.length - 1].token : null;
    let modifierWords = phrase.slice(0, -1).filter((t) => conceptOf(t.token, lang) === null).map((t) => t.token);
    let modifiers = modifierWords.map((w) => stem(w, lang));
    if (unit === 'EUR' || unit === 'USD') {
      // "12 million euros of damage" names its thing after it; "Schäden von 12 Millionen Euro" before it
      if (!things.some((t) => MONEY_CONCEPTS.has(t.slice(2)))) {
        const before = moneyThingBefore(text, tokens, numeral.from, lang);
        things = before ? [before.thing] : [];
        headWord = null;
        modifiers = before?.modifier ? [before.modifier] : [];
        modifierWords = before?.modifierWord ? [before.modifierWord] : [];
      }
    }
    if (things.length === 0) continue;
    const local = localSegments(text, tokens, numeral.from, numeral.to, lang);
    if (unit === null) {
      // what happened to the people counted: said after the figure, else before it
      const after = PEOPLE_PREDICATES.filter((p) => p.re.test(local.after));
      for (const p of after.length > 0 ? after : PEOPLE_PREDICATES.filter((q) => q.re.test(local.before))) things.push(`c:${p.id}`);
    }
    const [low, high] = rangeHigh !== null
      ? [numeral.value * (1 - EXACT_SLACK), rangeHigh * (1 + EXACT_SLACK)]
      : interval(numeral.value, qualifierBefore(text, tokens, numeral.from));
    const last = phrase.length > 0 ? phrase[phrase.length - 1].end : tokens[at - 1]?.end ?? tokens[numeral.to].end;
    const end = Math.max(last, tokens[numeral.to].end);
    // money's thing is a concept before or after the amount; any other thing is the phrase's last noun
    const thing = headWord !== null ? termOf(headWord, lang) : things.find((t) => MONEY_CONCEPTS.has(t.slice(2))) ?? things[0];
    out.push({
      low, high, value: numeral.value, unit, things: [...new Set(things)], modifiers, modifierWords, times: timesOf(`${local.before} ${local.after}`, lang),
      text: text.slice(tokens[numeral.from].start, end), start: tokens[numeral.from].start, end,
      head: thing, headWord, headPrefix: headWord !== null ? compoundPrefix(headWord, lang) : null,
      event: eventOf(text.slice(end, Math.max(end, local.end)), local.before, lang),
    });
  }
  return out;
}

/** Whether two figures count the same thing in the same unit (values aside). */
export function sameCountedThing(a: CountedFigure, aLang: Language, b: CountedFigure, bLang: Language, aStems: ReadonlySet<string>): boolean {
  if (a.unit !== b.unit) return false;
  const shared = a.things.some((t) => b.things.includes(t));
  if (!shared) return false;
  // people counted on strike, injured or killed are another count than people carried or employed
  const happened = (f: CountedFigure) => PREDICATE_IDS.filter((id) => f.things.includes(`c:${id}`)).join(',');
  if ((a.things.some((t) => PEOPLE_CONCEPTS.has(t.slice(2))) || b.things.some((t) => PEOPLE_CONCEPTS.has(t.slice(2)))) && happened(a) !== happened(b)) return false;
  // "versicherte Schäden" is another measure than "Schäden": a qualifier the claim does not have
  if (aLang === bLang) return b.modifiers.every((m) => aStems.has(m) || a.modifiers.includes(m));
  return b.modifiers.length === 0 || a.modifiers.length > 0;
}
