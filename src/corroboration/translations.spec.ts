import { translationOfText } from './translations.js';

const CLAIM_EN = { text: 'A cargo ship damaged two data cables between Finland and Estonia.', language: 'en' as const };
const CLAIM_DE = { text: 'Ein Frachter hat zwei Datenkabel zwischen Finnland und Estland beschädigt.', language: 'de' as const };
const REPORT_EN = { text: 'Investigators say the cargo ship Ming Star damaged two data cables between Finland and Estonia. The vessel is held near Porvoo.', language: 'en' as const };
const REPORT_DE = { text: 'Ermittler sagen, der Frachter Ming Star habe zwei Datenkabel zwischen Finnland und Estland beschädigt. Das Schiff liegt vor Porvoo.', language: 'de' as const };

describe('translationOfText', () => {
  it('the same names beyond the claim, in both languages, about as long: one report', () => {
    expect(translationOfText(CLAIM_EN, REPORT_EN, REPORT_DE)).toBe(true);
    expect(translationOfText(CLAIM_DE, REPORT_DE, REPORT_EN)).toBe(true);
  });

  it('the same weekday and figure beyond the claim: one report', () => {
    const en = { text: 'Customs seized 8 tonnes of cocaine on Monday and 3 suspects were arrested, the agency said.', language: 'en' as const };
    const de = { text: 'Der Zoll beschlagnahmte am Montag 8 Tonnen Kokain, 3 Verdächtige wurden festgenommen, teilte die Behörde mit.', language: 'de' as const };
    const claim = { text: 'Customs seized 8 tonnes of cocaine.', language: 'en' as const };
    expect(translationOfText(claim, en, de)).toBe(true);
    expect(translationOfText({ text: 'Der Zoll hat 8 Tonnen Kokain beschlagnahmt.', language: 'de' }, de, en)).toBe(true);
  });

  it('independent reports that only repeat the claim, or add details of their own, are not', () => {
    const onTuesday = { text: 'Police said on Tuesday that a cargo ship damaged two data cables between Finland and Estonia.', language: 'en' as const };
    const operator = { text: 'Auch der Netzbetreiber erklärte, zwei Datenkabel zwischen Finnland und Estland seien von einem Frachter beschädigt worden.', language: 'de' as const };
    expect(translationOfText(CLAIM_EN, onTuesday, operator)).toBe(false);
    expect(translationOfText(CLAIM_EN, REPORT_EN, operator)).toBe(false);
    expect(translationOfText(CLAIM_DE, operator, onTuesday)).toBe(false);
  });

  it('one name both cite (the speaker) is not enough, nor is one language', () => {
    const claim = { text: 'About 3,000 employees took part in the warning strike.', language: 'en' as const };
    const en = { text: 'About 3,000 employees took part in the warning strike, the Verdi union said.', language: 'en' as const };
    const de = { text: 'Verdi zufolge haben rund 3.000 Beschäftigte am Warnstreik teilgenommen.', language: 'de' as const };
    expect(translationOfText(claim, en, de)).toBe(false);
    expect(translationOfText(CLAIM_EN, REPORT_EN, REPORT_EN)).toBe(false);
  });
});
