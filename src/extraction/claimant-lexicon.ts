/**
 * Roles, organisations and well-known people that claimants are described with, in German and
 * English. The data lives in config/lexicon/claimants.json so that it can grow without touching the
 * rules; this module reads it once, checks its shape and hands it out typed. claimant.ts holds the
 * rules that combine the entries. Labels are English, so a claimant reads the same whatever the
 * language of the article.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface OrgEntry {
  key: string;
  /** English name without nationality ("foreign ministry"). */
  label: string;
  /** Word used in front of a role when unnamed ("foreign ministry spokesperson", "defence official"). */
  modifier: string;
  /** Written forms, lower case; multi-word forms are matched as phrases. */
  forms: string[];
  /** German compound prefixes, lower case ("verteidigungs" in "Verteidigungsbeamter"). */
  prefixes?: string[];
  /** The country of an office that only one country has ("State Department"), when nothing else names one. */
  country?: string;
}

export interface RoleEntry {
  key: string;
  singular: string;
  plural: string;
  /** Lower-case forms; `pluralForms` mark the ones that are always plural. */
  forms: string[];
  pluralForms?: string[];
  /** The organisation the role implies when the text names none ("Außenminister" → foreign ministry). */
  org?: string;
  /** German nouns that end in this role form are compounds of it ("Kremlsprecher"). */
  compound?: boolean;
}

/**
 * A body with a name of its own ("Bundeswehr", "IAEA", "Reuters"): it is its own name and, when it
 * belongs to one country, carries that country wherever it stands.
 */
export interface BodyEntry {
  key: string;
  /** Name in English, as the claimant reads ("Bundeswehr", "International Atomic Energy Agency"). */
  label: string;
  /** ISO code, or null for an international body that belongs to no country. */
  country: string | null;
  /** Written forms. All-capital forms (acronyms) match only as written; others regardless of case. */
  forms: string[];
  /** The kind of organisation it is, for "the ministry", "das Militär" said later about it. */
  org?: string;
}

/** A capital that stands for its country's government when it speaks ("Moskau erklärte"). */
export interface CapitalEntry {
  country: string;
  /** Lower-case forms in German and English. */
  forms: string[];
}

/** A region of one country: "das niedersächsische Agrarministerium" is German, and reads "Lower Saxony agriculture ministry". */
export interface RegionEntry {
  key: string;
  /** English word the claimant is named with ("Lower Saxony", "Carinthian"). */
  label: string;
  country: string;
  /** Lower-case names in German and English ("niedersachsen", "lower saxony"). */
  names: string[];
  /** Lower-case adjectives; German ones as stems that take the endings -e/-en/-er/-es/-em. */
  adjectives?: string[];
}

export interface PersonEntry {
  name: string;
  affiliation: string | null;
  country: string | null;
  /** Written forms, full names and surnames, in either language. */
  forms: string[];
}

/** The data file, found from this module so that src/ (tests) and dist/ (the service) both reach it. */
export const CLAIMANT_LEXICON_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'config', 'lexicon', 'claimants.json');

export interface ClaimantLexicon {
  organisations: OrgEntry[];
  orgNamesByCountry: Record<string, Record<string, string>>;
  roles: RoleEntry[];
  qualifiers: Record<string, string>;
  people: PersonEntry[];
  bodies: BodyEntry[];
  capitals: CapitalEntry[];
  regions: RegionEntry[];
  audienceWords: string[];
  titles: string[];
  documentWords: string[];
}

/** A malformed lexicon stops the service at start: a claimant read with half a lexicon would be silently wrong. */
export class LexiconError extends Error {
  constructor(file: string, where: string, problem: string) {
    super(`${file}: ${where}: ${problem}`);
    this.name = 'LexiconError';
  }
}

type Json = unknown;

function isRecord(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Checks the raw JSON and returns it typed; every error names the section and the entry. */
export function parseClaimantLexicon(raw: Json, file = 'claimant lexicon'): ClaimantLexicon {
  const fail = (where: string, problem: string): never => {
    throw new LexiconError(file, where, problem);
  };
  if (!isRecord(raw)) fail('top level', 'not an object');
  const root = raw as Record<string, Json>;
  const list = (section: string): Json[] => {
    const v = root[section];
    if (!Array.isArray(v)) fail(section, 'missing or not an array');
    return v as Json[];
  };
  const text = (where: string, v: Json, optional = false): string | undefined => {
    if (v === undefined && optional) return undefined;
    if (typeof v !== 'string' || v.length === 0) fail(where, `expected a non-empty string, got ${JSON.stringify(v)}`);
    return v as string;
  };
  const texts = (where: string, v: Json, optional = false): string[] | undefined => {
    if (v === undefined && optional) return undefined;
    if (!Array.isArray(v) || v.length === 0) fail(where, 'expected a non-empty list of strings');
    return (v as Json[]).map((x, k) => text(`${where}[${k}]`, x) as string);
  };
  const country = (where: string, v: Json): string | null | undefined => {
    if (v === undefined || v === null) return v as null | undefined;
    if (typeof v !== 'string' || !/^[A-Z]{2}$/.test(v)) fail(where, `country must be a two-letter ISO code, got ${JSON.stringify(v)}`);
    return v as string;
  };
  const entry = (section: string, k: number, v: Json): Record<string, Json> => {
    if (!isRecord(v)) fail(`${section}[${k}]`, 'not an object');
    return v as Record<string, Json>;
  };
  const named = (section: string, k: number, e: Record<string, Json>): string =>
    `${section}[${k}] ${JSON.stringify(e.key ?? e.name ?? '?')}`;

  const organisations = list('organisations').map((v, k): OrgEntry => {
    const e = entry('organisations', k, v);
    const at = named('organisations', k, e);
    const org: OrgEntry = {
      key: text(`${at}.key`, e.key) as string,
      label: text(`${at}.label`, e.label) as string,
      modifier: text(`${at}.modifier`, e.modifier) as string,
      forms: texts(`${at}.forms`, e.forms) as string[],
    };
    const prefixes = texts(`${at}.prefixes`, e.prefixes, true);
    if (prefixes) org.prefixes = prefixes;
    const c = country(`${at}.country`, e.country);
    if (c) org.country = c;
    return org;
  });
  const orgKeys = new Set(organisations.map((o) => o.key));
  const roles = list('roles').map((v, k): RoleEntry => {
    const e = entry('roles', k, v);
    const at = named('roles', k, e);
    const role: RoleEntry = {
      key: text(`${at}.key`, e.key) as string,
      singular: text(`${at}.singular`, e.singular) as string,
      plural: text(`${at}.plural`, e.plural) as string,
      forms: texts(`${at}.forms`, e.forms) as string[],
    };
    const pluralForms = texts(`${at}.pluralForms`, e.pluralForms, true);
    if (pluralForms) {
      for (const f of pluralForms) if (!role.forms.includes(f)) fail(`${at}.pluralForms`, `"${f}" is not one of its forms`);
      role.pluralForms = pluralForms;
    }
    const org = text(`${at}.org`, e.org, true);
    if (org !== undefined) {
      if (!orgKeys.has(org)) fail(`${at}.org`, `no organisation has the key "${org}"`);
      role.org = org;
    }
    if (e.compound !== undefined) {
      if (typeof e.compound !== 'boolean') fail(`${at}.compound`, 'expected true or false');
      role.compound = e.compound as boolean;
    }
    return role;
  });
  const people = list('people').map((v, k): PersonEntry => {
    const e = entry('people', k, v);
    const at = named('people', k, e);
    if (e.affiliation !== null && typeof e.affiliation !== 'string') fail(`${at}.affiliation`, 'expected a string or null');
    return {
      name: text(`${at}.name`, e.name) as string,
      affiliation: (e.affiliation as string | null) ?? null,
      country: country(`${at}.country`, e.country) ?? null,
      forms: texts(`${at}.forms`, e.forms) as string[],
    };
  });
  const bodies = list('bodies').map((v, k): BodyEntry => {
    const e = entry('bodies', k, v);
    const at = named('bodies', k, e);
    if (e.country === undefined) fail(`${at}.country`, 'give a country code, or null for an international body');
    const body: BodyEntry = {
      key: text(`${at}.key`, e.key) as string,
      label: text(`${at}.label`, e.label) as string,
      country: country(`${at}.country`, e.country) ?? null,
      forms: texts(`${at}.forms`, e.forms) as string[],
    };
    const org = text(`${at}.org`, e.org, true);
    if (org !== undefined) {
      if (!orgKeys.has(org)) fail(`${at}.org`, `no organisation has the key "${org}"`);
      body.org = org;
    }
    return body;
  });
  const capitals = list('capitals').map((v, k): CapitalEntry => {
    const e = entry('capitals', k, v);
    const at = `capitals[${k}] ${JSON.stringify(e.country ?? '?')}`;
    const c = country(`${at}.country`, e.country);
    if (!c) fail(`${at}.country`, 'a capital needs its country');
    return { country: c as string, forms: texts(`${at}.forms`, e.forms) as string[] };
  });
  const regions = list('regions').map((v, k): RegionEntry => {
    const e = entry('regions', k, v);
    const at = named('regions', k, e);
    const c = country(`${at}.country`, e.country);
    if (!c) fail(`${at}.country`, 'a region needs its country');
    const region: RegionEntry = {
      key: text(`${at}.key`, e.key) as string,
      label: text(`${at}.label`, e.label) as string,
      country: c as string,
      names: texts(`${at}.names`, e.names) as string[],
    };
    const adjectives = texts(`${at}.adjectives`, e.adjectives, true);
    if (adjectives) region.adjectives = adjectives;
    return region;
  });
  const byCountry = root.orgNamesByCountry;
  if (!isRecord(byCountry)) fail('orgNamesByCountry', 'missing or not an object');
  const orgNamesByCountry: Record<string, Record<string, string>> = {};
  for (const [c, names] of Object.entries(byCountry as Record<string, Json>)) {
    country(`orgNamesByCountry.${c}`, c);
    if (!isRecord(names)) fail(`orgNamesByCountry.${c}`, 'not an object');
    orgNamesByCountry[c] = {};
    for (const [key, name] of Object.entries(names as Record<string, Json>)) {
      if (!orgKeys.has(key)) fail(`orgNamesByCountry.${c}.${key}`, `no organisation has the key "${key}"`);
      orgNamesByCountry[c][key] = text(`orgNamesByCountry.${c}.${key}`, name) as string;
    }
  }
  const qualifiersRaw = root.qualifiers;
  if (!isRecord(qualifiersRaw)) fail('qualifiers', 'missing or not an object');
  const qualifiers: Record<string, string> = {};
  for (const [word, label] of Object.entries(qualifiersRaw as Record<string, Json>)) qualifiers[word] = text(`qualifiers.${word}`, label) as string;
  const words = (section: string): string[] => list(section).map((v, k) => text(`${section}[${k}]`, v) as string);
  return {
    organisations, orgNamesByCountry, roles, qualifiers, people, bodies, capitals, regions,
    audienceWords: words('audienceWords'), titles: words('titles'), documentWords: words('documentWords'),
  };
}

/** Reads and checks the data file; a file that is no JSON names itself and where the parser stopped. */
export function loadClaimantLexicon(file = CLAIMANT_LEXICON_FILE): ClaimantLexicon {
  let raw: Json;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new LexiconError(file, 'file', (err as Error).message);
  }
  return parseClaimantLexicon(raw, file);
}

const LEXICON = loadClaimantLexicon();

export const ORGANISATIONS: readonly OrgEntry[] = LEXICON.organisations;

/** Some organisations have a name of their own in one country. */
export const ORG_NAMES_BY_COUNTRY: Readonly<Record<string, Record<string, string>>> = LEXICON.orgNamesByCountry;

export const ROLES: readonly RoleEntry[] = LEXICON.roles;

/** Words that make an unnamed claimant more specific. */
export const QUALIFIERS: Readonly<Record<string, string>> = LEXICON.qualifiers;

export const PEOPLE: readonly PersonEntry[] = LEXICON.people;

export const BODIES: readonly BodyEntry[] = LEXICON.bodies;

export const CAPITALS: readonly CapitalEntry[] = LEXICON.capitals;

export const REGIONS: readonly RegionEntry[] = LEXICON.regions;

/** Nouns for whom a statement is made, not by whom ("sagte Peskow Reportern"). They end a claimant. */
export const AUDIENCE_WORDS: ReadonlySet<string> = new Set(LEXICON.audienceWords);

/** Titles that are not part of a name. */
export const TITLES: ReadonlySet<string> = new Set(LEXICON.titles);

/** Nouns for documents: "laut dem Bericht des Pentagons" is a claim of the Pentagon. */
export const DOCUMENT_WORDS: ReadonlySet<string> = new Set(LEXICON.documentWords);
