import { extractQuantities } from './index.js';
import type { Language } from './quantity.js';
import { shareWhole } from './share-whole.js';

/** The whole of the first share in the text. */
function wholeIn(text: string, language: Language): string | null {
  const share = extractQuantities(text, { language }).find((q) => q.unit === 'percent');
  if (!share) throw new Error(`no share found in: ${text}`);
  return shareWhole(text, share, language);
}

describe('shareWhole: what a share divides', () => {
  it('names a whole counted by a measure word, the same in German and English', () => {
    expect(wholeIn('Nearly 100 percent of the more than 150,000 troops are now committed.', 'en')).toBe('troops');
    expect(wholeIn('Fast 100 Prozent der mehr als 150.000 Soldaten sind inzwischen im Einsatz.', 'de')).toBe('troops');
    expect(wholeIn('About 40 percent of all Ukrainian soldiers there were wounded.', 'en')).toBe('troops');
  });

  it('keeps another noun as its stem, so the same whole matches and a different one does not', () => {
    const machinery = wholeIn('China supplies 70 percent of the machinery Russia imports.', 'en');
    expect(machinery).toBe(wholeIn('Beijing now ships 60 percent of the machinery that Moscow buys.', 'en'));
    expect(machinery).not.toBe(wholeIn('China buys 70 percent of the oil that Russia exports.', 'en'));
    const maschinen = wholeIn('China liefert 70 Prozent der importierten Maschinen Russlands.', 'de');
    expect(maschinen).toBe(wholeIn('Peking stellt 60 Prozent der Maschinen, die Moskau kauft.', 'de'));
    expect(maschinen).not.toBe(wholeIn('Peking kauft 60 Prozent des Öls, das Russland ausführt.', 'de'));
  });

  it('reads past a nationality word to its noun, and stops at a country named after the noun', () => {
    expect(wholeIn('Kyiv says 30 percent of Russian tanks at the front were destroyed.', 'en')).toBe('equipment');
    expect(wholeIn('Kiew zufolge sind 30 Prozent der russischen Panzer zerstört.', 'de')).toBe('equipment');
    expect(wholeIn('Officials put it at 20 percent of the grain Ukraine exports.', 'en')).toBe(wholeIn('Officials put it at 25 percent of the grain.', 'en'));
  });

  it('gives no whole when the share is not followed by one', () => {
    expect(wholeIn('Turnout reached 40 percent, officials said.', 'en')).toBeNull();
    expect(wholeIn('Die Wahlbeteiligung lag bei 40 Prozent.', 'de')).toBeNull();
  });
});
