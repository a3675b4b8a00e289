import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Db, GroupCommitError } from './db.js';

describe('Db.writeGrouped (group commit)', () => {
  let dir: string;
  let sqlite: Database.Database;
  let db: Db;
  let commits: number;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimdesk-db-'));
    sqlite = new Database(join(dir, 'test.sqlite'));
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.exec(`CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
      CREATE TABLE parents (id INTEGER PRIMARY KEY);
      CREATE TABLE children (id INTEGER PRIMARY KEY,
        parent_id INTEGER REFERENCES parents(id) DEFERRABLE INITIALLY DEFERRED);`);
    db = new Db(sqlite);
    commits = 0;
    db.onCommit(() => commits++);
  });
  afterEach(() => {
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const insert = (body: string) => () => Number(db.run('INSERT INTO notes (body) VALUES (?)', body).lastInsertRowid);
  const bodies = () => db.all<{ body: string }>('SELECT body FROM notes ORDER BY id').map((r) => r.body);

  it('runs the works of one turn in one commit, in order, each getting its own result', async () => {
    const results = await Promise.all(['a', 'b', 'c'].map((b) => db.writeGrouped(insert(b))));
    expect(results).toEqual([1, 2, 3]);
    expect(bodies()).toEqual(['a', 'b', 'c']);
    expect(commits).toBe(1);
    await db.writeGrouped(insert('d'));
    expect(commits).toBe(2);
  });

  it('rolls a failing work back to its savepoint: its writes go, the others stay', async () => {
    const failing = () => {
      insert('written, then refused')();
      throw new Error('refused after writing');
    };
    const outcomes = await Promise.allSettled([db.writeGrouped(insert('a')), db.writeGrouped(failing), db.writeGrouped(insert('c'))]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toEqual(new Error('refused after writing'));
    expect(bodies()).toEqual(['a', 'c']);
    // the values handed out are those of the run that was committed (the batch ran again after the failure)
    const idOf = (body: string) => db.get<{ id: number }>('SELECT id FROM notes WHERE body = ?', body)!.id;
    expect([(outcomes[0] as PromiseFulfilledResult<number>).value, (outcomes[2] as PromiseFulfilledResult<number>).value])
      .toEqual([idOf('a'), idOf('c')]);
  });

  it('keeps a nested write() inside a grouped work part of that work', async () => {
    const outcomes = await Promise.allSettled([
      db.writeGrouped(() => db.write(insert('nested'))),
      db.writeGrouped(() => {
        db.write(insert('nested, then refused'));
        throw new Error('no');
      }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected']);
    expect(bodies()).toEqual(['nested']);
  });

  it('rejects every work of a batch whose commit fails, and keeps none of them', async () => {
    // a deferred foreign key is only checked at COMMIT
    const outcomes = await Promise.allSettled([
      db.writeGrouped(insert('would have been fine')),
      db.writeGrouped(() => db.run('INSERT INTO children (parent_id) VALUES (42)')),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    for (const o of outcomes) expect((o as PromiseRejectedResult).reason).toBeInstanceOf(GroupCommitError);
    expect(bodies()).toEqual([]);
    expect(sqlite.inTransaction).toBe(false);
    expect(commits).toBe(0);
  });

  it('rejects the works before a failure that ended the whole transaction', async () => {
    const outcomes = await Promise.allSettled([
      db.writeGrouped(insert('before')),
      // stands for what SQLite does on disk-full or I/O errors: the transaction is gone
      db.writeGrouped(() => sqlite.exec('ROLLBACK')),
      db.writeGrouped(insert('after')),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect((outcomes[0] as PromiseRejectedResult).reason).toBeInstanceOf(GroupCommitError);
    expect(bodies()).toEqual([]);
  });

  it('refuses an async work instead of committing before its awaits', async () => {
    await expect(db.writeGrouped(async () => insert('late')())).rejects.toThrow('needs a synchronous function');
    expect(bodies()).toEqual([]);
  });

  it('groups works that arrive while a batch is being written into the next one', async () => {
    let inner: Promise<number> | undefined;
    const first = db.writeGrouped(() => {
      inner = db.writeGrouped(insert('queued from inside'));
      return insert('outer')();
    });
    expect(await first).toBe(1);
    expect(await inner).toBe(2);
    expect(commits).toBe(2);
  });
});

describe('Db.beforeCommit and settle (derived data kept once per transaction)', () => {
  let dir: string;
  let sqlite: Database.Database;
  let db: Db;
  let steps: number;

  // the shape of the stored claim JSON, in small: triggers note, the step rebuilds once
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimdesk-db-'));
    sqlite = new Database(join(dir, 'test.sqlite'));
    sqlite.pragma('journal_mode = WAL');
    sqlite.exec(`CREATE TABLE items (id INTEGER PRIMARY KEY, word TEXT NOT NULL, summary TEXT);
      CREATE TABLE stale (id INTEGER PRIMARY KEY);
      CREATE TRIGGER items_noted AFTER INSERT ON items BEGIN INSERT OR IGNORE INTO stale VALUES (NEW.id); END;
      CREATE TRIGGER items_word AFTER UPDATE OF word ON items BEGIN INSERT OR IGNORE INTO stale VALUES (NEW.id); END;`);
    db = new Db(sqlite);
    steps = 0;
    db.beforeCommit(() => {
      steps++;
      db.run("UPDATE items SET summary = upper(word) WHERE id IN (SELECT id FROM stale)");
      db.run('DELETE FROM stale');
    });
  });
  afterEach(() => {
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const summaries = () => db.all<{ summary: string | null }>('SELECT summary FROM items ORDER BY id').map((r) => r.summary);

  it('runs the steps once per outermost write, before it commits, not for nested writes', () => {
    db.write(() => {
      db.run("INSERT INTO items (word) VALUES ('krieg')");
      db.write(() => db.run("UPDATE items SET word = 'war' WHERE id = 1"));
      expect(steps).toBe(0);
    });
    expect(steps).toBe(1);
    expect(summaries()).toEqual(['WAR']);
    expect(db.all('SELECT * FROM stale')).toEqual([]);
  });

  it('runs them once for a whole group commit, and again for the savepoint path', async () => {
    await Promise.all(['troops', 'Soldaten'].map((w) => db.writeGrouped(() => db.run('INSERT INTO items (word) VALUES (?)', w))));
    expect(steps).toBe(1);
    expect(summaries()).toEqual(['TROOPS', 'SOLDATEN']);
    const failing = db.writeGrouped(() => {
      db.run("INSERT INTO items (word) VALUES ('tanks')");
      throw new Error('refused');
    });
    const kept = db.writeGrouped(() => db.run("INSERT INTO items (word) VALUES ('Panzer')"));
    await expect(failing).rejects.toThrow('refused');
    await kept;
    expect(summaries()).toEqual(['TROOPS', 'SOLDATEN', 'PANZER']);
  });

  it('lets a read inside the transaction see what the commit would store; does nothing outside one', () => {
    db.settle();
    expect(steps).toBe(0);
    const seen = db.write(() => {
      db.run("INSERT INTO items (word) VALUES ('aid')");
      db.settle();
      return summaries();
    });
    expect(seen).toEqual(['AID']);
  });

  it('rolls the transaction back when a step throws', () => {
    db.beforeCommit(() => {
      throw new Error('step failed');
    });
    expect(() => db.write(() => db.run("INSERT INTO items (word) VALUES ('Hilfe')"))).toThrow('step failed');
    expect(summaries()).toEqual([]);
  });
});

describe('Db.writeGrouped while another connection holds the write lock', () => {
  let dir: string;
  let path: string;
  let other: Database.Database;
  const opened: Database.Database[] = [];

  const open = (busyTimeoutMs: number) => {
    const sqlite = new Database(path);
    sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
    opened.push(sqlite);
    return new Db(sqlite);
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimdesk-lock-'));
    path = join(dir, 'test.sqlite');
    other = new Database(path);
    other.pragma('journal_mode = WAL');
    other.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    opened.push(other);
  });
  afterEach(() => {
    for (const sqlite of opened.splice(0)) if (sqlite.open) sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the event loop free and commits once the other connection lets go', async () => {
    const db = open(5000);
    other.exec('BEGIN IMMEDIATE');
    const written = db.writeGrouped(() => Number(db.run("INSERT INTO notes (body) VALUES ('after the wait')").lastInsertRowid));
    // With a blocking wait this timer could not fire before the busy timeout, and the other
    // connection (same thread) could never commit.
    const started = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(Date.now() - started).toBeLessThan(1000);
    other.exec("INSERT INTO notes (body) VALUES ('first'); COMMIT");
    await expect(written).resolves.toBe(2);
    expect(db.all<{ body: string }>('SELECT body FROM notes ORDER BY id').map((r) => r.body)).toEqual(['first', 'after the wait']);
    // the busy timeout is the configured one again once the lock is held
    expect(db.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('gives up after the busy timeout with a clear error, losing nothing of the other connection', async () => {
    const db = open(60);
    other.exec("BEGIN IMMEDIATE; INSERT INTO notes (body) VALUES ('held')");
    const started = Date.now();
    const outcome = await db.writeGrouped(() => db.run("INSERT INTO notes (body) VALUES ('never')")).catch((error) => error);
    expect(outcome).toBeInstanceOf(GroupCommitError);
    expect(String(outcome.message)).toMatch(/busy|locked/i);
    expect(Date.now() - started).toBeGreaterThanOrEqual(60);
    other.exec('COMMIT');
    expect(other.prepare('SELECT body FROM notes').pluck().all()).toEqual(['held']);
    // the next write goes through
    await expect(db.writeGrouped(() => db.run("INSERT INTO notes (body) VALUES ('later')").changes)).resolves.toBe(1);
  });

  it('lets writes that arrive during the wait join the same commit', async () => {
    const db = open(5000);
    let commits = 0;
    db.onCommit(() => commits++);
    other.exec('BEGIN IMMEDIATE');
    const first = db.writeGrouped(() => db.run("INSERT INTO notes (body) VALUES ('a')").changes);
    await new Promise((resolve) => setTimeout(resolve, 10));
    const second = db.writeGrouped(() => db.run("INSERT INTO notes (body) VALUES ('b')").changes);
    other.exec('COMMIT');
    await Promise.all([first, second]);
    expect(commits).toBe(1);
  });
});

describe('Db.writeGrouped on a connection closed before the batch ran', () => {
  it('refuses the batch with a clear error instead of leaving it waiting', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimdesk-closed-'));
    try {
      const sqlite = new Database(join(dir, 'test.sqlite'));
      sqlite.pragma('busy_timeout = 5000');
      sqlite.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
      const db = new Db(sqlite);
      const written = db.writeGrouped(() => db.run("INSERT INTO notes (body) VALUES ('too late')"));
      sqlite.close(); // before the end of this turn, when the batch would run
      const outcome = await written.catch((error) => error);
      expect(outcome).toBeInstanceOf(GroupCommitError);
      expect(String(outcome.message)).toMatch(/not open/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
