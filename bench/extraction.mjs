// Throughput of claim extraction (sentences, attribution, denials, links, quantities): KB of article
// text per second on one core, over the evaluation articles and over long synthetic news texts in
// German and English written for this benchmark. Build first: npx tsc -p tsconfig.build.json
// Usage: node bench/extraction.mjs [--seconds 3] [--articles 120]
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';
import { extractClaims } from '../dist/extraction/claims-from-text.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const SECONDS = arg('seconds', 3);
const SYNTHETIC = arg('articles', 120);

// ---- the evaluation set ----
const fixtures = join(root, 'test', 'fixtures', 'extraction');
const evaluation = readdirSync(fixtures)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(join(fixtures, f), 'utf8')).articles)
  .map((a) => ({ text: a.text, language: a.language, publisher: a.publisher }));

// ---- synthetic articles: wire-style reports of several paragraphs with attributed statements,
// denials, non-denials, figures, quotes, a byline and page furniture; deterministic (seeded) ----
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(rand() * list.length)];
const num = () => pick(['1.200', '35', '4,5 Millionen', '800', '17', '2.500', '60']);
const numEn = () => pick(['1,200', '35', '4.5 million', '800', '17', '2,500', '60']);

const EN = {
  headline: ['Officials say talks on grain corridor have stalled', 'Ministry reports sharp rise in drone attacks', 'Spokesman rejects report on troop build-up'],
  byline: ['By Staff Reporter', 'By our correspondent in Brussels'],
  claimants: ['U.S. officials', 'Defence Minister Karen Holt', 'a spokesman for the interior ministry', 'the port authority', 'Kremlin spokesman Dmitry Peskov', 'NATO Secretary General Mark Rutte'],
  says: ['said', 'told reporters', 'stated', 'claimed', 'warned'],
  content: [
    () => `${numEn()} soldiers had been moved to the border region within a week`,
    () => `the convoy carried ${numEn()} tonnes of grain and medical supplies`,
    () => `about ${numEn()} drones were shot down overnight over the eastern provinces`,
    () => `the government would spend ${numEn()} dollars on air defence next year`,
    () => `unemployment rose to ${pick(['5.1', '6.4', '7.9'])} percent in the third quarter`,
  ],
  denial: [
    (who) => `${who} denied that any troops had been moved.`,
    (who) => `${who} dismissed the report as groundless.`,
    (who) => `${who} called the claims disinformation spread by foreign media.`,
    (who) => `${who} rejected the figures as exaggerated.`,
  ],
  nonDenial: [(who) => `${who} declined to comment.`, (who) => `${who} did not confirm the figures.`],
  filler: ['The talks are due to resume next week in Geneva.', 'Heavy rain hampered the work of rescue teams on Tuesday.', 'The meeting lasted more than three hours.'],
  furniture: ['Read more: What we know so far', 'Share this article', 'Sign up for our newsletter', 'Comments are closed for this article.'],
};
const DE = {
  headline: ['Gespräche über Getreidekorridor stocken', 'Ministerium meldet mehr Drohnenangriffe', 'Sprecher weist Bericht über Truppenaufmarsch zurück'],
  byline: ['Von unserem Korrespondenten', 'Von Anna Berger, Brüssel'],
  claimants: ['US-Beamte', 'Verteidigungsministerin Karin Holt', 'ein Sprecher des Innenministeriums', 'die Hafenbehörde', 'Kremlsprecher Dmitri Peskow', 'Nato-Generalsekretär Mark Rutte'],
  says: ['sagte', 'erklärte', 'betonte', 'behauptete', 'warnte'],
  content: [
    () => `es seien binnen einer Woche ${num()} Soldaten in die Grenzregion verlegt worden`,
    () => `der Konvoi habe ${num()} Tonnen Getreide und Medikamente geladen`,
    () => `in der Nacht seien rund ${num()} Drohnen über den östlichen Provinzen abgeschossen worden`,
    () => `die Regierung wolle im kommenden Jahr ${num()} Euro für die Luftverteidigung ausgeben`,
    () => `die Arbeitslosenquote sei im dritten Quartal auf ${pick(['5,1', '6,4', '7,9'])} Prozent gestiegen`,
  ],
  denial: [
    (who) => `${who} bestritt, dass Truppen verlegt worden seien.`,
    (who) => `${who} wies den Bericht als haltlos zurück.`,
    (who) => `${who} sprach von Desinformation ausländischer Medien.`,
    (who) => `${who} dementierte die Zahlen.`,
  ],
  nonDenial: [(who) => `${who} wollte sich dazu nicht äußern.`, (who) => `${who} bestätigte die Zahlen nicht.`],
  filler: ['Die Gespräche sollen in der kommenden Woche in Genf fortgesetzt werden.', 'Starker Regen behinderte am Dienstag die Arbeit der Rettungskräfte.', 'Das Treffen dauerte mehr als drei Stunden.'],
  furniture: ['Mehr zum Thema: Was bisher bekannt ist', 'Artikel teilen', 'Siehe auch: Die Lage im Überblick', 'Die Kommentarfunktion ist für diesen Artikel geschlossen.'],
};
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

function syntheticArticle(lang) {
  const L = lang === 'de' ? DE : EN;
  const parts = [pick(L.headline), '', pick(L.byline), ''];
  const paragraphs = 8 + Math.floor(rand() * 10);
  for (let p = 0; p < paragraphs; p++) {
    const sentences = [];
    const who = pick(L.claimants);
    const kind = rand();
    if (kind < 0.45) {
      sentences.push(lang === 'de' ? `${cap(who)} ${pick(L.says)} am Montag, ${pick(L.content)()}.` : `${cap(who)} ${pick(L.says)} on Monday that ${pick(L.content)()}.`);
    } else if (kind < 0.6) {
      sentences.push(lang === 'de' ? `„${cap(pick(L.content)())}“, ${pick(L.says)} ${who}.` : `"${cap(pick(L.content)())}," ${who} ${pick(L.says)}.`);
    } else if (kind < 0.75) {
      sentences.push(cap(pick(L.denial)(pick(L.claimants))));
    } else if (kind < 0.85) {
      sentences.push(cap(pick(L.nonDenial)(pick(L.claimants))));
    }
    sentences.push(pick(L.filler));
    if (rand() < 0.5) sentences.push(pick(L.filler));
    parts.push(sentences.join(' '), '');
  }
  parts.push(pick(L.furniture), pick(L.furniture));
  return { text: parts.join('\n'), language: lang, publisher: lang === 'de' ? 'Agentur Nord' : 'Wire East' };
}
const synthetic = Array.from({ length: SYNTHETIC }, (_, k) => syntheticArticle(k % 2 === 0 ? 'en' : 'de'));

// ---- measurement: one thread, so the rate is per core ----
const bytes = (list) => list.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0);

function measure(name, list, options) {
  const size = bytes(list);
  let claims = 0;
  for (const a of list) claims += extractClaims(a.text, options(a)).claims.length; // warm-up
  const perArticle = [];
  let rounds = 0;
  const started = process.hrtime.bigint();
  while (Number(process.hrtime.bigint() - started) / 1e9 < SECONDS) {
    for (const a of list) {
      const t0 = process.hrtime.bigint();
      extractClaims(a.text, options(a));
      perArticle.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    rounds++;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  perArticle.sort((x, y) => x - y);
  const q = (p) => perArticle[Math.min(perArticle.length - 1, Math.floor(p * perArticle.length))].toFixed(2);
  const kbs = (size * rounds) / 1024 / seconds;
  console.log(
    `${name.padEnd(34)} ${String(list.length).padStart(4)} articles ${(size / 1024).toFixed(0).padStart(5)} KB` +
      `  ${kbs.toFixed(0).padStart(6)} KB/s per core  ${(list.length * rounds / seconds).toFixed(0).padStart(6)} articles/s` +
      `  p50 ${q(0.5)} ms  p99 ${q(0.99)} ms  (${claims} claims per pass)`,
  );
  return kbs;
}

console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown cpu'}, ${SECONDS} s per row, single thread`);
measure('evaluation set (as ingest runs it)', evaluation, (a) => ({ language: a.language, publisher: a.publisher }));
measure('evaluation set, language detected', evaluation, () => ({}));
measure('synthetic en', synthetic.filter((a) => a.language === 'en'), (a) => ({ language: a.language, publisher: a.publisher }));
measure('synthetic de', synthetic.filter((a) => a.language === 'de'), (a) => ({ language: a.language, publisher: a.publisher }));
measure('synthetic, both', synthetic, (a) => ({ language: a.language, publisher: a.publisher }));
