import { type AssessedEvidence, relinkTranslations } from './assess.js';

const item = (sourceId: string, originId: string, stance: AssessedEvidence['stance'] = 'supports'): AssessedEvidence => ({
  sourceId, publisher: sourceId, originId, stance, score: 0.5, snippet: '', start: 0, end: 10, reason: 'same_content', cue: null,
});

const CASES = [
  {
    language: 'en' as const,
    claim: 'A cargo ship damaged two data cables between Finland and Estonia.',
    own: 'Investigators say the cargo ship Ming Star damaged two data cables between Finland and Estonia. The vessel is held near Porvoo.',
    other: { text: 'Ermittler sagen, der Frachter Ming Star habe zwei Datenkabel zwischen Finnland und Estland beschädigt. Das Schiff liegt vor Porvoo.', language: 'de' as const },
    independent: { text: 'Auch der Netzbetreiber erklärte, zwei Datenkabel zwischen Finnland und Estland seien von einem Frachter beschädigt worden.', language: 'de' as const },
  },
  {
    language: 'de' as const,
    claim: 'Der Zoll hat 8 Tonnen Kokain beschlagnahmt.',
    own: 'Der Zoll beschlagnahmte am Montag 8 Tonnen Kokain, 3 Verdächtige wurden festgenommen, teilte die Behörde mit.',
    other: { text: 'Customs seized 8 tonnes of cocaine on Monday and 3 suspects were arrested, the agency said.', language: 'en' as const },
    independent: { text: 'Customs officers in the port said they had found 8 tonnes of cocaine in banana crates on Friday.', language: 'en' as const },
  },
];

describe.each(CASES)('relinkTranslations ($language claim)', ({ language, claim, own, other, independent }) => {
  const passages = new Map<string, { text: string; language: 'de' | 'en' }>([
    ['held', { text: own, language }],
    ['translation', other],
    ['independent', independent],
  ]);
  const passageOf = (e: AssessedEvidence) => passages.get(e.sourceId) ?? null;

  it('marks a merged translation with the origin it translates, whichever side came first', () => {
    const relinked = relinkTranslations({ text: claim, language }, [item('held', 'o-b'), item('translation', 'o-a')], passageOf);
    expect(relinked.map((e) => e.translationOf ?? null)).toEqual(['o-a', 'o-b']);
  });

  it('leaves an independent report in the other language, a contradiction and an item without its passage unmarked', () => {
    const relinked = relinkTranslations(
      { text: claim, language },
      [item('held', 'o-a'), item('independent', 'o-c'), item('translation', 'o-d', 'contradicts'), item('gone', 'o-e')],
      passageOf,
    );
    expect(relinked.map((e) => e.translationOf ?? null)).toEqual([null, null, null, null]);
  });

  it('drops a mark that no longer holds', () => {
    const stale = { ...item('held', 'o-a'), translationOf: 'o-z' };
    expect(relinkTranslations({ text: claim, language }, [stale], passageOf)[0]!.translationOf).toBeUndefined();
  });
});
