// Runs the quantity parser over the external recognizer suite and prints the pass rate per file.
// Build first (npx tsc -p tsconfig.build.json). RECOGNIZERS_DIR overrides the suite directory,
// which defaults to test/fixtures/recognizers in the repository.
// Set CONFORMANCE_VERBOSE=1 to list the failed cases.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runConformance, totals } from '../dist/quantities/conformance.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const dir = process.env.RECOGNIZERS_DIR
  ? resolve(process.env.RECOGNIZERS_DIR)
  : resolve(repoRoot, 'test/fixtures/recognizers');

const percent = (n, m) => (m === 0 ? '  n/a' : `${((100 * n) / m).toFixed(1).padStart(5)}%`);

const results = runConformance(dir);
for (const r of results) {
  const counted = r.passed + r.failed;
  console.log(`${r.file.padEnd(44)} ${percent(r.passed, counted)}  ${r.passed}/${counted} passed, ${r.excluded} excluded by design`);
  if (process.env.CONFORMANCE_VERBOSE) {
    for (const c of r.cases.filter((x) => x.status === 'failed')) {
      console.log(`    ${c.id}: ${c.reason} | ${JSON.stringify(c.input.slice(0, 100))}`);
    }
  }
}
for (const language of ['de', 'en']) {
  const t = totals(results, language);
  console.log(`${language}: ${percent(t.passed, t.total)}  ${t.passed}/${t.total} passed, ${t.excluded} excluded by design`);
}
const all = totals(results);
console.log(`conformance: ${all.passed}/${all.total} passed`);
