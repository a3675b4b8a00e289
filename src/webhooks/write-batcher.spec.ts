import Database from 'better-sqlite3';
import { Db } from '../database/db.js';
import { WriteBatcher } from './write-batcher.js';

describe('WriteBatcher', () => {
  let db: Db;
  let commits: number;

  beforeEach(() => {
    db = new Db(new Database(':memory:'));
    db.sqlite.exec('CREATE TABLE t (v INTEGER NOT NULL UNIQUE)');
    commits = 0;
    db.onCommit(() => commits++);
  });

  it('commits the writes of one turn together, each unit getting its own result', async () => {
    const batcher = new WriteBatcher(db);
    const results = await Promise.all([1, 2, 3].map((v) => batcher.write(() => db.run('INSERT INTO t (v) VALUES (?)', v).changes * v)));
    expect(results).toEqual([1, 2, 3]);
    expect(commits).toBe(1);
    expect(db.all('SELECT v FROM t ORDER BY v')).toEqual([{ v: 1 }, { v: 2 }, { v: 3 }]);
  });

  it('rolls back only the unit that throws', async () => {
    const batcher = new WriteBatcher(db);
    const outcomes = await Promise.allSettled([
      batcher.write(() => db.run('INSERT INTO t (v) VALUES (1)')),
      batcher.write(() => {
        db.run('INSERT INTO t (v) VALUES (2)');
        db.run('INSERT INTO t (v) VALUES (1)'); // unique violation: this unit's first insert goes too
      }),
      batcher.write(() => db.run('INSERT INTO t (v) VALUES (3)')),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(db.all('SELECT v FROM t ORDER BY v')).toEqual([{ v: 1 }, { v: 3 }]);
  });
});
