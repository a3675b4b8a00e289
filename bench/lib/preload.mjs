import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { claimText, claimant, createRandom, tags } from './corpus.mjs';
import { refreshStaleClaimJson } from '../../dist/claims/claim-json-store.js';

const DAY = 86_400_000;

/** Cumulative weights: most of a real queue is untouched, a tail is in review or decided. */
const STATUSES = [
  ['pending', 0.58], ['in_review', 0.78], ['verdict_proposed', 0.84], ['approved', 0.95], ['dismissed', 1],
];
const CORROBORATION = [
  ['unchecked', 0.55], ['pending', 0.6], ['corroborated', 0.72], ['single_source', 0.82],
  ['uncorroborated', 0.95], ['contested', 1],
];
const weighted = (random, table) => {
  const r = random.next();
  return table.find(([, upTo]) => r < upTo)[0];
};

/**
 * Writes `count` claims straight into the service's SQLite file while the service runs: going through
 * the API would take minutes and measure nothing we want. WAL lets this connection write beside the
 * server's; the busy timeout covers the moments the server holds the write lock. Only stored columns
 * are written (urgency and queue_rank are generated), and each claim gets what the API would have
 * written with it: its `create` history entry and its `claim.created` event.
 */
export function preloadClaims(databasePath, { count, seed = 42, days = 120 }) {
  const db = new Database(databasePath);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 30000');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    // Random UUIDs scatter index inserts over the whole file; a cache that holds it avoids re-reading pages.
    db.pragma('cache_size = -524288');

    const random = createRandom(seed);
    const admin = db.prepare("SELECT id FROM users WHERE role = 'admin' ORDER BY created_at LIMIT 1").get();
    if (!admin) throw new Error('the service created no admin user; was ADMIN_API_KEY passed?');

    const started = Date.now();
    const first = started - days * DAY;
    // Sorted creation times keep the outbox's seq order equal to time order, as real traffic would.
    const createdAt = Array.from({ length: count }, () => first + Math.floor(random.next() * days * DAY)).sort((a, b) => a - b);

    const insertUser = db.prepare('INSERT INTO users (id, name, role, created_at) VALUES (?, ?, ?, ?)');
    const insertClaim = db.prepare(`INSERT INTO claims (id, text, language, claimant_name, claimant_affiliation,
      claimant_country, claimed_at, status, priority, assignee_id, origin, tags, denied_by, disputed_by, supported_by,
      open_flags, corroboration_status, corroboration_origins, corroboration_supporting, corroboration_contradicting,
      corroboration_checked_at, version, created_by, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insertSearch = db.prepare('INSERT INTO claims_fts(rowid, text, claimant_name) VALUES (?, ?, ?)');
    const insertHistory = db.prepare(`INSERT INTO claim_history (claim_id, at, actor_id, action, from_status, to_status, data)
      VALUES (?, ?, ?, ?, ?, ?, ?)`);
    // Marked dispatched: these stand for old traffic, and must not become a backlog for a relay to chew on mid-run.
    const insertEvent = db.prepare('INSERT INTO events (id, type, timestamp, data, dispatched_at) VALUES (?, ?, ?, ?, ?)');

    const ids = new Array(count);
    db.transaction(() => {
      const checkers = ['Lena Vogt', 'Sam Carter', 'Aylin Demir', 'Piotr Nowak', 'Hannah Brooks'].map((name) => {
        const id = randomUUID();
        insertUser.run(id, name, 'fact_checker', new Date(first).toISOString());
        return id;
      });
      for (let i = 0; i < count; i++) {
        const id = randomUUID();
        ids[i] = id;
        const created = createdAt[i];
        const createdIso = new Date(created).toISOString();
        const updatedIso = new Date(Math.min(started, created + random.int(0, 5) * random.int(0, DAY))).toISOString();
        const language = random.chance(0.4) ? 'de' : 'en';
        const who = claimant(random);
        const status = weighted(random, STATUSES);
        const origin = random.chance(0.3) ? 'extracted' : 'manual';
        const corroboration = weighted(random, CORROBORATION);
        const checked = corroboration !== 'unchecked' && corroboration !== 'pending';
        const deniedBy = random.chance(0.06) ? random.int(1, 3) : 0;
        const disputedBy = random.chance(0.04) ? random.int(1, 2) : 0;
        const supportedBy = random.chance(0.08) ? random.int(1, 4) : 0;
        const openFlags = random.chance(0.02) ? random.int(1, 2) : 0;
        const text = claimText(random, language);
        const { lastInsertRowid: seq } = insertClaim.run(
          id, text, language, who.name, who.affiliation, who.country,
          random.chance(0.7) ? new Date(created - random.int(0, 10 * DAY)).toISOString() : null,
          status, random.chance(0.8) ? 0 : random.int(1, 100),
          status === 'pending' ? null : random.pick(checkers),
          origin, JSON.stringify(tags(random)), deniedBy, disputedBy, supportedBy, openFlags,
          corroboration, checked ? random.int(0, 5) : 0, checked ? random.int(0, 6) : 0, checked ? random.int(0, 3) : 0,
          checked ? updatedIso : null,
          1 + deniedBy + disputedBy + supportedBy + (status === 'pending' ? 0 : random.int(1, 4)),
          admin.id, createdIso, updatedIso,
        );
        // the service indexes new claims for search itself (no insert trigger), so does this
        insertSearch.run(seq, text, who.name);
        insertHistory.run(id, createdIso, admin.id, 'create', null, 'pending', JSON.stringify({ origin }));
        insertEvent.run(
          randomUUID(), 'claim.created', createdIso,
          JSON.stringify({ claimId: id, version: 1, status: 'pending', origin, language }), createdIso,
        );
      }
      // what the service's own writes do before they commit: the stored JSON of every claim written
      refreshStaleClaimJson({ get: (sql) => db.prepare(sql).get(), run: (sql) => db.prepare(sql).run() });
    }).immediate();
    const insertMs = Date.now() - started;
    // A checkpoint leaves the server reading a settled database file rather than a WAL of a few hundred MB.
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { ids, insertMs, totalMs: Date.now() - started };
  } finally {
    db.close();
  }
}
