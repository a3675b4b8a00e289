import { ENTITY_ALIASES, findEntities, entityOf, isStopword, type EntityMatch, type Language, type Token } from '../text/index.js';
import {
  AUDIENCE_WORDS,
  DOCUMENT_WORDS,
  ORG_NAMES_BY_COUNTRY,
  ORGANISATIONS,
  QUALIFIERS,
  TITLES,
  type CapitalEntry,
  type OrgEntry,
  type PersonEntry,
  type RegionEntry,
  type RoleEntry,
} from './claimant-lexicon.js';
import { CLAIM_REFERENCES, PRONOUNS } from './cue-lexicon.js';
import { bodyOfPrefix, lexiconHitAt } from './lexicon-match.js';

/** Who made a statement, as the API exposes it. Labels are English whatever the article's language. */
export interface Claimant {
  name: string;
  affiliation: string | null;
  country: string | null;
}

/** A claimant with what the rules learnt about it, for resolving later references ("er", "der Sprecher", "Peskow"). */
export interface ClaimantInfo {
  claimant: Claimant;
  /** A pronoun, or a definite role or organisation without name or nationality ("der Sprecher", "the company"). */
  anaphor: 'pronoun' | 'definite' | null;
  roleKey: string | null;
  orgKey: string | null;
  /** Name words as written, to resolve a later surname-only mention. */
  nameWords: string[];
  /** The phrase names its organisation in words ("Sprecher der Marine"), not only through a role ("Außenminister"). */
  orgNamed?: boolean;
}

const DETERMINERS = new Set([
  'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen',
  'sein', 'seine', 'seiner', 'seines', 'seinem', 'seinen', 'ihr', 'ihre', 'ihrer', 'ihres', 'ihrem', 'ihren',
  'the', 'a', 'an', 'its', 'his', 'her', 'their', 'one', 'some', 'several', 'two', 'three', 'many',
]);
const DEFINITE = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'the']);
const SINGULAR_ARTICLES = new Set(['der', 'des', 'dem', 'ein', 'eines', 'einem', 'einer', 'a', 'an']);
const ATTACHING = new Set(['von', 'vom', 'bei', 'of', 'for', 'at']);
const GENITIVE_LINKS = new Set(['des', 'der', 'eines', 'einer', 'of', 'von', 'vom']);
/** German common-noun endings: a capitalised word with one of them is not a person's name. */
const GERMAN_NOUN_ENDING = /(?:ung|heit|keit|schaft|tion|tät|ium|iums|ismus|nis|tum|ment|macht|ei|ik|gruppe|partei|seite|kreise|kreisen|quellen|quelle)$/u;

/**
 * German titles of office written before a name are capitalised like it ("Amtstierärztin Karin
 * Vogt", "Landeshauptmann Peter Kaiser"): a long compound with the head of an office noun that
 * opens a run of three or more capitalised words is the title, and the name is the rest.
 */
const GERMAN_TITLE = /^\p{Lu}\p{Ll}{4,}(?:mann|frau|leiter|leiterin|chef|chefin|führer|führerin|arzt|ärztin|rat|rätin|direktor|direktorin|präsident|präsidentin|meister|meisterin|beauftragte|beauftragter|sekretär|sekretärin|vorsitzende|vorsitzender|kommissar|kommissarin|inspektor|inspektorin)$/u;

function withoutTitle(run: Run, lang: Language): Run {
  if (lang !== 'de' || run.words.length < 3 || !GERMAN_TITLE.test(run.words[0])) return run;
  return { ...run, words: run.words.slice(1) };
}

/** Organisation words that say what kind of body a named one is, not which part of it speaks. */
const KIND_WORDS = new Set(['authorities', 'news_agency', 'company', 'group', 'media']);

const ADJECTIVE_LABEL_BY_COUNTRY = new Map<string, string>();
for (const e of ENTITY_ALIASES) if (e.country && e.adjectiveLabel) ADJECTIVE_LABEL_BY_COUNTRY.set(e.country, e.adjectiveLabel);
const ORG_BY_KEY = new Map(ORGANISATIONS.map((o) => [o.key, o]));
const REFERENCE_WORDS = new Set([...CLAIM_REFERENCES.de, ...CLAIM_REFERENCES.en, ...DOCUMENT_WORDS]);

function adjectiveOf(country: string | null): string | null {
  return country ? ADJECTIVE_LABEL_BY_COUNTRY.get(country) ?? null : null;
}

function isGenitive(word: string, lang: Language): boolean {
  return lang === 'de' ? /s$/.test(word) : /['’]s$/.test(word);
}

/** German role nouns that look the same in singular and plural are plural only without a singular article. */
function germanPlural(word: string, article: string, lang: Language): boolean {
  if (lang !== 'de') return false;
  if (/(?:beamte|beamten|experten|analysten|diplomaten|funktionäre|generäle|kommandeure|behörden)$/.test(word)) {
    return !SINGULAR_ARTICLES.has(article);
  }
  if (/(?:sprecher|berater|vertreter|forscher|wissenschaftler)$/.test(word)) return article === 'die' || article === 'den';
  return false;
}

interface Run {
  words: string[];
  at: number;
  /** The run follows "of", "at", "von": it names where someone works, not who they are. */
  attached: boolean;
}

interface Parts {
  nationality: EntityMatch | null;
  orgEntity: EntityMatch | null;
  place: EntityMatch | null;
  orgs: OrgEntry[];
  role: RoleEntry | null;
  roleIndex: number;
  rolePlural: boolean;
  qualifier: string | null;
  person: PersonEntry | null;
  ownerPerson: PersonEntry | null;
  runs: Run[];
  loose: string[];
  /** Positions of the loose words in `words`. */
  looseAt: number[];
  words: readonly string[];
  /** German capitalised common nouns that name nobody in particular ("Hafengesellschaft"). */
  nouns: string[];
  references: number;
  /** Whether the phrase starts with a document or report word ("Berichte über …"), and whether one owns it ("Bericht des Pentagons"). */
  firstContent: 'reference' | 'other' | null;
  owned: boolean;
  orgWord: string | null;
  orgIndex: number;
  /** A capital named in the phrase: alone, it stands for its government ("Moskau erklärte"). */
  capital: CapitalEntry | null;
  /** The kind of organisation a body with a name of its own is ("Bundeswehr": military). */
  bodyOrg: string | null;
  /** A region that gives the phrase its country ("niedersächsische", "Kärntner"). */
  region: RegionEntry | null;
}

function parse(ws: readonly string[], lang: Language, article: string): Parts {
  const lower = ws.map((w) => w.toLowerCase());
  const p: Parts = {
    nationality: null, orgEntity: null, place: null, orgs: [], role: null, roleIndex: -1, rolePlural: false,
    qualifier: null, person: null, ownerPerson: null, runs: [], loose: [], looseAt: [], words: ws, nouns: [], references: 0,
    firstContent: null, owned: false, orgWord: null, orgIndex: -1, capital: null, bodyOrg: null, region: null,
  };
  const tokens: Token[] = ws.map((w, i) => ({ token: w, start: i, end: i + 1 }));
  const entityAt = new Map<number, { to: number; match: EntityMatch }>();
  for (const e of findEntities(tokens)) entityAt.set(e.from, { to: e.to, match: e.match });

  let run: Run | null = null;
  let attached = false;
  const close = (): void => {
    if (run) p.runs.push(run);
    run = null;
  };
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    const lw = lower[i];
    if (w === ',') {
      close();
      attached = false;
      continue;
    }
    const hit = lexiconHitAt(lower, ws, i);
    if (p.firstContent === null && !DETERMINERS.has(lw) && !REFERENCE_WORDS.has(lw) && !QUALIFIERS[lw]) p.firstContent = 'other';
    if (hit?.type === 'person') {
      close();
      if (hit.possessive) p.ownerPerson = hit.entry;
      else p.person = hit.entry;
      i += hit.length - 1;
      continue;
    }
    const entity = entityAt.get(i);
    if (hit?.type === 'body' && !(entity && entity.to - i > hit.length)) {
      close();
      attached = false;
      p.orgEntity ??= { id: `body_${hit.entry.key}`, country: hit.entry.country, label: hit.entry.label, kind: 'organisation' };
      p.bodyOrg ??= hit.entry.org ?? null;
      i += hit.length - 1;
      continue;
    }
    if (hit?.type === 'region') {
      close();
      attached = false;
      const m: EntityMatch = { id: `region_${hit.entry.key}`, country: hit.entry.country, label: hit.entry.label, kind: hit.adjective ? 'adjective' : 'country' };
      // like a country: an adjective or a genitive describes, a name at the end is a place ("in Niedersachsen")
      if (hit.adjective || hit.genitive || i + hit.length < ws.length) {
        if (!p.nationality) {
          p.nationality = m;
          p.region = hit.entry;
        }
      } else p.place ??= { ...m, kind: 'city' };
      i += hit.length - 1;
      continue;
    }
    if (hit?.type === 'capital') {
      p.capital ??= hit.entry;
      if (!entity) {
        close();
        attached = false;
        p.place ??= { id: `capital_${hit.entry.country}`, country: hit.entry.country, label: ws[i], kind: 'city' };
        i += hit.length - 1;
        continue;
      }
    }
    if (entity && !(hit && hit.type !== 'capital' && hit.length > entity.to - i)) {
      close();
      const m = entity.match;
      const genitive = isGenitive(ws[entity.to - 1], lang);
      if (m.kind !== 'adjective') attached = false;
      if (m.kind === 'adjective' || m.kind === 'people') p.nationality ??= m;
      else if (m.kind === 'organisation') p.orgEntity ??= m;
      else if (genitive || entity.to < ws.length) p.nationality ??= m; // "Chinas Außenministerium", "US Beamte"
      else p.place ??= m;
      i = entity.to - 1;
      continue;
    }
    if (hit?.type === 'role') {
      close();
      if (!p.role || hit.entry.org) {
        p.role = hit.entry;
        p.roleIndex = i;
        p.rolePlural = hit.plural || germanPlural(lw, article, lang);
      }
      const prefixBody = hit.prefixWord ? bodyOfPrefix(hit.prefixWord) : null;
      if (hit.prefixOrg) p.orgs.push(hit.prefixOrg);
      else if (prefixBody) {
        // "Bundeswehrsprecher", "Gazprom-Sprecher": the body the compound starts with
        p.orgEntity ??= { id: `body_${prefixBody.key}`, country: prefixBody.country, label: prefixBody.label, kind: 'organisation' };
        p.bodyOrg ??= prefixBody.org ?? null;
      } else if (hit.prefixWord) {
        const prefixEntity = entityOf(hit.prefixWord.replace(/s$/, '')) ?? entityOf(hit.prefixWord);
        if (prefixEntity?.kind === 'organisation') p.orgEntity ??= prefixEntity;
        else if (prefixEntity) p.nationality ??= prefixEntity;
      }
      i += hit.length - 1;
      continue;
    }
    if (hit?.type === 'org') {
      close();
      attached = false; // the attached phrase ends with its organisation word
      p.orgs.push(hit.entry);
      p.orgWord = ws.slice(i, i + hit.length).join(' ');
      p.orgIndex = i;
      i += hit.length - 1;
      continue;
    }
    if (QUALIFIERS[lw]) {
      close();
      p.qualifier ??= QUALIFIERS[lw];
      continue;
    }
    if (ATTACHING.has(lw)) {
      close();
      attached = true;
      continue;
    }
    if (REFERENCE_WORDS.has(lw)) {
      close();
      p.references++;
      if (p.firstContent === null) p.firstContent = 'reference';
      continue;
    }
    if (GENITIVE_LINKS.has(lw) && p.firstContent === 'reference') p.owned = true;
    // "Sprecher der Luftwaffe": a genitive after a role or organisation names where the person works.
    if (GENITIVE_LINKS.has(lw) && (p.role || p.orgs.length > 0) && i > 0) {
      close();
      attached = true;
      continue;
    }
    const capital = /^\p{Lu}/u.test(w);
    const commonNoun = lang === 'de' && run === null && GERMAN_NOUN_ENDING.test(lw);
    if (capital && !commonNoun && !isStopword(w, lang) && !AUDIENCE_WORDS.has(lw) && !DETERMINERS.has(lw) && !TITLES.has(lw)) {
      if (!run) run = { words: [], at: i, attached };
      run.words.push(w);
      attached = false;
      continue;
    }
    close();
    if (capital && commonNoun) {
      p.nouns.push(w.replace(/(?<=[^s])s$/u, ''));
      attached = false;
    } else if (!DETERMINERS.has(lw) && !TITLES.has(lw) && !isStopword(w, lang) && !GENITIVE_LINKS.has(lw)) {
      p.loose.push(w);
      p.looseAt.push(i);
      attached = false;
    }
  }
  close();
  return p;
}

/** The English word for the phrase's nationality: a region's own ("Lower Saxony") or its country's adjective. */
function nationalWord(p: Parts): string | null {
  if (!p.nationality) return null;
  if (p.region) return p.region.label;
  return p.nationality.kind === 'adjective' ? p.nationality.label : adjectiveOf(p.nationality.country) ?? p.nationality.label;
}

function orgName(org: OrgEntry, country: string | null, modifiers: readonly OrgEntry[], region: RegionEntry | null = null): string {
  const own = country && !region ? ORG_NAMES_BY_COUNTRY[country]?.[org.key] : undefined;
  if (own) return own;
  const parts = [region && region.country === country ? region.label : adjectiveOf(country), ...modifiers.map((m) => m.modifier), org.label].filter(Boolean);
  return parts.join(' ');
}

/**
 * The claimant a noun phrase describes, or null when it names nobody. Rules: nationality (adjective,
 * genitive country, "US-" prefix) + organisation (lexicon or entity such as Kremlin/Pentagon/NATO,
 * also as a German compound prefix) + role (lexicon, also German compounds like "Kremlsprecher")
 * + a person's name (capitalised words that are none of these and come after the role, or stand alone).
 * Capitalised words right before a role qualify it ("Pentagon spokesperson", "State regulators");
 * after "of"/"at"/"von" they name the affiliation. Known people supply an English spelling and,
 * when the text names no organisation, their usual affiliation.
 */
export function describeClaimant(words: readonly string[], lang: Language): ClaimantInfo | null {
  const all = words.filter((w) => w.length > 0);
  let start = 0;
  while (start < all.length && DETERMINERS.has(all[start].toLowerCase())) start++;
  const article = start > 0 ? all[0].toLowerCase() : '';
  const ws = all.slice(start);
  while (ws.length > 0 && ws[0] === ',') ws.shift();
  while (ws.length > 0 && ws[ws.length - 1] === ',') ws.pop();
  while (ws.length > 0 && ATTACHING.has(ws[ws.length - 1].toLowerCase())) ws.pop();
  if (ws.length === 0) return null;
  if (ws.length === 1 && PRONOUNS[lang].has(ws[0].toLowerCase())) {
    return { claimant: { name: ws[0], affiliation: null, country: null }, anaphor: 'pronoun', roleKey: null, orgKey: null, nameWords: [] };
  }
  const parts = parse(ws, lang, article);
  // "Berichte über zivile Opfer" names nobody; "der Bericht des Pentagons" names the Pentagon.
  if (parts.firstContent === 'reference' && !parts.owned) return null;
  return compose(parts, article, lang);
}

/**
 * Speakers named together ("NATO and the EU said", "Frankreich und Großbritannien kündigten an"):
 * one claimant named for both, with the country and affiliation they share (none when they differ).
 */
export function coordinatedClaimant(first: ClaimantInfo, second: ClaimantInfo): ClaimantInfo {
  const [a, b] = [first.claimant, second.claimant];
  return {
    claimant: {
      name: `${a.name} and ${b.name}`,
      affiliation: a.affiliation !== null && a.affiliation === b.affiliation ? a.affiliation : null,
      country: a.country !== null && a.country === b.country ? a.country : null,
    },
    anaphor: null, roleKey: null, orgKey: null, nameWords: [],
  };
}

/** "Moskau erklärte", "Washington welcomed": a capital that speaks alone is its country's government. */
function capitalGovernment(p: Parts): ClaimantInfo | null {
  if (!p.capital || !p.place || p.place.country !== p.capital.country) return null;
  const alone = !p.role && p.orgs.length === 0 && !p.person && !p.ownerPerson && !p.orgEntity && !p.nationality &&
    p.runs.length === 0 && p.loose.length === 0 && p.nouns.length === 0 && p.references === 0;
  const adjective = adjectiveOf(p.capital.country);
  if (!alone || !adjective) return null;
  return {
    claimant: { name: `${adjective} government`, affiliation: null, country: p.capital.country },
    anaphor: null, roleKey: null, orgKey: 'government', nameWords: [],
  };
}

function compose(p: Parts, article: string, lang: Language): ClaimantInfo | null {
  const government = capitalGovernment(p);
  if (government) return government;
  const org = p.orgs.length > 0 ? p.orgs[p.orgs.length - 1] : p.role?.org ? ORG_BY_KEY.get(p.role.org) ?? null : null;
  const orgExplicit = p.orgs.length > 0;
  const orgModifiers = p.orgs.slice(0, -1);
  const known = p.person;

  // Sort the capitalised runs: qualifier before the role, affiliation after "of", the person's name otherwise.
  let modifierRun: Run | null = null;
  let affiliationRun: Run | null = null;
  const nameRuns: Run[] = [];
  const headIndex = p.role ? p.roleIndex : p.orgIndex;
  const looseSet = new Set(p.looseAt);
  for (const r of p.runs) {
    const end = r.at + r.words.length;
    let gapIsLoose = headIndex >= end;
    for (let k = end; k < headIndex && gapIsLoose; k++) gapIsLoose = looseSet.has(k);
    if (r.attached) affiliationRun ??= r;
    else if (headIndex >= 0 && gapIsLoose) modifierRun = r; // "State (environmental) officials", "Pentagon spokesperson"
    else nameRuns.push(r);
  }
  // "Macrons Berater Pierre Blanc": a genitive name before the role owns it.
  let ownerName: string | null = null;
  const ownerMark = lang === 'de' ? /s$/ : /['’]s$/;
  if (modifierRun && ownerMark.test(modifierRun.words[modifierRun.words.length - 1]) && nameRuns.length > 0 && !p.ownerPerson) {
    ownerName = modifierRun.words.join(' ').replace(/['’]?s$/, '');
    modifierRun = null;
  }
  const nameRun = nameRuns.length > 0 ? withoutTitle(nameRuns[nameRuns.length - 1], lang) : null;
  // Lower-case words before the head describe it: "State environmental officials", "the port authority".
  // "the army's operational command", "the company's spokesman": an English possessive before the head names what
  // the body belongs to, as a compound does ("army operational command", "company spokesperson")
  const describing = p.looseAt.filter((k) => k < headIndex).map((k) => p.words[k].replace(/['’]s$/u, ''));
  const modifierWords = [...(modifierRun?.words ?? []), ...describing];

  // An institution of one country names it, whatever nationality word stands near it ("Pentagon-Bericht über Chinas Militär").
  const country =
    p.orgEntity?.country ?? p.nationality?.country ?? known?.country ?? p.ownerPerson?.country ?? p.place?.country ??
    (orgExplicit ? org?.country : undefined) ?? null;
  const ownName = country && org ? ORG_NAMES_BY_COUNTRY[country]?.[org.key] : undefined;

  let affiliation: string | null = null;
  // "the maritime agency UKMTO", "the news agency KCNA": a word for the kind of body only stands beside its own name
  if (p.orgEntity) affiliation = orgExplicit && org && !KIND_WORDS.has(org.key) ? `${p.orgEntity.label} ${org.label}` : p.orgEntity.label;
  else if (org && (p.role || known || p.ownerPerson || nameRun)) affiliation = orgName(org, country, orgModifiers, p.region);
  else if (affiliationRun) affiliation = affiliationRun.words.join(' ');
  else if (p.ownerPerson) affiliation = p.ownerPerson.affiliation ?? `${p.ownerPerson.name}'s office`;
  else if (ownerName) affiliation = `${ownerName}'s office`;
  if (!affiliation && known) affiliation = known.affiliation;

  let name: string | null = null;
  if (known) name = known.name;
  else if (nameRun && nameRun.words.length <= 4) name = nameRun.words.join(' ');
  else if (p.role) {
    const parts: string[] = [];
    if (p.qualifier) parts.push(p.qualifier);
    if (ownName && orgExplicit) parts.push(ownName);
    else {
      if (p.orgEntity) parts.push(p.orgEntity.label);
      else if (p.nationality) parts.push(nationalWord(p) as string);
      else if (p.ownerPerson) parts.push(`${p.ownerPerson.name}'s`);
      if (modifierWords.length > 0) parts.push(modifierWords.join(' '));
      else if (affiliationRun && !org && !p.nationality) parts.push(affiliationRun.words.join(' ')); // "Verbraucherzentrale spokesperson"
      if (orgExplicit && org && !p.orgEntity) parts.push(...orgModifiers.map((m) => m.modifier), org.modifier);
    }
    parts.push(p.rolePlural ? p.role.plural : p.role.singular);
    name = parts.join(' ');
  } else if (p.orgEntity) name = affiliation;
  else if (org && modifierWords.length > 0 && p.orgWord) {
    const adjective = p.region ? p.region.label : p.nationality ? adjectiveOf(p.nationality.country) : null;
    name = [adjective, ...modifierWords, p.orgWord].filter(Boolean).join(' '); // "Pilots Association", "port authority"
  }
  else if (org) name = orgName(org, country, orgModifiers, p.region);
  else if (modifierRun) name = modifierRun.words.join(' ');
  else if (p.place && !p.nationality) name = p.place.label;
  else if (p.nationality && p.nationality.kind !== 'adjective' && p.loose.length === 0) name = p.nationality.label;
  else if (p.nouns.length > 0) {
    const adjective = p.region ? p.region.label : p.nationality ? adjectiveOf(p.nationality.country) : null;
    name = [adjective, p.nouns[p.nouns.length - 1]].filter(Boolean).join(' ');
  } else if (p.loose.length > 0 && p.references === 0) {
    // Nothing known: the words as written, the nationality in English ("German carmakers").
    const adjective = p.region ? p.region.label : p.nationality ? adjectiveOf(p.nationality.country) : null;
    name = [adjective, ...p.loose].filter(Boolean).join(' ');
  }
  if (name === null) return null;
  if (!p.role && name === affiliation) affiliation = null;

  const definite =
    DEFINITE.has(article) && !known && !nameRun && !p.nationality && !p.orgEntity && !p.ownerPerson && modifierWords.length === 0 &&
    !affiliationRun && (p.role !== null || org !== null);
  return {
    claimant: { name, affiliation, country },
    anaphor: definite ? 'definite' : null,
    roleKey: p.role?.key ?? null,
    orgKey: org?.key ?? p.bodyOrg ?? p.orgEntity?.id ?? null,
    orgNamed: orgExplicit,
    nameWords: known ? known.name.split(' ') : nameRun?.words ?? [],
  };
}
