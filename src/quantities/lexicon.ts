/**
 * The German and English words that tell what a number counts (measure) and whom it is about
 * (subject), as data. Measure words are matched by their Snowball stem, so "getötet",
 * "getöteten" and "Getötete" are one entry; German nouns marked `compound` also match as the
 * head of a compound ("Kampfpanzer", "Militärhilfe").
 */
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as germanStemmer } from '@orama/stemmers/german';
import type { Language } from './quantity.js';

export type Measure = 'killed' | 'wounded' | 'casualties' | 'troops' | 'aid' | 'share' | 'equipment';

/** Words whose measure is only meant when people are named too ("gefallen": fallen soldiers, or fallen prices). */
export type Reading = 'plain' | 'needs_people';

export interface MeasureTerms {
  measure: Measure;
  de: string[];
  en: string[];
  /** German nouns that also end compounds. */
  deCompounds?: string[];
  needsPeople?: { de?: string[]; en?: string[] };
}

export const MEASURE_TERMS: MeasureTerms[] = [
  {
    measure: 'killed',
    de: ['getötet', 'getöteten', 'Getötete', 'Tote', 'Toten', 'tot', 'Todesopfer', 'starben', 'gestorben', 'umgekommen', 'ermordet'],
    en: ['killed', 'dead', 'deaths', 'death', 'died', 'fatalities', 'fatality', 'slain', 'perished'],
    needsPeople: { de: ['gefallen', 'gefallene', 'gefallenen'], en: ['fallen', 'lives'] },
  },
  {
    measure: 'wounded',
    de: ['verletzt', 'Verletzte', 'Verletzten', 'verwundet', 'Verwundete', 'Verwundeten'],
    en: ['wounded', 'injured', 'injuries', 'injury', 'hurt'],
  },
  {
    measure: 'casualties',
    de: ['Opfer', 'Verluste', 'Verlusten'],
    en: ['casualties', 'casualty', 'losses'],
    deCompounds: ['Verluste'],
    needsPeople: { de: ['verloren', 'verlor', 'einbüßen', 'eingebüßt'], en: ['lost', 'lose', 'loses', 'losing'] },
  },
  {
    measure: 'troops',
    de: ['Soldaten', 'Soldat', 'Truppen', 'Reservisten', 'Kämpfer', 'Söldner', 'Wehrpflichtige', 'Rekruten', 'Militärangehörige'],
    en: ['troops', 'troop', 'soldiers', 'soldier', 'servicemen', 'reservists', 'fighters', 'mercenaries', 'conscripts', 'recruits', 'personnel'],
    deCompounds: ['Soldaten', 'Truppen', 'Kämpfer', 'Söldner'],
  },
  {
    measure: 'aid',
    de: ['Hilfe', 'Hilfen', 'Hilfspaket', 'Hilfspakete', 'Paket', 'Unterstützung', 'Zusagen'],
    en: ['aid', 'assistance', 'package', 'packages', 'funding', 'support'],
    deCompounds: ['Hilfe', 'Paket', 'Unterstützung'],
  },
  {
    measure: 'equipment',
    de: ['Panzer', 'Drohnen', 'Drohne', 'Flugzeuge', 'Kampfjets', 'Kampfflugzeuge', 'Hubschrauber', 'Helikopter', 'Haubitzen', 'Geschütze', 'Artilleriesysteme', 'Raketenwerfer', 'Fahrzeuge'],
    en: ['tanks', 'tank', 'drones', 'drone', 'aircraft', 'jets', 'planes', 'helicopters', 'howitzers', 'artillery', 'vehicles', 'launchers'],
    deCompounds: ['Panzer', 'Drohnen', 'Flugzeuge', 'Jets', 'Hubschrauber', 'Geschütze', 'Fahrzeuge', 'Werfer'],
  },
  {
    measure: 'share',
    de: ['Anteil', 'Anteile'],
    en: ['share', 'proportion', 'fraction'],
  },
];

/** People and other counted nouns: they make "2000 Soldaten" a count and "gefallen" a death. */
export const PEOPLE_WORDS: Record<Language, string[]> = {
  de: ['Menschen', 'Personen', 'Zivilisten', 'Kinder', 'Frauen', 'Männer', 'Einwohner', 'Bewohner', 'Flüchtlinge', 'Gefangene', 'Kriegsgefangene', 'Leute', 'Bürger', 'Mann'],
  en: ['people', 'persons', 'civilians', 'children', 'women', 'men', 'residents', 'inhabitants', 'refugees', 'prisoners', 'captives', 'citizens'],
};

/**
 * English nouns that, right after a number, show it counts something else: "in the past 24 hours
 * 300 were killed" — the 24 are hours. German needs no list: any other capitalised noun does it.
 */
export const UNRELATED_HEADS_EN = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|times|points?|votes?|seats?|pages?|cases?|games?|matches|goals?|kilometres?|kilometers?|miles?|metres?|meters?)$/i;

/** After a percentage, these make it a share of a whole: "30 Prozent der Soldaten", "40 % of the aid". */
export const SHARE_MARKERS: Record<Language, string[]> = {
  de: ['der', 'des', 'aller', 'von', 'ihrer', 'seiner', 'unserer'],
  en: ['of'],
};

/** Words that make the claimant's own country the subject: "its own soldiers", "eigene Soldaten". */
export const OWN_WORDS: Record<Language, string[]> = {
  de: ['eigene', 'eigenen', 'eigener', 'eigenes', 'eigenem', 'unsere', 'unserer', 'unseren', 'unser', 'unserem'],
  en: ['own', 'our'],
};

/** Before a country these make it a place or a recipient, not whom the figure is about. */
export const NON_SUBJECT_PREPOSITIONS: Record<Language, string[]> = {
  de: ['in', 'nach', 'für', 'gegen', 'an', 'auf', 'bei', 'im', 'zu', 'zur', 'zum', 'über', 'laut', 'aus'],
  en: ['in', 'into', 'to', 'for', 'against', 'at', 'on', 'inside', 'across', 'over', 'toward', 'towards', 'from', 'by'],
};

/**
 * After the number a country counts only as an origin or owner: "5.000 Soldaten aus Nordkorea",
 * "the losses of Russia". Before it, "aus Kiew" / "from Kyiv" name a source instead.
 */
export const ORIGIN_PREPOSITIONS: Record<Language, string[]> = {
  de: ['aus', 'von', 'der', 'des'],
  en: ['from', 'of'],
};

/** Between two countries these make them a list ("Russland und die Ukraine"), not a report about one. */
export const LIST_WORDS: Record<Language, string[]> = {
  de: ['und', 'oder', 'sowie', ',', 'die', 'der', 'das'],
  en: ['and', 'or', ',', 'the'],
};

/**
 * Verbs whose sentence subject does the deed: in "Ukraine killed 5,000 soldiers" the soldiers
 * are not Ukrainian. A country named before the number is then not taken as the subject.
 */
export const AGENT_VERBS: Record<Language, string[]> = {
  de: ['getötet', 'tötete', 'töteten', 'zerstört', 'zerstörte', 'zerstörten', 'vernichtet', 'vernichtete', 'abgeschossen', 'schoss', 'eliminiert', 'erschossen', 'gefangen', 'genommen', 'neutralisiert', 'ausgeschaltet'],
  en: ['killed', 'kill', 'kills', 'destroyed', 'destroys', 'destroy', 'eliminated', 'shot', 'downed', 'captured', 'neutralised', 'neutralized', 'wiped'],
};

export interface CountryTerms {
  code: string;
  /** Proper names and demonyms as written; German genitive "-s" is derived. */
  names: { de: string[]; en: string[] };
  /** German adjective stems; they take -e, -en, -er, -es, -em. */
  deAdjectives: string[];
  /** English adjectives and demonyms. */
  enAdjectives: string[];
  /** Forms compared as written (upper-case acronyms such as "US", "UK"). */
  caseSensitive?: string[];
}

export const COUNTRIES: CountryTerms[] = [
  {
    code: 'RU',
    names: { de: ['Russland', 'Russische Föderation', 'Moskau', 'Kreml', 'Russen', 'Russe'], en: ['Russia', 'Russian Federation', 'Moscow', 'Kremlin', 'Russians'] },
    deAdjectives: ['russisch'], enAdjectives: ['Russian'],
  },
  {
    code: 'UA',
    names: { de: ['Ukraine', 'Kiew', 'Kyjiw', 'Ukrainer'], en: ['Ukraine', 'Kyiv', 'Kiev', 'Ukrainians'] },
    deAdjectives: ['ukrainisch'], enAdjectives: ['Ukrainian'],
  },
  {
    code: 'KP',
    names: { de: ['Nordkorea', 'Pjöngjang', 'Nordkoreaner'], en: ['North Korea', 'Pyongyang', 'North Koreans', 'DPRK'] },
    deAdjectives: ['nordkoreanisch'], enAdjectives: ['North Korean'],
  },
  {
    code: 'KR',
    names: { de: ['Südkorea', 'Seoul', 'Südkoreaner'], en: ['South Korea', 'Seoul', 'South Koreans'] },
    deAdjectives: ['südkoreanisch'], enAdjectives: ['South Korean'],
  },
  {
    code: 'US',
    names: { de: ['Vereinigte Staaten', 'Vereinigten Staaten', 'Amerika', 'Washington', 'Pentagon', 'Amerikaner'], en: ['United States', 'America', 'Washington', 'Pentagon', 'Americans'] },
    deAdjectives: ['amerikanisch', 'us-amerikanisch'], enAdjectives: ['American', 'U.S.'],
    caseSensitive: ['US', 'USA'],
  },
  {
    code: 'CN',
    names: { de: ['China', 'Volksrepublik China', 'Peking', 'Chinesen'], en: ['China', 'Beijing', "People's Republic of China"] },
    deAdjectives: ['chinesisch'], enAdjectives: ['Chinese'],
  },
  {
    code: 'DE',
    names: { de: ['Deutschland', 'Bundesrepublik', 'Berlin', 'Bundeswehr', 'Bundesregierung'], en: ['Germany', 'Berlin', 'Bundeswehr', 'Germans'] },
    deAdjectives: ['deutsch'], enAdjectives: ['German'],
  },
  {
    code: 'FR',
    names: { de: ['Frankreich', 'Paris', 'Franzosen'], en: ['France', 'Paris'] },
    deAdjectives: ['französisch'], enAdjectives: ['French'],
  },
  {
    code: 'GB',
    names: { de: ['Großbritannien', 'Vereinigtes Königreich', 'London', 'Briten'], en: ['Britain', 'Great Britain', 'United Kingdom', 'London', 'Britons'] },
    deAdjectives: ['britisch'], enAdjectives: ['British'],
    caseSensitive: ['UK'],
  },
  {
    code: 'PL',
    names: { de: ['Polen', 'Warschau'], en: ['Poland', 'Warsaw', 'Poles'] },
    deAdjectives: ['polnisch'], enAdjectives: ['Polish'],
  },
  {
    code: 'BY',
    names: { de: ['Belarus', 'Weißrussland', 'Minsk'], en: ['Belarus', 'Minsk', 'Belarusians'] },
    deAdjectives: ['belarussisch', 'weißrussisch'], enAdjectives: ['Belarusian'],
  },
  {
    code: 'IR',
    names: { de: ['Iran', 'Teheran', 'Iraner'], en: ['Iran', 'Tehran', 'Iranians'] },
    deAdjectives: ['iranisch'], enAdjectives: ['Iranian'],
  },
  {
    code: 'IL',
    names: { de: ['Israel', 'Israelis'], en: ['Israel', 'Israelis'] },
    deAdjectives: ['israelisch'], enAdjectives: ['Israeli'],
  },
  {
    code: 'PS',
    names: { de: ['Palästinenser', 'Palästina'], en: ['Palestinians', 'Palestine'] },
    deAdjectives: ['palästinensisch'], enAdjectives: ['Palestinian'],
  },
  {
    code: 'TR',
    names: { de: ['Türkei', 'Ankara', 'Türken'], en: ['Türkiye', 'Ankara', 'Turks'] },
    deAdjectives: ['türkisch'], enAdjectives: ['Turkish'],
  },
  {
    code: 'SY',
    names: { de: ['Syrien', 'Damaskus', 'Syrer'], en: ['Syria', 'Damascus', 'Syrians'] },
    deAdjectives: ['syrisch'], enAdjectives: ['Syrian'],
  },
  {
    code: 'IN',
    names: { de: ['Indien', 'Neu-Delhi', 'Inder'], en: ['India', 'New Delhi', 'Indians'] },
    deAdjectives: ['indisch'], enAdjectives: ['Indian'],
  },
  {
    code: 'JP',
    names: { de: ['Japan', 'Tokio', 'Japaner'], en: ['Japan', 'Tokyo'] },
    deAdjectives: ['japanisch'], enAdjectives: ['Japanese'],
  },
  {
    code: 'IT',
    names: { de: ['Italien', 'Rom', 'Italiener'], en: ['Italy', 'Rome', 'Italians'] },
    deAdjectives: ['italienisch'], enAdjectives: ['Italian'],
  },
  {
    code: 'CA',
    names: { de: ['Kanada', 'Ottawa', 'Kanadier'], en: ['Canada', 'Ottawa', 'Canadians'] },
    deAdjectives: ['kanadisch'], enAdjectives: ['Canadian'],
  },
];

const STEMMERS: Record<Language, (word: string) => string> = { de: germanStemmer, en: englishStemmer };

/** Stems are looked up for every word near every number; news vocabularies repeat, so memoise. */
export const DEFAULT_STEM_MEMO_SIZE = 20_000;
const STEM_MEMO: Record<Language, Map<string, string>> = { de: new Map(), en: new Map() };

/** Snowball stem of a word, lower-cased first. */
export function stemOf(word: string, language: Language): string {
  const memo = STEM_MEMO[language];
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  const stem = STEMMERS[language](word.toLowerCase());
  if (memo.size >= DEFAULT_STEM_MEMO_SIZE) memo.clear();
  memo.set(word, stem);
  return stem;
}

interface StemEntry {
  measure: Measure;
  reading: Reading;
}

function measureStems(language: Language): { exact: Map<string, StemEntry>; compoundHeads: Array<[string, Measure]> } {
  const exact = new Map<string, StemEntry>();
  const compoundHeads: Array<[string, Measure]> = [];
  for (const t of MEASURE_TERMS) {
    for (const w of t[language]) if (!exact.has(stemOf(w, language))) exact.set(stemOf(w, language), { measure: t.measure, reading: 'plain' });
    for (const w of t.needsPeople?.[language] ?? []) {
      if (!exact.has(stemOf(w, language))) exact.set(stemOf(w, language), { measure: t.measure, reading: 'needs_people' });
    }
    if (language === 'de') for (const w of t.deCompounds ?? []) compoundHeads.push([stemOf(w, language), t.measure]);
  }
  return { exact, compoundHeads };
}

const MEASURE_STEMS: Record<Language, ReturnType<typeof measureStems>> = { de: measureStems('de'), en: measureStems('en') };
const PEOPLE_STEMS: Record<Language, Set<string>> = {
  de: new Set(PEOPLE_WORDS.de.map((w) => stemOf(w, 'de'))),
  en: new Set(PEOPLE_WORDS.en.map((w) => stemOf(w, 'en'))),
};

/** The measure a single word speaks of, e.g. "Kampfpanzern" → equipment; null for other words. */
export function measureOfWord(word: string, language: Language): StemEntry | null {
  if (language === 'en' && word === 'AIDS') return null;
  const s = stemOf(word, language);
  const hit = MEASURE_STEMS[language].exact.get(s);
  if (hit) return hit;
  if (language === 'de') {
    for (const [head, measure] of MEASURE_STEMS.de.compoundHeads) {
      if (s.length > head.length + 2 && s.endsWith(head)) return { measure, reading: 'plain' };
    }
  }
  return null;
}

export function isPeopleWord(word: string, language: Language): boolean {
  const s = stemOf(word, language);
  if (PEOPLE_STEMS[language].has(s)) return true;
  const m = measureOfWord(word, language);
  return m?.measure === 'troops';
}

/** True for nouns that are counted: people, troops, equipment ("2000 Soldaten" is no year). */
export function countsSomething(word: string, language: Language): boolean {
  if (isPeopleWord(word, language)) return true;
  const m = measureOfWord(word, language);
  return !!m && m.reading === 'plain' && (m.measure === 'equipment' || m.measure === 'killed' || m.measure === 'wounded' || m.measure === 'casualties');
}
