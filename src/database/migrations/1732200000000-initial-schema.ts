import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Users, API keys, sources, claims, links, citations, the event outbox and idempotency records.
 * Tables that feed FTS5 keep an INTEGER PRIMARY KEY (`seq`) because FTS5 external content
 * joins on rowid, and an implicit rowid may be renumbered by VACUUM.
 */
export class InitialSchema1732200000000 implements MigrationInterface {
  name = 'InitialSchema1732200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE users (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('fact_checker','editor','admin')),
      created_at TEXT NOT NULL
    )`);
    await q.query(`CREATE TABLE api_keys (
      id TEXT PRIMARY KEY,
      user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      key_hash TEXT NOT NULL UNIQUE,
      key_prefix TEXT NOT NULL,
      created_at TEXT NOT NULL,
      revoked_at TEXT
    )`);
    await q.query(`CREATE INDEX api_keys_user ON api_keys(user_id)`);

    await q.query(`CREATE TABLE sources (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      publisher TEXT NOT NULL,
      url TEXT UNIQUE,
      title TEXT,
      language TEXT NOT NULL,
      published_at TEXT,
      text TEXT NOT NULL,
      content_hash TEXT NOT NULL UNIQUE,
      origin_id TEXT NOT NULL,
      extraction_status TEXT NOT NULL DEFAULT 'none',
      claim_count INTEGER NOT NULL DEFAULT 0,
      created_by TEXT REFERENCES users(id),
      created_at TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX sources_created ON sources(created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX sources_publisher ON sources(publisher COLLATE NOCASE)`);
    await q.query(`CREATE INDEX sources_origin ON sources(origin_id)`);
    await q.query(`CREATE VIRTUAL TABLE sources_fts USING fts5(
      title, text, content='sources', content_rowid='seq', tokenize="unicode61 remove_diacritics 2")`);
    await q.query(`CREATE TRIGGER sources_fts_ai AFTER INSERT ON sources BEGIN
      INSERT INTO sources_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END`);
    await q.query(`CREATE TRIGGER sources_fts_ad AFTER DELETE ON sources BEGIN
      INSERT INTO sources_fts(sources_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text); END`);
    await q.query(`CREATE TRIGGER sources_fts_au AFTER UPDATE OF title, text ON sources BEGIN
      INSERT INTO sources_fts(sources_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
      INSERT INTO sources_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END`);

    // urgency is the queue's first sort key; a generated column keeps its rule in one place.
    await q.query(`CREATE TABLE claims (
      seq INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      text TEXT NOT NULL,
      language TEXT NOT NULL,
      claimant_name TEXT NOT NULL,
      claimant_affiliation TEXT,
      claimant_country TEXT,
      claimed_at TEXT,
      status TEXT NOT NULL DEFAULT 'pending',
      priority INTEGER NOT NULL DEFAULT 0,
      assignee_id TEXT REFERENCES users(id),
      origin TEXT NOT NULL CHECK (origin IN ('manual','extracted')),
      tags TEXT NOT NULL DEFAULT '[]',
      denied_by INTEGER NOT NULL DEFAULT 0,
      disputed_by INTEGER NOT NULL DEFAULT 0,
      supported_by INTEGER NOT NULL DEFAULT 0,
      open_flags INTEGER NOT NULL DEFAULT 0,
      corroboration_status TEXT NOT NULL DEFAULT 'unchecked',
      corroboration_origins INTEGER NOT NULL DEFAULT 0,
      corroboration_supporting INTEGER NOT NULL DEFAULT 0,
      corroboration_contradicting INTEGER NOT NULL DEFAULT 0,
      corroboration_checked_at TEXT,
      urgency INTEGER GENERATED ALWAYS AS (
        (CASE WHEN open_flags > 0 THEN 2 ELSE 0 END) +
        (CASE WHEN denied_by > 0 OR disputed_by > 0 OR corroboration_status = 'contested' THEN 1 ELSE 0 END)
      ) STORED,
      -- one ascending key for the priority queue: more urgent first, then higher priority
      queue_rank INTEGER GENERATED ALWAYS AS ((3 - urgency) * 1000 + (100 - priority)) STORED,
      version INTEGER NOT NULL DEFAULT 1,
      created_by TEXT REFERENCES users(id),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX claims_queue ON claims(queue_rank, created_at, seq)`);
    await q.query(`CREATE INDEX claims_status_queue ON claims(status, queue_rank, created_at, seq)`);
    await q.query(`CREATE INDEX claims_created ON claims(created_at, seq)`);
    await q.query(`CREATE INDEX claims_assignee ON claims(assignee_id)`);
    await q.query(`CREATE INDEX claims_claimant ON claims(claimant_name COLLATE NOCASE)`);
    await q.query(`CREATE VIRTUAL TABLE claims_fts USING fts5(
      text, claimant_name, content='claims', content_rowid='seq', tokenize="unicode61 remove_diacritics 2")`);
    await q.query(`CREATE TRIGGER claims_fts_ai AFTER INSERT ON claims BEGIN
      INSERT INTO claims_fts(rowid, text, claimant_name) VALUES (new.seq, new.text, new.claimant_name); END`);
    await q.query(`CREATE TRIGGER claims_fts_ad AFTER DELETE ON claims BEGIN
      INSERT INTO claims_fts(claims_fts, rowid, text, claimant_name) VALUES ('delete', old.seq, old.text, old.claimant_name); END`);
    await q.query(`CREATE TRIGGER claims_fts_au AFTER UPDATE OF text, claimant_name ON claims BEGIN
      INSERT INTO claims_fts(claims_fts, rowid, text, claimant_name) VALUES ('delete', old.seq, old.text, old.claimant_name);
      INSERT INTO claims_fts(rowid, text, claimant_name) VALUES (new.seq, new.text, new.claimant_name); END`);

    await q.query(`CREATE TABLE claim_citations (
      id TEXT PRIMARY KEY,
      claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
      source_id TEXT NOT NULL REFERENCES sources(id),
      quote TEXT,
      start INTEGER,
      "end" INTEGER,
      created_at TEXT NOT NULL
    )`);
    await q.query(`CREATE INDEX claim_citations_claim ON claim_citations(claim_id)`);
    await q.query(`CREATE INDEX claim_citations_source ON claim_citations(source_id)`);

    await q.query(`CREATE TABLE claim_links (
      id TEXT PRIMARY KEY,
      from_claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
      to_claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
      relation TEXT NOT NULL CHECK (relation IN ('denies','disputes','supports')),
      created_by TEXT REFERENCES users(id),
      created_at TEXT NOT NULL,
      UNIQUE (from_claim_id, to_claim_id),
      CHECK (from_claim_id <> to_claim_id)
    )`);
    await q.query(`CREATE INDEX claim_links_to ON claim_links(to_claim_id)`);

    await q.query(`CREATE TABLE claim_history (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
      at TEXT NOT NULL,
      actor_id TEXT REFERENCES users(id),
      action TEXT NOT NULL,
      from_status TEXT,
      to_status TEXT,
      data TEXT NOT NULL DEFAULT '{}'
    )`);
    await q.query(`CREATE INDEX claim_history_claim ON claim_history(claim_id, seq)`);

    await q.query(`CREATE TABLE events (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL UNIQUE,
      type TEXT NOT NULL,
      timestamp TEXT NOT NULL,
      data TEXT NOT NULL,
      dispatched_at TEXT
    )`);
    await q.query(`CREATE INDEX events_type ON events(type, seq)`);
    await q.query(`CREATE INDEX events_undispatched ON events(seq) WHERE dispatched_at IS NULL`);

    await q.query(`CREATE TABLE idempotency_keys (
      user_id TEXT NOT NULL,
      scope TEXT NOT NULL,
      key TEXT NOT NULL,
      request_hash TEXT NOT NULL,
      status_code INTEGER NOT NULL,
      response TEXT NOT NULL,
      created_at TEXT NOT NULL,
      PRIMARY KEY (user_id, scope, key)
    )`);
    await q.query(`CREATE INDEX idempotency_created ON idempotency_keys(created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'idempotency_keys', 'events', 'claim_history', 'claim_links', 'claim_citations', 'claims_fts', 'claims',
      'sources_fts', 'sources', 'api_keys', 'users',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
