import { PassThrough } from 'node:stream';
import Database from 'better-sqlite3';
import { startTestApp } from '../support/test-app.js';
import { eventually } from '../support/eventually.js';

// In a file of its own: Nest's logger is process-wide, so the log stream must belong to the first app of the file.
describe('a failing corroboration check', () => {
  it('is logged with the claim id and never the claim text', async () => {
    const lines: string[] = [];
    const logStream = new PassThrough();
    logStream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
    const t = await startTestApp({ log: { level: 'warn' } }, { logStream });
    try {
      const fc = await t.user('fact_checker');
      // Break the index under the running app: every check now fails inside SQLite.
      const db = new Database(t.settings.database.path);
      db.exec('DROP TABLE passages_fts');
      db.close();
      const secret = 'Zanzibarian lighthouse keepers counted 77 submarines near Pemba.';
      const claim = (await fc.post('/v1/claims', { text: secret, claimant: { name: 'Keepers guild' } })).body;
      const line = await eventually(() => lines.find((l) => l.includes('corroboration check failed') && l.includes(claim.id)) ?? false, 20000);
      const entry = JSON.parse(line);
      expect(entry).toMatchObject({ claimId: claim.id, queue: 'corroboration', attempt: 1, final: false, jobId: `corroboration-${claim.id}-v1` });
      expect(entry.err).toMatch(/no such (fts5 )?table/);
      for (const word of ['Zanzibarian', 'lighthouse', 'submarines', 'Pemba']) {
        expect(lines.join('\n')).not.toContain(word);
      }
    } finally {
      await t.close();
    }
  }, 60000);
});
