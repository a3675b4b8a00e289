/**
 * The five seed articles, ingested together as a new user would, must give no false flag, no
 * claim text that cannot be read on its own, no claimant with a wrong country and the dates the
 * articles print. The seed files are not part of the project: they are read from `../shared/seeds`
 * beside the repository, and this test is skipped, saying so, when that folder is absent. Nothing
 * of their text is written here; only their file names and the dates they print are.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestApp, type TestApp } from '../support/test-app.js';
import type { ApiClient } from '../support/api-client.js';
import { eventually } from '../support/eventually.js';
import { settledRowCounts } from '../support/row-counts.js';
import { notStandingAlone } from '../../src/extraction/evaluate.js';
import { ENTITY_ALIASES } from '../../src/text/entity-aliases.js';

/* eslint-disable @typescript-eslint/no-explicit-any */

// ../shared/seeds seen from the repository root
const SEEDS = fileURLToPath(new URL('../../../shared/seeds', import.meta.url));
const present = existsSync(SEEDS) && readdirSync(SEEDS).some((f) => f.endsWith('.txt'));
if (!present) {
  // eslint-disable-next-line no-console
  console.warn(`seed-articles: skipped, the seed articles are not at ${SEEDS} (they are not part of the repository)`);
}
const describeSeeds = present ? describe : describe.skip;

/** The day each seed prints as its date; null: it prints none, so publishedAt stays unknown. */
const PRINTED_DATE: Record<string, string | null> = {
  '000_9fc722c3cf7d1e73.txt': '2024-04-20',
  '001_901d94244555531c.txt': null,
  '002_60d05765a7a317a0.txt': '2024-05-05',
  '003_082411c07413a728.txt': null,
  '004_a4dc2ae808fed771.txt': '2024-10-14',
};

/** Names a claimant's country can be read from ("Russian …", "Pentagon", "Kremlin"), with that country. */
const NAMED_COUNTRY: Array<[RegExp, string]> = [
  [/\bPentagon\b|\bWhite House\b|\bState Department\b/u, 'US'],
  ...ENTITY_ALIASES.filter((e) => e.country !== null).flatMap((e) =>
    [e.adjectiveLabel, ...e.names.filter((n) => n.kind !== 'city').map((n) => n.label)]
      .filter((label): label is string => typeof label === 'string' && label.length > 3)
      .map((label): [RegExp, string] => [new RegExp(`(?<![\\p{L}.])${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u'), e.country!])),
];

describeSeeds('the seed articles, ingested together', () => {
  let t: TestApp;
  let checker: ApiClient;
  const sources: Array<{ file: string; id: string; text: string; body: any }> = [];
  const claims: Array<{ file: string; text: string; claim: any }> = [];

  beforeAll(async () => {
    t = await startTestApp();
    checker = await t.user('fact_checker', 'Seed Reader');
    const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
    expect(files).toEqual(Object.keys(PRINTED_DATE));
    for (const [k, file] of files.entries()) {
      const text = readFileSync(join(SEEDS, file), 'utf8');
      const res = await checker.post('/v1/sources', { publisher: `Seed site ${k + 1}`, url: `https://seed.example/${file}`, text });
      expect(res.status).toBe(201);
      sources.push({ file, id: res.body.id, text, body: null });
    }
    for (const s of sources) {
      s.body = await eventually(async () => {
        const res = await checker.get(`/v1/sources/${s.id}`);
        expect(res.body.extraction.status).not.toBe('failed');
        return res.body.extraction.status === 'done' ? res.body : false;
      }, 60_000);
      const res = await checker.get(`/v1/sources/${s.id}/claims?limit=200`);
      expect(res.status).toBe(200);
      for (const claim of res.body.items) claims.push({ file: s.file, text: s.text, claim });
    }
    // flags come from background checks: wait until nothing changes any more
    await settledRowCounts(t.settings.database.path, 1000, 60_000);
  }, 180_000);
  afterAll(() => t?.close());

  it('finds claims in every article', () => {
    for (const s of sources) expect({ file: s.file, found: s.body.extraction.claimCount > 0 }).toEqual({ file: s.file, found: true });
    expect(claims.length).toBe(sources.reduce((n, s) => n + s.body.extraction.claimCount, 0));
  });

  it('reads each source date from its text, and leaves it unknown where the text prints none', () => {
    for (const s of sources) {
      const printed = PRINTED_DATE[s.file];
      expect({ file: s.file, publishedAt: s.body.publishedAt?.slice(0, 10) ?? null, from: s.body.publishedAtSource })
        .toEqual({ file: s.file, publishedAt: printed, from: printed === null ? null : 'dateline' });
    }
  });

  it('dates every claim by its article or by its own sentence, never by the day of ingest or after the article', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const { file, claim } of claims) {
      const printed = PRINTED_DATE[file];
      const day = claim.claimedAt?.slice(0, 10) ?? null;
      expect({ file, text: claim.text, day: day === today ? 'the day of ingest' : day }).not.toEqual({ file, text: claim.text, day: 'the day of ingest' });
      if (printed !== null && day !== null) expect({ file, text: claim.text, afterArticle: day > printed }).toEqual({ file, text: claim.text, afterArticle: false });
    }
  });

  it('gives no claim text that cannot be read on its own', () => {
    const fragments = claims
      .map(({ file, text, claim }) => {
        const citation = claim.citations.find((c: any) => text.slice(c.start, c.end) === c.quote);
        const why = citation ? notStandingAlone(text, citation, claim.language) : 'no citation into its article';
        return why ? { file, text: claim.text, why } : null;
      })
      .filter((x) => x !== null);
    expect(fragments).toEqual([]);
  });

  it('gives no claimant a country other than the one its name says', () => {
    const wrong = claims
      .map(({ file, claim }) => {
        const said = NAMED_COUNTRY.filter(([re]) => re.test(`${claim.claimant.name} ${claim.claimant.affiliation ?? ''}`)).map(([, c]) => c);
        const country = claim.claimant.country ?? null;
        return country !== null && said.length > 0 && !said.includes(country) ? { file, claimant: claim.claimant, said } : null;
      })
      .filter((x) => x !== null);
    expect(wrong).toEqual([]);
  });

  it('raises no flag', async () => {
    const res = await checker.get('/v1/flags?limit=200');
    expect(res.status).toBe(200);
    expect(res.body.items.map((f: any) => ({ type: f.type, explanation: f.explanation }))).toEqual([]);
  });
});
