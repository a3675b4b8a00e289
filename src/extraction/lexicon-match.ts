import { BODIES, CAPITALS, ORGANISATIONS, PEOPLE, REGIONS, ROLES, type BodyEntry, type CapitalEntry, type OrgEntry, type PersonEntry, type RegionEntry, type RoleEntry } from './claimant-lexicon.js';
import { tokenize } from '../text/index.js';

/** A role, organisation or known person recognised at a token position, spanning `length` tokens. */
export type LexiconHit =
  | { type: 'role'; entry: RoleEntry; length: number; plural: boolean; prefixOrg: OrgEntry | null; prefixWord: string | null }
  | { type: 'org'; entry: OrgEntry; length: number }
  | { type: 'person'; entry: PersonEntry; length: number; possessive: boolean }
  | { type: 'body'; entry: BodyEntry; length: number }
  | { type: 'capital'; entry: CapitalEntry; length: number }
  | { type: 'region'; entry: RegionEntry; length: number; adjective: boolean; genitive: boolean };

interface Phrase<T> {
  words: string[];
  value: T;
}

function index<T>(items: Array<[string, T]>): Map<string, Phrase<T>[]> {
  const out = new Map<string, Phrase<T>[]>();
  for (const [form, value] of items) {
    const words = tokenize(form).map((t) => t.token.toLowerCase());
    if (words.length === 0) continue;
    const list = out.get(words[0]) ?? [];
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    out.set(words[0], list);
  }
  return out;
}

const roles = index(ROLES.flatMap((r) => r.forms.map((f) => [f, r] as [string, RoleEntry])));
const orgs = index(ORGANISATIONS.flatMap((o) => o.forms.map((f) => [f, o] as [string, OrgEntry])));
/** A written form with its German genitive ("Putins", "Gazproms") and English possessive ("Putin's"). */
function withPossessives<T>(form: string, of: (possessive: boolean) => T): Array<[string, T]> {
  return [[form, of(false)], [`${form}s`, of(true)], [`${form}'s`, of(true)]];
}

const people = index(PEOPLE.flatMap((p) => p.forms.flatMap((f) => withPossessives(f, (possessive) => ({ p, possessive })))));
// Acronyms are matched as written: "WHO" is the health organisation, "who" is not.
const ACRONYM = /^[\p{Lu}\d]{2,6}$/u;
const bodies = index(BODIES.flatMap((b) => b.forms.flatMap((f) => withPossessives(f, () => ({ b, form: f })))));
const capitals = index(CAPITALS.flatMap((c) => c.forms.flatMap((f) => [[f, c], [`${f}s`, c]] as Array<[string, CapitalEntry]>)));

function bodyAt(lower: readonly string[], words: readonly string[], i: number): Phrase<{ b: BodyEntry; form: string }> | null {
  const hit = matchAt(bodies, lower, i);
  if (!hit || !/^\p{Lu}/u.test(words[i])) return null;
  const first = hit.value.form.split(/\s+/)[0];
  if (ACRONYM.test(first) && !words[i].startsWith(first)) return null;
  return hit;
}

const GERMAN_ENDINGS = ['', 'e', 'en', 'er', 'es', 'em'];
const regions = index(
  REGIONS.flatMap((r) => [
    ...r.names.flatMap((f) => [[f, { r, adjective: false, genitive: false }], [`${f}s`, { r, adjective: false, genitive: true }], [`${f}'s`, { r, adjective: false, genitive: true }]]),
    ...(r.adjectives ?? []).flatMap((a) => GERMAN_ENDINGS.map((e) => [`${a}${e}`, { r, adjective: true, genitive: false }])),
  ] as Array<[string, { r: RegionEntry; adjective: boolean; genitive: boolean }]>),
);

/** The body a German compound prefix names ("bundeswehr" in "Bundeswehrsprecher"). */
export function bodyOfPrefix(prefix: string): BodyEntry | null {
  const bare = prefix.replace(/-$/, '');
  const hit = bodies.get(bare)?.find((p) => p.words.length === 1);
  return hit ? hit.value.b : null;
}

const compoundRoles = ROLES.filter((r) => r.compound)
  .flatMap((r) => r.forms.filter((f) => !f.includes(' ')).map((f) => ({ form: f, role: r })))
  .sort((a, b) => b.form.length - a.form.length);
// German compound prefixes: the listed ones, plus every one-word German form with its linking "s"
// ("Botschaftssprecher", "Polizeisprecher", "Regierungssprecher").
const orgPrefixes = ORGANISATIONS.flatMap((o) => [
  ...(o.prefixes ?? []),
  ...o.forms.filter((f) => /^[a-zäöüß]+$/.test(f) && /[äöüß]|ung$|schaft$|ium$|ei$|amt$|behörde$|armee$/.test(f)).flatMap((f) => [f, `${f}s`]),
].map((p) => ({ prefix: p, org: o })));

function matchAt<T>(table: Map<string, Phrase<T>[]>, lower: readonly string[], i: number): Phrase<T> | null {
  for (const phrase of table.get(lower[i]) ?? []) {
    if (i + phrase.words.length > lower.length) continue;
    let ok = true;
    for (let k = 1; k < phrase.words.length && ok; k++) ok = lower[i + k] === phrase.words[k];
    if (ok) return phrase;
  }
  return null;
}

function isPluralForm(role: RoleEntry, form: string): boolean {
  return role.pluralForms?.includes(form) ?? false;
}

/** German compound of a known role: "Kremlsprecher" → spokesperson with prefix "kreml". */
export function compoundRoleOf(word: string): { role: RoleEntry; prefix: string; form: string } | null {
  const lower = word.toLowerCase();
  for (const { form, role } of compoundRoles) {
    if (lower.length - form.length >= 3 && lower.endsWith(form)) {
      return { role, prefix: lower.slice(0, lower.length - form.length), form };
    }
  }
  return null;
}

// German compounds ending in an organisation word: "Übergangsregierung", "Bundesverteidigungsministerium".
const compoundOrgSuffixes = ORGANISATIONS.flatMap((o) =>
  o.forms.filter((f) => !f.includes(' ') && /(?:regierung|ministerium|ministeriums|armee|botschaft|kommission|behörde|behörden|gewerkschaft|polizei|verband|verbands|organisation)$/.test(f)).map((f) => ({ form: f, org: o })),
).sort((a, b) => b.form.length - a.form.length);

/** The organisation a German compound noun ends in, or null. */
export function compoundOrgOf(lower: string): OrgEntry | null {
  for (const { form, org } of compoundOrgSuffixes) {
    if (lower.length - form.length >= 3 && lower.endsWith(form)) return org;
  }
  return null;
}

/** The organisation a German compound prefix names ("verteidigungs" → defence ministry). */
export function orgOfPrefix(prefix: string): OrgEntry | null {
  const bare = prefix.replace(/-$/, '');
  for (const { prefix: p, org } of orgPrefixes) if (bare === p || bare === p.replace(/s$/, '')) return org;
  return null;
}

/** Role, organisation or known person starting at token i (lower-cased tokens; `words` as written). */
export function lexiconHitAt(lower: readonly string[], words: readonly string[], i: number): LexiconHit | null {
  const person = matchAt(people, lower, i);
  if (person) {
    // Known names are capitalised; "xi" or "zhao" in lower case are not the people.
    if (/^\p{Lu}/u.test(words[i])) return { type: 'person', entry: person.value.p, length: person.words.length, possessive: person.value.possessive };
  }
  const role = matchAt(roles, lower, i);
  const org = matchAt(orgs, lower, i);
  // a body's own name before the generic words it contains ("Auswärtiges Amt", "Bundesnetzagentur")
  const body = bodyAt(lower, words, i);
  if (body && body.words.length >= Math.max(role?.words.length ?? 0, org?.words.length ?? 0)) {
    return { type: 'body', entry: body.value.b, length: body.words.length };
  }
  if (/^\p{Lu}/u.test(words[i]) && !role && !org) {
    const capital = matchAt(capitals, lower, i);
    if (capital) return { type: 'capital', entry: capital.value, length: capital.words.length };
  }
  if (!role && !org) {
    const region = matchAt(regions, lower, i);
    if (region) return { type: 'region', entry: region.value.r, length: region.words.length, adjective: region.value.adjective, genitive: region.value.genitive };
  }
  if (role && (!org || role.words.length >= org.words.length)) {
    const form = role.words.join(' ');
    return { type: 'role', entry: role.value, length: role.words.length, plural: isPluralForm(role.value, form), prefixOrg: null, prefixWord: null };
  }
  if (org) return { type: 'org', entry: org.value, length: org.words.length };
  if (/^\p{Lu}/u.test(words[i])) {
    const compoundOrg = compoundOrgOf(lower[i]);
    if (compoundOrg) return { type: 'org', entry: compoundOrg, length: 1 };
    const compound = compoundRoleOf(words[i]);
    if (compound) {
      return {
        type: 'role', entry: compound.role, length: 1, plural: isPluralForm(compound.role, compound.form),
        prefixOrg: orgOfPrefix(compound.prefix), prefixWord: compound.prefix,
      };
    }
  }
  return null;
}
