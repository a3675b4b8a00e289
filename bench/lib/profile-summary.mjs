import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where a profiled function lives, shortened to something readable (package name or repo-relative file). */
function location(frame, root) {
  const { url, lineNumber } = frame;
  if (!url) return '';
  let file = url;
  if (url.startsWith('file://')) {
    try {
      file = relative(root, fileURLToPath(url));
    } catch {
      /* keep the url */
    }
  }
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  return pkg ? pkg[1] : `${file}:${lineNumber + 1}`;
}

/**
 * Self time per function and per package from a .cpuprofile, biggest first: enough to see where a
 * request's time goes without opening a profiler UI.
 */
export function summariseProfile(file, root, top = 15) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const hits = new Map();
  for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  const total = profile.samples.length || 1;

  const functions = new Map();
  const packages = new Map();
  for (const [id, count] of hits) {
    const frame = byId.get(id).callFrame;
    const where = location(frame, root);
    const name = `${frame.functionName || '(anonymous)'} ${where}`.trim();
    functions.set(name, (functions.get(name) ?? 0) + count);
    const pkg = where.includes(':') ? (where.startsWith('dist/') ? 'dist (claimdesk)' : where.split(':')[0]) : where || frame.functionName;
    packages.set(pkg, (packages.get(pkg) ?? 0) + count);
  }
  const rank = (map) =>
    [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, n]) => ({ name, percent: (100 * n) / total }));
  return { samples: total, functions: rank(functions), packages: rank(packages) };
}
