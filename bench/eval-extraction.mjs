// Precision and recall of claim extraction on the hand-annotated articles in
// test/fixtures/extraction/. Build first: npx tsc -p tsconfig.build.json
// Usage: node bench/eval-extraction.mjs [--verbose]
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractClaims } from '../dist/extraction/claims-from-text.js';
import { evaluateArticle, summarise } from '../dist/extraction/evaluate.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'test', 'fixtures', 'extraction');
const verbose = process.argv.includes('--verbose');

// articles.*.json: the set the rules were developed on; holdout.json: written afterwards, never tuned on.
const sets = readdirSync(fixtures)
  .filter((f) => /^(?:articles\..*|holdout)\.json$/.test(f))
  .sort()
  .map((f) => ({ name: f.startsWith('holdout') ? 'held-out' : 'development', articles: JSON.parse(readFileSync(join(fixtures, f), 'utf8')).articles }));
const articles = sets.flatMap((s) => s.articles.map((a) => ({ ...a, set: s.name })));

const scores = articles.map((article) => {
  const run = extractClaims(article.text, { language: article.language, publisher: article.publisher });
  const s = evaluateArticle(article, run);
  if (verbose && (s.missed.length || s.spurious.length || s.links.correct !== s.links.expected || s.links.predicted !== s.links.correct)) {
    console.log(`\n${article.id}`);
    for (const m of s.missed) console.log(`  missed   ${m.id} [${m.claimant} / ${m.stance}] ${m.contains}`);
    for (const p of s.spurious) console.log(`  spurious ${p.ref} [${p.claimant.name} / ${p.stance}] ${p.text.slice(0, 90)}`);
    console.log(`  links expected ${JSON.stringify(article.links)} got ${JSON.stringify(run.links.map((l) => [l.from, l.to]))}`);
  }
  return s;
});

const { overall, byLanguage } = summarise(scores);
const bySet = Object.fromEntries(
  [...new Set(articles.map((a) => a.set))].map((name) => [name, summarise(scores.filter((_, k) => articles[k].set === name)).overall]),
);
const pct = (x) => x.toFixed(3);
const row = (label, s) =>
  `${label.padEnd(12)} claims P ${pct(s.claims.precision)} R ${pct(s.claims.recall)} (${s.claims.correct}/${s.claims.predicted} predicted, ${s.claims.expected} expected)` +
  `   links P ${pct(s.links.precision)} R ${pct(s.links.recall)} (${s.links.correct}/${s.links.predicted}, ${s.links.expected})`;
console.log(`articles: ${articles.length}`);
for (const [lang, s] of Object.entries(byLanguage)) console.log(row(lang, s));
for (const [name, s] of Object.entries(bySet)) console.log(row(name, s));
console.log(row('overall', overall));
