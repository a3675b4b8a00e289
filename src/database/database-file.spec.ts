import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertDatabaseFile, MissingDatabaseFile } from './database-file.js';

describe('assertDatabaseFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimdesk-dbfile-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a missing file when the process may not create one, naming the file and what to do', () => {
    const path = join(dir, 'claimdesk.sqlite');
    expect(() => assertDatabaseFile({ path, create: false })).toThrow(MissingDatabaseFile);
    expect(() => assertDatabaseFile({ path, create: false })).toThrow(/claimdesk\.sqlite does not exist.*DATABASE_PATH.*DATABASE_CREATE=true/);
    expect(existsSync(path)).toBe(false);
  });

  it('accepts an existing file, and a missing one when creating is allowed or left to the role', () => {
    const path = join(dir, 'claimdesk.sqlite');
    expect(() => assertDatabaseFile({ path, create: true })).not.toThrow();
    expect(() => assertDatabaseFile({ path, create: null })).not.toThrow();
    writeFileSync(path, '');
    expect(() => assertDatabaseFile({ path, create: false })).not.toThrow();
  });

  it('leaves an in-memory database alone', () => {
    expect(() => assertDatabaseFile({ path: ':memory:', create: false })).not.toThrow();
  });
});
