/**
 * Maps an approved claim and its verdict to schema.org ClaimReview JSON-LD.
 * Pure domain code: no framework imports.
 *
 * Google's fact-check structured-data documentation
 * (developers.google.com/search/docs/appearance/structured-data/factcheck) asks for:
 * - ClaimReview: required `claimReviewed`, `reviewRating`, `url`;
 *   recommended `author` (Organization or Person with `name` and/or `url`), `itemReviewed` (Claim).
 * - Claim: recommended `appearance` or `firstAppearance` (either is enough),
 *   `author` (with `name` required and `sameAs` recommended; left out when the
 *   claim has no author), `datePublished`.
 * - Rating: required `alternateName`; recommended `bestRating`, `worstRating`,
 *   `ratingValue`, and `name` (only a fallback for `alternateName`, which Google
 *   prefers, so it is not emitted).
 * We also emit ClaimReview `datePublished`. Not emitted because the desk does not
 * know them: Claim `firstAppearance` (which citation came first is unknown) and
 * the claimant's `sameAs`.
 */
import { RATING_SCALE, type Rating, ratingLabel, ratingValue } from './ratings.js';

export interface ClaimReviewInput {
  readonly claim: {
    readonly id: string;
    readonly text: string;
    readonly claimant: {
      readonly name: string;
      readonly affiliation?: string | null;
      readonly country?: string | null;
    };
    readonly claimedAt: Date | null;
    /** URLs of the sources the claim is cited from. */
    readonly appearances: readonly string[];
  };
  readonly verdict: { readonly rating: Rating; readonly summary: string; readonly decidedAt: Date };
  /** Where the desk publishes claims; the claim id is appended. */
  readonly publicBaseUrl: string;
  readonly organization: { readonly name: string; readonly url: string };
}

export interface OrganizationLd {
  '@type': 'Organization';
  name: string;
  url?: string;
}

export interface PersonLd {
  '@type': 'Person';
  name: string;
  affiliation?: OrganizationLd;
}

export interface RatingLd {
  '@type': 'Rating';
  /** Absent for ratings that are no degree of truth (unverifiable). */
  ratingValue?: number;
  bestRating: number;
  worstRating: number;
  alternateName: string;
  ratingExplanation?: string;
}

export interface ClaimLd {
  '@type': 'Claim';
  author: PersonLd | OrganizationLd;
  datePublished?: string;
  appearance?: { '@type': 'CreativeWork'; url: string }[];
}

export interface ClaimReviewJsonLd {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  datePublished: string;
  author: OrganizationLd;
  reviewRating: RatingLd;
  itemReviewed: ClaimLd;
}

export function toClaimReview(input: ClaimReviewInput): ClaimReviewJsonLd {
  const { claim, verdict, organization } = input;
  const appearance = uniqueHttpUrls(claim.appearances).map((url) => ({ '@type': 'CreativeWork' as const, url }));
  const value = ratingValue(verdict.rating);
  const summary = verdict.summary.trim();

  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: claimPageUrl(input.publicBaseUrl, claim.id),
    claimReviewed: claim.text.trim(),
    datePublished: isoDate(verdict.decidedAt),
    author: { '@type': 'Organization', name: organization.name, url: organization.url },
    reviewRating: {
      '@type': 'Rating',
      ...(value === null ? {} : { ratingValue: value }),
      bestRating: RATING_SCALE.best,
      worstRating: RATING_SCALE.worst,
      alternateName: ratingLabel(verdict.rating),
      ...(summary ? { ratingExplanation: summary } : {}),
    },
    itemReviewed: {
      '@type': 'Claim',
      author: claimantLd(claim.claimant),
      ...(claim.claimedAt ? { datePublished: isoDate(claim.claimedAt) } : {}),
      ...(appearance.length > 0 ? { appearance } : {}),
    },
  };
}

export function claimPageUrl(publicBaseUrl: string, claimId: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/${encodeURIComponent(claimId)}`;
}

/** Calendar date in UTC, the form Google's examples use for `datePublished`. */
function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function uniqueHttpUrls(urls: readonly string[]): string[] {
  // Citations may point into sources held without a public URL; those are no "appearance" a reader can visit.
  return [...new Set(urls.map((u) => u.trim()))].filter((u) => /^https?:\/\/[^\s/]+/i.test(u));
}

function claimantLd(claimant: ClaimReviewInput['claim']['claimant']): PersonLd | OrganizationLd {
  const name = claimant.name.trim();
  if (claimantKind(name) === 'Organization') return { '@type': 'Organization', name };
  const affiliation = claimant.affiliation?.trim();
  return affiliation
    ? { '@type': 'Person', name, affiliation: { '@type': 'Organization', name: affiliation } }
    : { '@type': 'Person', name };
}

// Stems are matched inside words so German compounds count ("Außenministerium",
// "Bundesregierung", "Kremlsprecher"); short or ambiguous ones are whole words.
const INSTITUTION_WORDS: readonly RegExp[] = [
  /ministr(y|ies)/, /ministerium/, /government/, /regierung/, /administration/,
  /officials/, /authorities/, /beh(ö|oe)rde/, /beamte/, /office/, /amt\b/,
  /kremlin/, /kreml/, /white house/, /wei(ß|ss)es haus/, /pentagon/,
  /agency/, /agentur/, /department/, /council/, /commission/, /kommission/, /committee/,
  /parliament/, /parlament/, /bundestag/, /army/, /armee/, /military/, /milit(ä|ae)r/,
  /armed forces/, /streitkr(ä|ae)fte/, /bundeswehr/, /police/, /polizei/,
  /embassy/, /botschaft/, /\bparty\b/, /partei/, /institut/, /universit/,
  /\bnato\b/, /united nations/, /vereinte nationen/, /\beu\b/, /european union/,
  /headquarters/, /intelligence/, /geheimdienst/, /\binc\b/, /\bltd\b/, /gmbh/,
];

// Someone speaking for an institution is still a person: "Kremlin spokesman ...".
const PERSON_ROLE_WORDS: readonly RegExp[] = [
  /spokes(man|woman|person)/, /sprecher/, /minister(?!ium)/, /pr(e|ä)sident/,
  /chancellor/, /kanzler/, /secretary/, /ambassador/, /botschafter/, /officer/,
  /director/, /senator/, /governor/, /mayor/, /b(ü|ue)rgermeister/, /adviser/, /advisor/, /berater/,
  /commissioner/, /council+or/, /chair/, /leader/, /chief/,
];

/**
 * Person or Organization, guessed from the claimant's name. The head of a noun
 * phrase decides: only the part before "of"/"des"/"der"/"von" counts ("Office of
 * the President" is an office, "Sprecher des Ministeriums" a person), and within
 * it the keyword that ends last wins ("foreign ministry spokesman" is a person,
 * "Prime Minister's Office" an office). No keyword at all: a person.
 */
export function claimantKind(name: string): 'Person' | 'Organization' {
  const head = name.toLowerCase().split(/\s+(?:of|des|der|von)\s+/)[0] ?? '';
  const lastEnd = (patterns: readonly RegExp[]): number =>
    Math.max(-1, ...patterns.flatMap((p) => [...head.matchAll(new RegExp(p.source, 'g'))].map((m) => m.index + m[0].length)));
  return lastEnd(INSTITUTION_WORDS) > lastEnd(PERSON_ROLE_WORDS) ? 'Organization' : 'Person';
}
