// `npm test`: every unit and e2e suite with the e2e apps recording what they answer, then the OpenAPI
// check over those records (a second Jest run, so it starts only once every suite has finished).
// Arguments go to the first run, e.g. `npm test -- --testPathPatterns claims`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'claimdesk-responses-'));
const env = { ...process.env, CLAIMDESK_RESPONSE_LOG: dir };
const jest = (...args) =>
  spawnSync(process.execPath, ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js', ...args], { stdio: 'inherit', env }).status ?? 1;

try {
  const suites = jest('--maxWorkers=2', '--ignoreProjects', 'openapi', ...process.argv.slice(2));
  const check = jest('--selectProjects', 'openapi');
  process.exitCode = suites || check;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
