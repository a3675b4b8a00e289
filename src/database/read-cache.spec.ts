import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Db } from './db.js';
import { ReadCache } from './read-cache.js';

describe('ReadCache', () => {
  let dir: string;
  let path: string;
  let sqlite: Database.Database;
  let db: Db;
  let loads: number;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimdesk-cache-'));
    path = join(dir, 'test.sqlite');
    sqlite = new Database(path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL); INSERT INTO notes (body) VALUES ('first')");
    db = new Db(sqlite);
    loads = 0;
  });
  afterEach(() => {
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const body = () => {
    loads++;
    return db.get<{ body: string }>('SELECT body FROM notes WHERE id = 1')!.body;
  };

  it('answers from memory while nothing was committed', () => {
    const cache = new ReadCache<string>(db, 10);
    expect(cache.read('n1', body)).toBe('first');
    expect(cache.read('n1', body)).toBe('first');
    expect(loads).toBe(1);
  });

  it('forgets everything on a commit in this process', () => {
    const cache = new ReadCache<string>(db, 10);
    cache.read('n1', body);
    db.write(() => db.run("UPDATE notes SET body = 'second' WHERE id = 1"));
    expect(cache.read('n1', body)).toBe('second');
    expect(loads).toBe(2);
  });

  it('sees a commit by another connection (another process) on the next read', () => {
    const cache = new ReadCache<string>(db, 10);
    cache.read('n1', body);
    const other = new Database(path);
    try {
      other.prepare("UPDATE notes SET body = 'from elsewhere' WHERE id = 1").run();
    } finally {
      other.close();
    }
    expect(cache.read('n1', body)).toBe('from elsewhere');
    expect(cache.read('n1', body)).toBe('from elsewhere');
    expect(loads).toBe(2);
  });

  it('is bypassed inside a write: what a transaction reads may be rolled back', () => {
    const cache = new ReadCache<string>(db, 10);
    expect(() =>
      db.write(() => {
        db.run("UPDATE notes SET body = 'never committed' WHERE id = 1");
        expect(cache.read('n1', body)).toBe('never committed');
        throw new Error('roll back');
      }),
    ).toThrow('roll back');
    expect(cache.read('n1', body)).toBe('first');
  });

  it('keeps nothing when turned off, and at most maxEntries', () => {
    const off = new ReadCache<string>(db, 0);
    off.read('n1', body);
    off.read('n1', body);
    expect(loads).toBe(2);
    const small = new ReadCache<string>(db, 2);
    for (const key of ['a', 'b', 'c', 'a']) small.read(key, body);
    // 'c' found the cache full and started it over, so 'a' was loaded again
    expect(loads).toBe(2 + 4);
  });

  it('does not keep a failed load', () => {
    const cache = new ReadCache<string>(db, 10);
    expect(() => cache.read('missing', () => { throw new Error('not found'); })).toThrow('not found');
    expect(cache.read('missing', () => 'now there')).toBe('now there');
  });
});
