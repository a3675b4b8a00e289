import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';

/**
 * The Node version the project states (package.json `engines`, the README) must be one that every
 * installed dependency declares it supports: a dependency that demands a newer Node is replaced or pinned.
 */
const root = process.cwd();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
const lowest = semver.minVersion(pkg.engines.node)!.version;

function installedPackages(dir: string, out: Array<{ name: string; version: string; node?: string }> = []) {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir)) {
    if (entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (entry.startsWith('@')) {
      installedPackages(path, out);
      continue;
    }
    const manifest = join(path, 'package.json');
    if (!existsSync(manifest)) continue;
    const m = JSON.parse(readFileSync(manifest, 'utf8')) as { name: string; version: string; engines?: { node?: string } };
    out.push({ name: m.name, version: m.version, node: typeof m.engines?.node === 'string' ? m.engines.node : undefined });
    installedPackages(join(path, 'node_modules'), out);
  }
  return out;
}

describe('the Node version stated', () => {
  it('is admitted by every installed dependency', () => {
    const packages = installedPackages(join(root, 'node_modules'));
    expect(packages.length).toBeGreaterThan(100);
    const refusing = packages
      .filter((p) => p.node && semver.validRange(p.node) && !semver.satisfies(lowest, p.node))
      .map((p) => `${p.name}@${p.version} wants node ${p.node}`);
    expect(refusing).toEqual([]);
  });

  it('is the one the README names, and the one running the tests satisfies it', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const [major, minor] = lowest.split('.');
    expect(readme).toContain(`Node.js ${major}.${minor}`);
    expect(semver.satisfies(process.versions.node, pkg.engines.node)).toBe(true);
  });
});
