import Database from 'better-sqlite3';
import { type CandidatePassage, DEFAULT_EVIDENCE_OPTIONS, assessCandidates } from './assess.js';
import { lshBandKeys } from './lsh.js';
import { DEFAULT_CORROBORATION_OPTIONS } from './options.js';
import { type Fingerprint, fingerprintText, pickOrigin } from './origins.js';
import { splitPassages } from './passages.js';
import { FTS5_TOKENIZE, buildMatchQuery, indexTokens } from './query.js';
import { summariseReport } from './report.js';
import type { StanceDependencies } from './stance.js';

type Lang = 'de' | 'en';

/**
 * The pure modules wired the way the service will wire them: band keys as a
 * candidate index for origins, passages in FTS5, then scoring and the report.
 */
function desk() {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE passages USING fts5(terms, source_id UNINDEXED, start UNINDEXED, stop UNINDEXED, tokenize = "${FTS5_TOKENIZE.replace(/"/g, '""')}")`);
  const bands = new Map<string, Set<string>>();
  const sources = new Map<string, { publisher: string; text: string; language: Lang; originId: string; fingerprint: Fingerprint }>();

  return {
    ingest(id: string, publisher: string, language: Lang, text: string) {
      const fingerprint = fingerprintText(text);
      const keys = lshBandKeys(fingerprint.signature);
      const candidateIds = new Set(keys.flatMap((k) => [...(bands.get(k) ?? [])]));
      const candidates = [...candidateIds].map((sourceId) => ({ sourceId, originId: sources.get(sourceId)!.originId, fingerprint: sources.get(sourceId)!.fingerprint }));
      const originId = pickOrigin(fingerprint, candidates)?.originId ?? `origin-of-${id}`;
      for (const k of keys) bands.set(k, (bands.get(k) ?? new Set()).add(id));
      sources.set(id, { publisher, text, language, originId, fingerprint });
      const insert = db.prepare('INSERT INTO passages (terms, source_id, start, stop) VALUES (?, ?, ?, ?)');
      for (const p of splitPassages(text, { language })) insert.run(indexTokens(p.text, language), id, p.start, p.end);
      return originId;
    },
    originOf: (id: string) => sources.get(id)!.originId,
    textOf: (id: string) => sources.get(id)!.text,
    check(claimText: string, language: Lang, citedSourceId: string, dependencies: StanceDependencies = {}, hasIncomingDenial = false) {
      const query = buildMatchQuery(claimText, language);
      const rows = query
        ? (db.prepare('SELECT source_id, start, stop, bm25(passages) AS rank FROM passages WHERE passages MATCH ? ORDER BY rank LIMIT 200').all(query) as {
            source_id: string;
            start: number;
            stop: number;
            rank: number;
          }[])
        : [];
      const candidates: CandidatePassage[] = rows.map((r) => {
        const source = sources.get(r.source_id)!;
        return {
          sourceId: r.source_id,
          publisher: source.publisher,
          originId: source.originId,
          language: source.language,
          text: source.text.slice(r.start, r.stop),
          start: r.start,
          end: r.stop,
          bm25: r.rank,
        };
      });
      const evidence = assessCandidates({ text: claimText, language }, candidates, dependencies);
      const summary = summariseReport(evidence, { citedOriginIds: [sources.get(citedSourceId)!.originId], hasIncomingDenial });
      return { evidence, summary };
    },
  };
}

// All texts written for these tests.
const STORY_DE = [
  'Washington, 14. März.',
  'Nach Angaben von US-Beamten hat Russland China um Drohnen und militärische Hilfe gebeten.',
  'Die Anfrage sei kurz nach Beginn der Invasion in der Ukraine gestellt worden, hieß es aus Regierungskreisen.',
  'Welche Antwort Peking gegeben habe, sei offen.',
  'Der Nationale Sicherheitsberater der USA will das Thema bei einem Treffen mit chinesischen Diplomaten in Rom ansprechen.',
  'Nach amerikanischen Schätzungen wurden bislang zwischen 5.000 und 9.000 russische Soldaten getötet.',
].join(' ');

const REPRINT_DE = `Weltnachrichten kompakt – Ausland\n${STORY_DE}\nDieser Artikel wurde von einer Nachrichtenagentur übernommen. Alle Rechte vorbehalten.`;

const CONFIRMATION_DE = [
  'Moskau soll sich mit der Bitte um Drohnen und militärische Hilfe an die chinesische Führung gewandt haben.',
  'Das bestätigten mehrere US-Beamte unserer Redaktion, ohne Details zu nennen.',
  'Diplomaten in Brüssel halten eine Lieferung chinesischer Waffen dennoch für unwahrscheinlich.',
].join(' ');

const CONFIRMATION_EN = [
  'American intelligence agencies now estimate that 5,000 to 9,000 Russian soldiers have been killed in Ukraine.',
  'The figures, shared with allies in Europe, are far higher than those admitted by Moscow.',
].join(' ');

const DENIAL_DE = [
  'Das chinesische Außenministerium hat Berichte zurückgewiesen, wonach Russland um militärische Hilfe und Drohnen gebeten habe.',
  'Ein Sprecher sprach in Peking von gezielter Desinformation aus Washington.',
].join(' ');

const UNRELATED_EN = 'The city council approved a new budget for public libraries and swimming pools on Thursday evening.';

const CLAIM_REQUEST = 'US-Beamte sagen, Russland habe China um Drohnen und militärische Hilfe gebeten.';
const CLAIM_TOLL = 'Nach US-Schätzungen sind zwischen 5.000 und 9.000 russische Soldaten getötet worden.';

describe('a check over a small corpus, pure modules wired together', () => {
  function corpus(withDenial: boolean) {
    const d = desk();
    d.ingest('story', 'Agentur Nord', 'de', STORY_DE);
    d.ingest('reprint', 'Weltnachrichten', 'de', REPRINT_DE);
    d.ingest('confirmation-de', 'Abendkurier', 'de', CONFIRMATION_DE);
    d.ingest('confirmation-en', 'Evening Ledger', 'en', CONFIRMATION_EN);
    if (withDenial) d.ingest('denial', 'Tagesblatt', 'de', DENIAL_DE);
    d.ingest('unrelated', 'City Gazette', 'en', UNRELATED_EN);
    return d;
  }

  it('puts the reprint into the story’s origin and every independent text into its own', () => {
    const d = corpus(true);
    expect(d.originOf('reprint')).toBe(d.originOf('story'));
    const others = ['confirmation-de', 'confirmation-en', 'denial', 'unrelated'].map(d.originOf);
    expect(new Set([...others, d.originOf('story')]).size).toBe(5);
  });

  it('finds support, the denial and nothing unrelated for a German claim, and calls it contested', () => {
    const d = corpus(true);
    const { evidence, summary } = d.check(CLAIM_REQUEST, 'de', 'story');
    const stanceOf = (id: string) => evidence.filter((e) => e.sourceId === id).map((e) => e.stance);
    expect(stanceOf('story')).toContain('supports');
    expect(stanceOf('reprint')).toContain('supports');
    expect(stanceOf('confirmation-de')).toContain('supports');
    expect(stanceOf('denial')).toContain('contradicts');
    expect(stanceOf('unrelated')).toEqual([]);
    expect(evidence[0]).toMatchObject({ sourceId: 'denial', stance: 'contradicts', reason: 'denial' });
    expect(summary).toMatchObject({ status: 'contested', independentOrigins: 1, independentOriginIds: [d.originOf('confirmation-de')] });
  });

  it('is single-source without the denial: the story and its reprint do not count', () => {
    const { summary } = corpus(false).check(CLAIM_REQUEST, 'de', 'story');
    expect(summary).toMatchObject({ status: 'single_source', independentOrigins: 1, contradicting: 0 });
  });

  it('is contested by an incoming denies link alone', () => {
    expect(corpus(false).check(CLAIM_REQUEST, 'de', 'story', {}, true).summary.status).toBe('contested');
  });

  it('is corroborated by a German and an English source that repeat the figures', () => {
    const d = corpus(false);
    const { evidence, summary } = d.check(CLAIM_TOLL, 'de', 'story');
    expect(evidence.find((e) => e.sourceId === 'confirmation-en')?.stance).toBe('supports');
    // The story (cited) and its reprint do not count, the German confirmation lacks the figures.
    expect(summary).toMatchObject({ status: 'single_source', independentOriginIds: [d.originOf('confirmation-en')] });
    d.ingest('second-de', 'Morgenpost', 'de', 'Die USA gehen davon aus, dass 5.000 bis 9.000 russische Soldaten getötet wurden.');
    expect(d.check(CLAIM_TOLL, 'de', 'story').summary).toMatchObject({ status: 'corroborated', independentOrigins: 2 });
  });

  it('turns a conflicting figure into a contradiction through the injected rule', () => {
    const d = corpus(false);
    d.ingest('moscow-figure', 'Staatsagentur', 'de', 'Das russische Verteidigungsministerium nennt 1.351 getötete russische Soldaten.');
    const quantitiesConflict = (_claim: string, passage: string) => passage.includes('1.351');
    const { evidence, summary } = d.check(CLAIM_TOLL, 'de', 'story', { quantitiesConflict });
    expect(evidence.find((e) => e.sourceId === 'moscow-figure')).toMatchObject({ stance: 'contradicts', reason: 'quantity_conflict' });
    expect(summary.status).toBe('contested');
  });

  it('keeps offsets that point at the passage in its source, and a snippet of it', () => {
    const d = corpus(true);
    for (const e of d.check(CLAIM_REQUEST, 'de', 'story').evidence) {
      const passage = d.textOf(e.sourceId).slice(e.start, e.end);
      expect(passage.replace(/\s+/g, ' ').startsWith(e.snippet.replace(/…$/, ''))).toBe(true);
      expect(e.score).toBeGreaterThan(0);
      expect(e.score).toBeLessThanOrEqual(1);
    }
  });
});

describe('assessCandidates', () => {
  const base = { publisher: 'P', originId: 'o', language: 'en' as const, start: 0 };
  const passage = (sourceId: string, text: string, start = 0): CandidatePassage => ({ ...base, sourceId, text, start, end: start + text.length });
  const claim = { text: 'Russia asked China for drones and military help.', language: 'en' as const };

  it('orders contradictions first, then support, then mentions, best score first', () => {
    const evidence = assessCandidates(claim, [
      passage('mention', 'China and Russia held trade talks about drones in Beijing.'),
      passage('support', 'Russia asked China for drones and other military help.'),
      passage('denial', 'China denied that Russia asked it for drones and military help.'),
    ]);
    expect(evidence.map((e) => [e.sourceId, e.stance])).toEqual([
      ['denial', 'contradicts'],
      ['support', 'supports'],
      ['mention', 'mentions'],
    ]);
  });

  it('keeps at most a few passages per source and caps the whole list', () => {
    const many = Array.from({ length: 10 }, (_, i) => passage('one-source', 'Russia asked China for drones and military help.', i * 100));
    expect(assessCandidates(claim, many)).toHaveLength(DEFAULT_EVIDENCE_OPTIONS.maxPassagesPerSource);
    const options = { ...DEFAULT_CORROBORATION_OPTIONS, evidence: { ...DEFAULT_EVIDENCE_OPTIONS, maxEvidence: 2 } };
    const spread = many.map((p, i) => ({ ...p, sourceId: `s${i}` }));
    expect(assessCandidates(claim, spread, {}, options)).toHaveLength(2);
  });

  it('yields nothing for unrelated candidates or none at all (German and English)', () => {
    expect(assessCandidates(claim, [passage('x', 'The library opens at nine.')])).toEqual([]);
    expect(assessCandidates({ text: 'Russland bat China um Drohnen.', language: 'de' }, [{ ...passage('y', 'Die Bibliothek öffnet um neun.'), language: 'de' }])).toEqual([]);
    expect(assessCandidates(claim, [])).toEqual([]);
  });
});

describe('DEFAULT_CORROBORATION_OPTIONS', () => {
  it('has a MinHash signature that fits the LSH band layout', () => {
    const { fingerprint, lsh } = DEFAULT_CORROBORATION_OPTIONS;
    expect(fingerprint.minhash.numHashes).toBe(lsh.bands * lsh.rowsPerBand);
  });

  it('keeps the thresholds in a sensible order', () => {
    const { stance, origins, report } = DEFAULT_CORROBORATION_OPTIONS;
    expect(stance.minRelatedScore).toBeLessThan(stance.minSameContentScore);
    expect(stance.minStemOverlapForDenial).toBeLessThanOrEqual(stance.minStemOverlap);
    expect(origins.minJaccard).toBeGreaterThan(0);
    expect(report.minIndependentOrigins).toBe(2);
  });
});

describe('assessCandidates: translations of one report', () => {
  it('marks a supporting translation with the origin it translates, so the report counts them once', () => {
    const claim = { text: 'A cargo ship damaged two data cables between Finland and Estonia.', language: 'en' as const };
    const passage = (sourceId: string, language: 'de' | 'en', text: string) => ({ sourceId, publisher: sourceId, originId: `o-${sourceId}`, language, text, start: 0, end: text.length });
    const evidence = assessCandidates(claim, [
      passage('en', 'en', 'Investigators say the cargo ship Ming Star damaged two data cables between Finland and Estonia. The vessel is held near Porvoo.'),
      passage('de', 'de', 'Ermittler sagen, der Frachter Ming Star habe zwei Datenkabel zwischen Finnland und Estland beschädigt. Das Schiff liegt vor Porvoo.'),
      passage('other', 'de', 'Der Netzbetreiber erklärte, zwei Datenkabel zwischen Finnland und Estland seien von einem Frachter beschädigt worden.'),
    ]);
    const byId = new Map(evidence.map((e) => [e.sourceId, e]));
    expect(byId.get('de')?.translationOf).toBe('o-en');
    expect(byId.get('en')?.translationOf).toBe('o-de');
    expect(byId.get('other')?.translationOf).toBeUndefined();
    expect(summariseReport(evidence, { citedOriginIds: [], hasIncomingDenial: false }).independentOrigins).toBe(2);
  });
});
