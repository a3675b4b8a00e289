import { claimantKind, claimPageUrl, type ClaimReviewInput, toClaimReview } from './claim-review.js';
import { RATINGS, type Rating } from './ratings.js';

function input(overrides: {
  rating?: Rating;
  summary?: string;
  claimantName?: string;
  affiliation?: string | null;
  claimedAt?: Date | null;
  appearances?: string[];
  publicBaseUrl?: string;
  claimId?: string;
} = {}): ClaimReviewInput {
  return {
    claim: {
      id: overrides.claimId ?? 'c-7f3a',
      text: 'Moscow asked Beijing for armed drones and financial aid.',
      claimant: { name: overrides.claimantName ?? 'US officials', affiliation: overrides.affiliation ?? null, country: 'US' },
      claimedAt: overrides.claimedAt === undefined ? new Date('2022-03-13T21:40:00Z') : overrides.claimedAt,
      appearances: overrides.appearances ?? ['https://news.example.org/wire/drones', 'https://paper.example.de/ausland/china'],
    },
    verdict: {
      rating: overrides.rating ?? 'unverifiable',
      summary: overrides.summary ?? 'Only anonymous officials say so; both governments deny it.',
      decidedAt: new Date('2022-03-15T23:30:00Z'),
    },
    publicBaseUrl: overrides.publicBaseUrl ?? 'https://checks.example.net/claims',
    organization: { name: 'Example Fact Desk', url: 'https://checks.example.net' },
  };
}

/** Reads a dotted path such as "itemReviewed.author.name" out of the JSON-LD. */
function at(doc: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
}

describe('toClaimReview against Google’s fact-check structured data', () => {
  // Google's ClaimReview documentation: required ClaimReview claimReviewed,
  // reviewRating, url and Rating alternateName; recommended ClaimReview author
  // (with name or url) and itemReviewed, Claim author (name), datePublished and
  // appearance (or firstAppearance), Rating bestRating, worstRating, ratingValue.
  const REQUIRED = ['claimReviewed', 'reviewRating', 'url', 'reviewRating.alternateName'];
  const RECOMMENDED = [
    'author',
    'author.name',
    'author.url',
    'itemReviewed',
    'itemReviewed.author',
    'itemReviewed.author.name',
    'itemReviewed.datePublished',
    'itemReviewed.appearance',
    'reviewRating.bestRating',
    'reviewRating.worstRating',
  ];

  it.each(RATINGS)('has every required and recommended field for %s', (rating) => {
    const doc = toClaimReview(input({ rating }));
    expect(doc['@context']).toBe('https://schema.org');
    expect(doc['@type']).toBe('ClaimReview');
    expect(doc.itemReviewed['@type']).toBe('Claim');
    expect(doc.reviewRating['@type']).toBe('Rating');
    for (const path of [...REQUIRED, ...RECOMMENDED]) {
      const value = at(doc, path);
      expect({ path, present: value !== undefined && value !== null && value !== '' }).toEqual({ path, present: true });
    }
    // ratingValue is recommended too, but a rating that is no degree of truth has none.
    expect(at(doc, 'reviewRating.ratingValue') !== undefined).toBe(rating !== 'unverifiable');
  });

  it('keeps ratingValue within worstRating..bestRating, as Google requires', () => {
    for (const rating of RATINGS) {
      const { ratingValue, bestRating, worstRating } = toClaimReview(input({ rating })).reviewRating;
      expect(worstRating).toBeGreaterThanOrEqual(1);
      expect(bestRating).toBeGreaterThan(worstRating);
      if (ratingValue !== undefined) {
        expect(ratingValue).toBeGreaterThanOrEqual(worstRating);
        expect(ratingValue).toBeLessThanOrEqual(bestRating);
      }
    }
  });

  it('produces the whole document for a false claim', () => {
    expect(toClaimReview(input({ rating: 'false' }))).toStrictEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://checks.example.net/claims/c-7f3a',
      claimReviewed: 'Moscow asked Beijing for armed drones and financial aid.',
      datePublished: '2022-03-15',
      author: { '@type': 'Organization', name: 'Example Fact Desk', url: 'https://checks.example.net' },
      reviewRating: {
        '@type': 'Rating',
        ratingValue: 1,
        bestRating: 5,
        worstRating: 1,
        alternateName: 'False',
        ratingExplanation: 'Only anonymous officials say so; both governments deny it.',
      },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Organization', name: 'US officials' },
        datePublished: '2022-03-13',
        appearance: [
          { '@type': 'CreativeWork', url: 'https://news.example.org/wire/drones' },
          { '@type': 'CreativeWork', url: 'https://paper.example.de/ausland/china' },
        ],
      },
    });
  });

  it('leaves ratingValue out, and only it, for unverifiable', () => {
    expect(toClaimReview(input({ rating: 'unverifiable' })).reviewRating).toStrictEqual({
      '@type': 'Rating',
      bestRating: 5,
      worstRating: 1,
      alternateName: 'Unverifiable',
      ratingExplanation: 'Only anonymous officials say so; both governments deny it.',
    });
  });

  it('round-trips through JSON unchanged (no undefined holes)', () => {
    const doc = toClaimReview(input({ claimedAt: null, appearances: [], summary: ' ' }));
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
    expect(Object.values(doc.itemReviewed)).not.toContain(undefined);
    expect(Object.values(doc.reviewRating)).not.toContain(undefined);
    expect('ratingExplanation' in doc.reviewRating).toBe(false);
  });
});

describe('toClaimReview field by field', () => {
  it.each([
    ['https://checks.example.net/claims', 'c-1', 'https://checks.example.net/claims/c-1'],
    ['https://checks.example.net/claims/', 'c-1', 'https://checks.example.net/claims/c-1'],
    ['https://checks.example.net/claims//', 'c-1', 'https://checks.example.net/claims/c-1'],
    ['https://checks.example.net', 'c-1', 'https://checks.example.net/c-1'],
    ['https://checks.example.net/claims', 'a b/c', 'https://checks.example.net/claims/a%20b%2Fc'],
  ])('url from base %s and id %s', (base, id, expected) => {
    expect(claimPageUrl(base, id)).toBe(expected);
    expect(toClaimReview(input({ publicBaseUrl: base, claimId: id })).url).toBe(expected);
  });

  it.each([
    ['2022-03-15T23:30:00Z', '2022-03-15'],
    ['2022-03-15T00:00:00Z', '2022-03-15'],
    // The approval date is the UTC calendar day, whatever offset it was recorded with.
    ['2022-03-16T00:30:00+02:00', '2022-03-15'],
  ])('datePublished of an approval at %s is %s', (decidedAt, expected) => {
    const base = input();
    expect(toClaimReview({ ...base, verdict: { ...base.verdict, decidedAt: new Date(decidedAt) } }).datePublished).toBe(expected);
  });

  it('leaves out the claim date when it is unknown', () => {
    expect('datePublished' in toClaimReview(input({ claimedAt: null })).itemReviewed).toBe(false);
  });

  it.each<[string, string[], string[] | undefined]>([
    ['none', [], undefined],
    ['duplicates collapse, order kept', ['https://b.example/1', 'https://a.example/2', 'https://b.example/1'], ['https://b.example/1', 'https://a.example/2']],
    ['non-web addresses are dropped', ['ftp://files.example/x', 'source:s-42', '', 'http://a.example/y'], ['http://a.example/y']],
    ['surrounding spaces trimmed', [' https://a.example/z '], ['https://a.example/z']],
  ])('appearance: %s', (_name, urls, expected) => {
    const appearance = toClaimReview(input({ appearances: urls })).itemReviewed.appearance;
    expect(appearance?.map((a) => a.url)).toEqual(expected);
    for (const a of appearance ?? []) expect(a['@type']).toBe('CreativeWork');
  });

  it('names the readable verdict for each rating', () => {
    expect(RATINGS.map((rating) => toClaimReview(input({ rating })).reviewRating.alternateName)).toEqual([
      'True',
      'Mostly true',
      'Half true',
      'Mostly false',
      'False',
      'Misleading',
      'Unverifiable',
    ]);
  });

  it('describes a person claimant with their affiliation', () => {
    const doc = toClaimReview(input({ claimantName: 'Dmitri Peskow', affiliation: 'Kreml' }));
    expect(doc.itemReviewed.author).toEqual({
      '@type': 'Person',
      name: 'Dmitri Peskow',
      affiliation: { '@type': 'Organization', name: 'Kreml' },
    });
  });

  it('describes a person claimant without affiliation as just a person', () => {
    expect(toClaimReview(input({ claimantName: 'Jane Roe', affiliation: null })).itemReviewed.author).toEqual({
      '@type': 'Person',
      name: 'Jane Roe',
    });
  });
});

describe('claimantKind', () => {
  it.each([
    ['US officials', 'Organization'],
    ['Chinese Foreign Ministry', 'Organization'],
    ['Außenministerium der Volksrepublik China', 'Organization'],
    ['Bundesregierung', 'Organization'],
    ['Auswärtiges Amt', 'Organization'],
    ['The Kremlin', 'Organization'],
    ['Kreml', 'Organization'],
    ['White House', 'Organization'],
    ['UK Ministry of Defence', 'Organization'],
    ['Office of the President', 'Organization'],
    ["Prime Minister's Office", 'Organization'],
    ['Federal Statistics Agency', 'Organization'],
    ['NATO', 'Organization'],
    ['US Department of Defense', 'Organization'],
    ['Jane Roe', 'Person'],
    ['EU', 'Organization'],
    ['Donato Rossi', 'Person'],
    ['Matthieu Dupont', 'Person'],
    ['Kremlin spokesman Dmitry Peskov', 'Person'],
    ['Kremlsprecher Peskow', 'Person'],
    ['Chinese foreign ministry spokesman', 'Person'],
    ['Sprecher des Außenministeriums', 'Person'],
    ['Foreign Minister Wang Yi', 'Person'],
    ['Bundeskanzler Olaf Scholz', 'Person'],
    ['Police officer on duty', 'Person'],
    ['Russian ambassador to the US', 'Person'],
    ['Ukrainian President', 'Person'],
  ])('%s is a %s', (name, kind) => {
    expect(claimantKind(name)).toBe(kind);
    expect(toClaimReview(input({ claimantName: name })).itemReviewed.author['@type']).toBe(kind);
  });
});
