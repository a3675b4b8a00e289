import { spawnSync } from 'node:child_process';

/**
 * One `npm run build` before the end-to-end suites: the suites that start the service as a user
 * does (`npm start`) would otherwise compile into dist/ at the same time and read each other's
 * half-written files. Theirs is then an incremental build with nothing left to do.
 */
export default function globalSetup(): void {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] });
  // tsc writes dist/ even with type errors. Most suites do not use dist/ and should still run; those
  // that start the service fail on their own, with the compiler's message in their output.
  if (build.status !== 0) process.stderr.write(`global setup: npm run build failed (exit ${build.status}); suites that start dist/ will fail\n`);
}
