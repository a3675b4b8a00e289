import { entityOf, tokenize } from '../text/index.js';
import type { ClaimantInfo } from './claimant.js';
import { lexiconHitAt } from './lexicon-match.js';

/**
 * Organisations that belong to one state. "Coast guard commander Ola Berg" after "the Norwegian
 * coast guard" is Norwegian; a company or a group named like another one earlier may be any other.
 */
const STATE_ORGS = new Set([
  'government', 'ministry', 'foreign_ministry', 'defence_ministry', 'interior_ministry', 'health_ministry', 'commerce_ministry',
  'agriculture_ministry', 'finance_ministry', 'energy_ministry', 'justice_ministry', 'military', 'general_staff', 'navy',
  'air_force', 'intelligence', 'presidency', 'parliament', 'authorities', 'embassy', 'border_guard', 'coast_guard', 'police',
  'military_administration',
]);

function sameOrg(a: string, b: string): boolean {
  if (a === b) return true;
  // "das Ministerium" is whichever ministry the article named
  return (a === 'ministry' && b.endsWith('ministry')) || (b === 'ministry' && a.endsWith('ministry'));
}

/** The country a nationality word stands for ("russische", "Russia's", "Chinas"), or null. */
function nationalityOf(w: string): string | null {
  const e = entityOf(w);
  if (!e?.country) return null;
  if (e.kind === 'adjective') return e.country;
  if ((e.kind === 'country' || e.kind === 'city') && (/['’]s$/.test(w) || entityOf(w.slice(0, -1))?.id === e.id)) return e.country;
  return null;
}

const COORDINATING = new Set(['und', 'oder', 'sowie', 'and', 'or']);
const ARTICLES = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'the']);

/**
 * The countries nationality words right before token `at` give: "die estnische Marine", "Russia's
 * fisheries agency"; coordinated ones all count ("das russische und das norwegische Außenministerium").
 */
function nationalitiesBefore(words: readonly string[], at: number): string[] {
  let k = at - 1;
  // English lets one lower-case word stand between: "Russia's fisheries agency"
  if (k >= 1 && /^\p{Ll}+$/u.test(words[k]) && nationalityOf(words[k]) === null && lexiconHitAt([words[k]], [words[k]], 0) === null) k--;
  const out: string[] = [];
  while (k >= 0) {
    const country = nationalityOf(words[k]);
    if (!country) break;
    out.push(country);
    let j = k - 1;
    if (j >= 0 && ARTICLES.has(words[j].toLowerCase())) j--;
    if (j < 0 || !COORDINATING.has(words[j].toLowerCase())) break;
    j--;
    if (j >= 0 && ARTICLES.has(words[j].toLowerCase())) j--;
    k = j;
  }
  return out;
}

/** Countries the article gave the organisation `key` before: "die estnische Marine" for a later "Sprecher der Marine". */
function countriesNamedEarlier(key: string, earlier: string): Set<string> {
  const words = tokenize(earlier).map((t) => t.token);
  const lower = words.map((w) => w.toLowerCase());
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const hit = lexiconHitAt(lower, words, i);
    if (!hit) continue;
    if (hit.type === 'org' && sameOrg(hit.entry.key, key)) {
      for (const country of nationalitiesBefore(words, i)) out.add(country);
    }
    i += hit.length - 1;
  }
  return out;
}

/**
 * The country of a claimant whose own words name an organisation but no country ("ein Sprecher der
 * Marine", "Coast guard commander Ola Berg"): the country the article gave that organisation before,
 * as a speaker or in passing. Only when every earlier mention agrees; two countries for it, or
 * none, leave the claimant without one, since a wrong country is worse than an unknown one.
 */
export function countryNamedBefore(info: ClaimantInfo, history: readonly ClaimantInfo[], earlier: string): string | null {
  const key = info.orgKey;
  if (info.claimant.country || !info.orgNamed || !key || !STATE_ORGS.has(key)) return null;
  const countries = countriesNamedEarlier(key, earlier);
  for (const h of history) if (h.orgKey && h.claimant.country && sameOrg(h.orgKey, key)) countries.add(h.claimant.country);
  return countries.size === 1 ? [...countries][0] : null;
}

/** The claimant with the country it was found to have. */
export function withCountry(info: ClaimantInfo, country: string): ClaimantInfo {
  return { ...info, claimant: { ...info.claimant, country } };
}

/** A claimant that is an organisation, not a person or an office holder: it may have a spokesperson. */
function isOrganisation(info: ClaimantInfo): boolean {
  return info.anaphor !== 'pronoun' && info.roleKey === null && (info.orgKey !== null || info.nameWords.length === 0);
}

/**
 * "The Greek fire service said … . Spokesman Nikos Stavrou said …", "Die Küstenwache wies das
 * zurück. …, sagte ein Sprecher.": a spokesperson who names no organisation and no country, in the
 * sentence right after an organisation spoke, speaks for it. Any other speaker in between, or an
 * office holder before, and the spokesperson stays as written.
 */
export function spokespersonOf(info: ClaimantInfo, justBefore: ClaimantInfo | null): ClaimantInfo | null {
  if (info.roleKey !== 'spokesperson' || info.orgKey !== null || info.claimant.country || info.claimant.affiliation) return null;
  if (!justBefore || !isOrganisation(justBefore) || !justBefore.claimant.country) return null;
  return { ...info, claimant: { ...info.claimant, affiliation: justBefore.claimant.name, country: justBefore.claimant.country } };
}

