import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { testRedisUrl } from '../support/redis.js';
import { freePort } from '../support/ports.js';

/**
 * The README's tour, run as a reader runs it: the fenced bash block under the tour heading,
 * verbatim, in the repository root. `bash -e -o pipefail` turns any failing step into a failing
 * test, so the front door cannot rot unnoticed. The block takes its ports and database from the
 * environment, which is all this test changes.
 */
const ROOT = process.cwd();
const TOUR_HEADING = '## A tour with curl';
// the first `npm start` compiles with tsc, on a machine that may be busy
const TOUR_TIMEOUT_MS = 5 * 60_000;

function tourBlock(readme: string): string {
  const heading = readme.indexOf(TOUR_HEADING);
  if (heading < 0) throw new Error(`README.md has no "${TOUR_HEADING}" section`);
  const open = readme.indexOf('```bash\n', heading);
  const nextSection = readme.indexOf('\n## ', heading + TOUR_HEADING.length);
  if (open < 0 || (nextSection >= 0 && open > nextSection)) throw new Error('the tour section has no ```bash block');
  const start = open + '```bash\n'.length;
  const end = readme.indexOf('\n```', start);
  if (end < 0) throw new Error('the tour block is not closed');
  return readme.slice(start, end + 1);
}

function requireTool(name: string): void {
  const probe = spawnSync(name, ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(`the README tour needs \`${name}\` on PATH (install it, e.g. apt-get install ${name}): ${probe.error?.message ?? probe.stderr}`);
  }
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

/** Whether any process of the group is still there (signal 0 only asks). */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The JSON objects printed one per line (jq -c), of the lines that are JSON objects. */
function jsonLines(output: string): Array<Record<string, any>> {
  return output.split('\n').flatMap((line) => {
    if (!line.startsWith('{') || !line.endsWith('}')) return [];
    try {
      return [JSON.parse(line) as Record<string, any>];
    } catch {
      return [];
    }
  });
}

describe('the README tour', () => {
  let dir: string;
  let tour: ChildProcess | undefined;
  let output = '';
  let exit: { code: number | null; signal: NodeJS.Signals | null };
  let ports: { api: number; hook: number };

  beforeAll(async () => {
    requireTool('curl');
    requireTool('jq');
    dir = mkdtempSync(join(tmpdir(), 'claimdesk-tour-'));
    ports = { api: await freePort(), hook: await freePort() };
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(ports.api),
      HOOK_PORT: String(ports.hook),
      DATABASE_PATH: join(dir, 'tour.sqlite'),
      REDIS_URL: await testRedisUrl(),
      QUEUE_PREFIX: `cdtour-${randomBytes(6).toString('hex')}`,
    };
    // a reader's shell has neither: Jest's NODE_ENV=test would give the service the test config
    delete env.NODE_ENV;
    delete env.ADMIN;
    const block = tourBlock(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    // its own process group, so that everything the block starts can be stopped at once
    tour = spawn('bash', ['-e', '-o', 'pipefail', '-c', block], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    tour.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    tour.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    exit = await new Promise((resolve) => {
      const timer = setTimeout(() => {
        output += `\n[test] the tour did not finish within ${TOUR_TIMEOUT_MS / 1000} s\n`;
        process.kill(-tour!.pid!, 'SIGKILL');
      }, TOUR_TIMEOUT_MS);
      tour!.once('exit', (code, signal) => {
        clearTimeout(timer);
        resolve({ code, signal });
      });
    });
  }, TOUR_TIMEOUT_MS + 30_000);

  afterAll(async () => {
    // whatever the block left behind (a step failed before the end): the service, the receiver
    if (tour?.pid && groupAlive(tour.pid)) process.kill(-tour.pid, 'SIGKILL');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('runs every step without an error', () => {
    if (exit.code !== 0) throw new Error(`the tour stopped with ${exit.signal ?? `exit code ${exit.code}`}; it printed:\n${output}`);
    expect(output).not.toMatch(/^curl: \(\d+\)(?!.* 403)/m); // the one refusal the tour shows on purpose is the 403
    expect(output).not.toMatch(/gave up waiting/);
  });

  it('creates the people, ingests the source and extracts its claims with the denial linked', () => {
    expect(output).toContain('user: Frida (fact_checker)');
    expect(output).toContain('user: Emil (editor)');
    expect(output).toContain('user: Olga (editor)');
    expect(output).toContain('found: Agentur Nord (de)');
    const lines = jsonLines(output);
    expect(lines.find((l) => l.status === 'done' && 'claimCount' in l)?.claimCount).toBeGreaterThanOrEqual(3);
    const extracted = lines.filter((l) => 'deniedBy' in l && 'claimant' in l);
    // the ministry's denial answers the request for help, not the casualty figure
    expect(extracted.find((l) => /um militärische Unterstützung gebeten/.test(l.text))).toMatchObject({ deniedBy: 1 });
    expect(extracted.find((l) => /getötet/.test(l.text))).toMatchObject({ deniedBy: 0 });
  });

  it('names the currency of every amount in the quantity example', () => {
    const amounts = jsonLines(output).filter((l) => 'qualifier' in l && 'unit' in l && typeof l.text === 'string' && /Milliarden/.test(l.text));
    expect(amounts.map((q) => [q.min, q.unit])).toEqual([[9_200_000_000, 'USD'], [7_100_000_000, 'USD']]);
  });

  it('links both denials to the claim that Russia asked China for help', () => {
    const lines = jsonLines(output);
    const claim = lines.find((l) => l.text === 'Russia asked China for military help.' && 'claim' in l);
    expect(claim).toBeDefined();
    const links = lines.filter((l) => 'fromClaimId' in l && 'toClaimId' in l);
    expect(links).toHaveLength(2);
    for (const link of links) expect(link).toMatchObject({ relation: 'denies', toClaimId: claim!.claim });
    const incoming = lines.filter((l) => l.relation === 'denies' && 'by' in l);
    expect(incoming.map((l) => l.by).sort()).toEqual(['Chinese foreign ministry', 'Dmitry Peskov']);
  });

  it('flags the two casualty figures that cannot both be true', () => {
    const flags = jsonLines(output).filter((l) => 'explanation' in l);
    expect(flags.length).toBeGreaterThan(0);
    expect(flags.some((f) => f.type === 'range_conflict' && /13,?500/.test(f.explanation))).toBe(true);
  });

  it('enforces four-eyes, approves, exports the ClaimReview with its rating and records the history', () => {
    expect(output).toMatch(/\{"status":403,/);
    const lines = jsonLines(output);
    expect(lines).toContainEqual({ status: 'approved', rating: 'unverifiable' });
    expect(output).toMatch(/"@type": "ClaimReview"/);
    expect(output).toMatch(/"claimReviewed": "Russia asked China for military help\."/);
    expect(output).toMatch(/"alternateName": "[^"]+"/);
    expect(output).toContain('["approve","verdict_proposed","approved","Olga"]');
  });

  it('lists open claims before the approved one in the default queue', () => {
    const queue = output.split('\n').filter((l) => l.startsWith('queue: ')).map((l) => l.slice('queue: '.length).split('\t'));
    expect(queue.length).toBeGreaterThan(5);
    const approved = queue.findIndex((row) => row[0] === 'approved');
    expect(queue[approved]?.[3]).toBe('Russia asked China for military help.');
    // it is denied twice, so by urgency alone it would come near the head
    expect(approved).toBe(queue.length - 1);
    expect(queue.slice(0, -1).every((row) => ['pending', 'in_review', 'verdict_proposed'].includes(row[0]))).toBe(true);
  });

  it('delivers the subscribed events to the receiver the reader started', () => {
    for (const type of ['flag.raised', 'claim.status_changed', 'verdict.approved']) expect(output).toContain(`receiver: ${type}`);
    expect(output).not.toMatch(/receiver: (claim\.created|source\.ingested)/); // not subscribed
    expect(output).toMatch(/^ *\d+ verdict\.approved delivered 204$/m);
  });

  it('stops what it started, and the service exits cleanly', async () => {
    expect(await answers(ports.api)).toBe(false);
    expect(await answers(ports.hook)).toBe(false);
    expect(groupAlive(tour!.pid!)).toBe(false);
    // `kill` of `npm start` is how a reader stops it: anything but exit 0 reads as a crash
    expect(output).toMatch(/^claimdesk stopped$/m);
  });
});
