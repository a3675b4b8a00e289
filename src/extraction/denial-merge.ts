import { entityOf } from '../text/index.js';
import type { Claimant, ClaimantInfo } from './claimant.js';

/**
 * Same party: the same name; someone whose affiliation is the other's name, or the end of it
 * ("Chinese foreign ministry" and its spokesman; "defence ministry" and "a ministry spokesman");
 * or the same country where one of the two is the country itself ("China" and a Chinese official).
 */
export function sameParty(a: Claimant, b: Claimant): boolean {
  if (a.name === b.name) return true;
  if (a.name === b.affiliation || b.name === a.affiliation) return true;
  // "the defence ministry" and "a ministry spokesman" (affiliation "ministry"), countries not in conflict.
  const compatible = !a.country || !b.country || a.country === b.country;
  if (compatible && (speaksFor(b, a) || speaksFor(a, b))) return true;
  if (!a.country || a.country !== b.country) return false;
  const bare = (c: Claimant): boolean => c.affiliation === null && entityOf(c.name)?.country === c.country;
  return bare(a) || bare(b);
}

function speaksFor(person: Claimant, body: Claimant): boolean {
  return person.affiliation !== null && person.affiliation !== '' && body.name.endsWith(` ${person.affiliation}`);
}

/**
 * The claimant of two merged denials by one party: a named person speaks for the institution
 * ("Nasser Kanani" for the Iranian foreign ministry), otherwise the one who denied first. The
 * speaker takes the institution as affiliation and its country when the text gave none.
 */
export function mergedClaimant(first: ClaimantInfo, second: ClaimantInfo): ClaimantInfo {
  const person = first.nameWords.length > 0 ? first : second.nameWords.length > 0 ? second : first;
  const other = person === first ? second : first;
  const c = person.claimant;
  const institution = speaksFor(c, other.claimant) || c.affiliation === null ? other.claimant : null;
  if (!institution || person === other) return person;
  return {
    ...person,
    claimant: {
      name: c.name,
      affiliation: c.affiliation === null || speaksFor(c, institution) ? institution.affiliation ?? institution.name : c.affiliation,
      country: c.country ?? institution.country,
    },
  };
}
