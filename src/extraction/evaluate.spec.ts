import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from './claims-from-text.js';
import { evaluateArticle, notStandingAlone, sameName, summarise, type EvalArticle, type PredictedClaims } from './evaluate.js';

const article: EvalArticle = {
  id: 't', language: 'en', text: 'Officials said 40 tanks were lost. The ministry denied it.',
  claims: [
    { id: 'a', claimant: 'U.S. officials', stance: 'asserts', contains: '40 tanks' },
    { id: 'b', claimant: 'ministry', stance: 'denies', contains: 'denied it' },
  ],
  links: [{ from: 'b', to: 'a' }],
};
const claim = (ref: string, name: string, stance: string, start: number, end: number) => ({
  ref, claimant: { name }, stance, start, end, text: article.text.slice(start, end),
});

describe('evaluateArticle', () => {
  it('matches claims on claimant, stance and coverage, and links on their matched ends', () => {
    const run: PredictedClaims = {
      claims: [claim('c1', 'US officials', 'asserts', 15, 33), claim('c2', 'ministry', 'denies', 35, 57), claim('c3', 'ministry', 'asserts', 35, 57)],
      links: [{ from: 'c2', to: 'c1', relation: 'denies' }, { from: 'c3', to: 'c1', relation: 'denies' }],
    };
    const s = evaluateArticle(article, run);
    expect(s.claims).toEqual({ correct: 2, predicted: 3, expected: 2, precision: 2 / 3, recall: 1 });
    expect(s.links).toEqual({ correct: 1, predicted: 2, expected: 1, precision: 0.5, recall: 1 });
    expect(s.spurious.map((c) => c.ref)).toEqual(['c3']);
  });

  it('a wrong stance, claimant or span is a miss', () => {
    const run: PredictedClaims = {
      claims: [claim('c1', 'U.S. officials', 'denies', 15, 33), claim('c2', 'Kremlin', 'denies', 35, 57), claim('c3', 'ministry', 'denies', 0, 10)],
      links: [],
    };
    const s = evaluateArticle(article, run);
    expect(s.claims.correct).toBe(0);
    expect(s.missed.map((m) => m.id)).toEqual(['a', 'b']);
    expect(s.links).toEqual({ correct: 0, predicted: 0, expected: 1, precision: 1, recall: 0 });
  });

  it('accepts the other names the annotation gives a claimant, for the claim and for its links', () => {
    const annotated: EvalArticle = {
      ...article,
      claims: [article.claims[0], { ...article.claims[1], claimant: 'Ministry of Defence', claimantAlso: ['ministry', 'defence ministry'] }],
    };
    const run: PredictedClaims = {
      claims: [claim('c1', 'US officials', 'asserts', 15, 33), claim('c2', 'ministry', 'denies', 35, 57)],
      links: [{ from: 'c2', to: 'c1', relation: 'denies' }],
    };
    const s = evaluateArticle(annotated, run);
    expect(s.claims.correct).toBe(2);
    expect(s.links.correct).toBe(1);
    expect(evaluateArticle({ ...annotated, claims: [article.claims[0], { ...annotated.claims[1], claimantAlso: ['army'] }] }, run).links.correct).toBe(0);
  });

  it.each([
    ['U.S. officials', 'US officials', true],
    ["Fishermen's groups", 'Fishermens groups', true],
    ['Dmitry Peskov', 'Dmitri Peskow', false],
  ])('sameName(%s, %s) = %s', (a, b, same) => expect(sameName(a, b)).toBe(same));

  it('summarises micro-averaged per language', () => {
    const s = evaluateArticle(article, { claims: [], links: [] });
    const { overall, byLanguage } = summarise([s, { ...s, language: 'de' }]);
    expect(overall.claims).toEqual({ correct: 0, predicted: 0, expected: 4, precision: 1, recall: 0 });
    expect(Object.keys(byLanguage)).toEqual(['de', 'en']);
  });
});

describe('extraction quality on the annotated articles', () => {
  const dir = join(process.cwd(), 'test', 'fixtures', 'extraction');
  const articles: EvalArticle[] = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { articles: EvalArticle[] }).articles);

  it('has at least 30 articles, at least 12 per language, 5 to 15 sentences each', () => {
    expect(articles.length).toBeGreaterThanOrEqual(30);
    expect(articles.filter((a) => a.language === 'de').length).toBeGreaterThanOrEqual(12);
    expect(articles.filter((a) => a.language === 'en').length).toBeGreaterThanOrEqual(12);
  });

  it('reaches 0.85 precision and recall for claims and for denial links, per language and overall', () => {
    const scores = articles.map((a) => evaluateArticle(a, extractClaims(a.text, { language: a.language, publisher: a.publisher })));
    const { overall, byLanguage } = summarise(scores);
    for (const s of [overall, byLanguage.de!, byLanguage.en!]) {
      expect(s.claims.precision).toBeGreaterThanOrEqual(0.85);
      expect(s.claims.recall).toBeGreaterThanOrEqual(0.85);
      expect(s.links.precision).toBeGreaterThanOrEqual(0.85);
      expect(s.links.recall).toBeGreaterThanOrEqual(0.85);
    }
  });
});

describe('notStandingAlone', () => {
  const check = (article: string, piece: string, language: 'de' | 'en', furniture: string[] = []) => {
    const start = article.indexOf(piece);
    return notStandingAlone(article, { start, end: start + piece.length }, language, furniture);
  };

  it.each([
    ['de', 'Verdi sagte, rund 3.000 Beschäftigte hätten gestreikt.', 'rund 3.000 Beschäftigte hätten gestreikt'],
    ['de', 'Ein Sprecher sagte, der Brand sei unter Kontrolle.', 'Ein Sprecher sagte, der Brand sei unter Kontrolle.'],
    ['en', 'The ministry said 4.1 million tonnes of grain were shipped.', '4.1 million tonnes of grain were shipped'],
    ['en', '"The situation is difficult," she said.', '"The situation is difficult,"'],
    ['de', 'Russland bat um Hilfe im Krieg gegen die UkraineLaut US-Beamten.', 'Russland bat um Hilfe im Krieg gegen die Ukraine'],
    ['en', 'Russia asked for help in the war against UkraineAccording to officials.', 'Russia asked for help in the war against Ukraine'],
  ] as const)('a complete statement stands alone (%s): %s', (language, article, piece) => {
    expect(check(article, piece, language)).toBeNull();
  });

  it.each([
    ['de', 'Er sagte, dass es um finanzielle Hilfe gehe.', 'es um finanzielle Hilfe gehe', 'opens with "es"'],
    ['de', 'Das Ministerium kündigte an, 5 Millionen Euro bereitzustellen.', '5 Millionen Euro bereitzustellen', 'is a zu-infinitive'],
    ['de', 'TALLINN, 5. März 2026 (Kurier) – Drei Kabel sind beschädigt.', 'TALLINN, 5. März 2026 (Kurier) – Drei Kabel sind beschädigt.', 'carries the wire dateline'],
    ['en', 'Officials said that it had asked for help.', 'it had asked for help', 'opens with "it"'],
    ['en', 'The ministry said the ship damaged two cables near the port.', 'the ship damaged two cables', 'ends mid-clause, before "near the po"'],
    ['en', 'Police said the ship was held.\n\nIt left on Monday.', 'Police said the ship was held.\n\nIt left on Monday.', 'spans a paragraph break'],
  ] as const)('a fragment does not (%s): %s', (language, article, piece, why) => {
    expect(check(article, piece, language)).toBe(why);
  });

  it('page furniture does not, in either language', () => {
    expect(check('Foto: dpa. Die Lage bleibt ruhig.', 'Foto: dpa. Die Lage bleibt ruhig.', 'de', ['Foto:'])).toBe('holds page furniture "Foto:"');
    expect(check('Read more: the talks failed.', 'Read more: the talks failed.', 'en', ['Read more'])).toBe('holds page furniture "Read more"');
  });
});
