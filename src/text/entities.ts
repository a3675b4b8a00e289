import { ENTITY_ALIASES, type EntityAliases } from './entity-aliases.js';
import { tokenize, type Token } from './tokenize.js';

export type EntityKind = 'country' | 'city' | 'organisation' | 'adjective' | 'people';

/** What an alias stands for: "Kreml" → {id: "ent_ru", country: "RU", label: "Kremlin", kind: "organisation"}. */
export interface EntityMatch {
  id: string;
  country: string | null;
  /** English label of this alias ("Kremlin", "Russian", "Russia"). */
  label: string;
  kind: EntityKind;
}

/** A run of tokens that names an entity: tokens[from] up to, not including, tokens[to]. */
export interface EntitySpan {
  from: number;
  to: number;
  match: EntityMatch;
}

const GERMAN_ADJECTIVE_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];
const SHORT_ACRONYM = /^(?:[A-Z]{1,3}|(?:[A-Z]\.){1,3})$/;

interface Phrase {
  words: string[];
  match: EntityMatch;
}

const caseSensitive = new Map<string, EntityMatch>();
const caseless = new Map<string, EntityMatch>();
const phrasesByFirstWord = new Map<string, Phrase[]>();

function add(form: string, match: EntityMatch): void {
  const words = tokenize(form).map((t) => t.token);
  if (words.length === 1) {
    if (SHORT_ACRONYM.test(form)) {
      if (!caseSensitive.has(form)) caseSensitive.set(form, match);
    } else {
      const key = form.toLowerCase();
      if (!caseless.has(key)) caseless.set(key, match);
    }
    return;
  }
  const lower = words.map((w) => w.toLowerCase());
  const list = phrasesByFirstWord.get(lower[0]) ?? [];
  list.push({ words: lower, match });
  list.sort((a, b) => b.words.length - a.words.length);
  phrasesByFirstWord.set(lower[0], list);
}

function register(entity: EntityAliases): void {
  const base = { id: entity.id, country: entity.country };
  for (const group of entity.names) {
    const match: EntityMatch = { ...base, label: group.label, kind: group.kind };
    for (const form of group.forms) {
      add(form, match);
      // German genitive: "Russlands", "Chinas", "Kiews".
      if (!SHORT_ACRONYM.test(form) && !/[sxzß]$/i.test(form)) add(`${form}s`, match);
      // German adjectives from place names: "Londoner", "Moskauer", "Kiewer".
      if (group.kind === 'city' && entity.adjectiveLabel && !form.includes(' ')) {
        add(`${form}er`, { ...base, label: entity.adjectiveLabel, kind: 'adjective' });
      }
    }
  }
  if (entity.adjectives && entity.adjectiveLabel) {
    const match: EntityMatch = { ...base, label: entity.adjectiveLabel, kind: 'adjective' };
    for (const stemForm of entity.adjectives.de) {
      for (const ending of GERMAN_ADJECTIVE_ENDINGS) add(stemForm + ending, match);
    }
    for (const form of entity.adjectives.en) add(form, match);
  }
  for (const form of entity.people ?? []) {
    add(form, { ...base, label: entity.names[0].label, kind: 'people' });
  }
}

for (const entity of ENTITY_ALIASES) register(entity);

const POSSESSIVE = /['’]s$/;

/** The entity a single word names, in German or English, or null ("Kremls" → Kremlin/RU; "us" → null). */
export function entityOf(word: string): EntityMatch | null {
  const exact = caseSensitive.get(word);
  if (exact) return exact;
  const bare = word.replace(POSSESSIVE, '');
  if (bare !== word) {
    const acronym = caseSensitive.get(bare);
    if (acronym) return acronym;
  }
  return caseless.get(bare.toLowerCase()) ?? null;
}

/**
 * Entities named in a token sequence, longest phrase first ("Vereinigten Staaten", "North Korea"),
 * without overlaps, in text order. Linear in the number of tokens.
 */
export function findEntities(tokens: readonly Token[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].token;
    const phrases = phrasesByFirstWord.get(word.toLowerCase());
    let matched = false;
    if (phrases) {
      for (const phrase of phrases) {
        if (i + phrase.words.length > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < phrase.words.length && ok; k++) {
          const t = tokens[i + k].token.toLowerCase();
          const want = phrase.words[k];
          // The last word of a German adjective phrase may carry an ending ("nordkoreanischen").
          ok = t === want || (k === phrase.words.length - 1 && stripPossessive(t) === want);
        }
        if (ok) {
          out.push({ from: i, to: i + phrase.words.length, match: phrase.match });
          i += phrase.words.length - 1;
          matched = true;
          break;
        }
      }
    }
    if (matched) continue;
    const single = entityOf(word);
    if (single) out.push({ from: i, to: i + 1, match: single });
  }
  return out;
}

function stripPossessive(word: string): string {
  return word.replace(POSSESSIVE, '');
}
