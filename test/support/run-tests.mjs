// `npm test`: every unit and e2e suite with the e2e apps recording what they answer, then the OpenAPI
// check over those records (a second Jest run, so it starts only once every suite has finished).
// Arguments go to the first run, e.g. `npm test -- --testPathPatterns claims`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'claimdesk-responses-'));
const summary = join(dir, 'summary.jsonl');
const env = { ...process.env, CLAIMDESK_RESPONSE_LOG: dir, CLAIMDESK_TEST_SUMMARY: summary };
const jest = (...args) =>
  spawnSync(process.execPath, ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js', ...args], { stdio: 'inherit', env }).status ?? 1;

try {
  const suites = jest('--maxWorkers=2', '--ignoreProjects', 'openapi', ...process.argv.slice(2));
  const check = jest('--selectProjects', 'openapi');
  process.exitCode = suites || check;
  // one closing line for both runs: the last line a reader (or CI) sees counts every test
  const total = { passed: 0, failed: 0, skipped: 0 };
  const runs = existsSync(summary) ? readFileSync(summary, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line)) : [];
  for (const run of runs) for (const key of Object.keys(total)) total[key] += run[key];
  if (runs.length < 2) process.stderr.write('tests: a Jest run ended before it reported its counts\n');
  process.stdout.write(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
