/**
 * What a share is a share of: "70 percent of the machinery Russia imports" is a share of machinery,
 * "100 Prozent der mehr als 150.000 Soldaten" a share of troops. Two shares can only clash when they
 * divide the same whole, so the consistency rules compare shares by this as well.
 *
 * Written by hand because it is the domain itself: the whole is the head of the noun phrase after
 * the share's "of"/"der"/"von", read with the lexicon the classifier already uses. A whole named
 * by a measure or people word is that measure ("Soldaten" and "troops" are both `troops`), so the
 * same whole matches across German and English; any other noun is kept as its stem, which matches
 * within one language only. No "of" after the share (a turnout of 40 percent), no whole: such a
 * share is not compared at all, since a guess would compare shares of different things.
 */
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as germanStemmer } from '@orama/stemmers/german';
import { COUNTRY_INDEX } from './classify.js';
import { isPeopleWord, measureOfWord, SHARE_MARKERS } from './lexicon.js';
import type { Language, Quantity } from './quantity.js';
import { tokenize } from './tokens.js';

/** Words inside the noun phrase that are not its head: articles, quantifiers, figures' qualifiers. */
const SKIPPED: Record<Language, ReadonlySet<string>> = {
  de: new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'aller', 'alle', 'allen', 'rund',
    'etwa', 'mehr', 'weniger', 'als', 'über', 'unter', 'knapp', 'fast', 'ihrer', 'seiner', 'unserer', 'ihre', 'seine',
    'insgesamt', 'gut', 'bis', 'zu', 'mindestens', 'höchstens']),
  en: new Set(['the', 'a', 'an', 'all', 'its', 'their', 'his', 'her', 'our', 'more', 'than', 'less', 'fewer', 'about',
    'around', 'some', 'nearly', 'almost', 'over', 'under', 'up', 'to', 'at', 'least', 'most', 'roughly', 'total', 'entire',
    'whole', 'estimated']),
};

/** Words that end an English noun phrase: what follows them is no longer its head. */
const PHRASE_ENDS_EN = new Set(['that', 'which', 'who', 'in', 'on', 'at', 'from', 'by', 'for', 'with', 'to', 'and', 'or', 'is',
  'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'it', 'they', 'as', 'into', 'since', 'before', 'after', 'of']);

/** How many words after the marker the head may be looked for (figures and adjectives come first). */
const PHRASE_WORDS = 8;

const stem = (word: string, language: Language): string =>
  (language === 'de' ? germanStemmer : englishStemmer)(word.toLowerCase());

function wholeOfWord(word: string, language: Language): string {
  const measure = measureOfWord(word, language);
  if (measure && measure.reading === 'plain' && measure.measure !== 'share') return measure.measure;
  if (isPeopleWord(word, language)) return 'people';
  return `${language}:${stem(word, language)}`;
}

/**
 * The whole `share` (a quantity found in `text`) divides, as a key equal for the same whole, or null
 * when the text does not say. Only meaningful for quantities whose measure is `share`.
 */
export function shareWhole(text: string, share: Pick<Quantity, 'end'>, language: Language): string | null {
  const doc = tokenize(text.slice(share.end, share.end + 200));
  const tokens = doc.tokens;
  let k = 0;
  // "70 percent of", "70 Prozent der": the marker must follow the figure directly
  if (!tokens[k] || !SHARE_MARKERS[language].includes(tokens[k].text.toLowerCase())) return null;
  k += 1;
  let head: string | null = null;
  for (let read = 0; k < tokens.length && read < PHRASE_WORDS; k++, read++) {
    const token = tokens[k];
    if (token.kind === 'digits') continue;
    // the separators inside a figure ("150.000", "1,5")
    if (token.kind === 'symbol' && (token.text === '.' || token.text === ',') && tokens[k + 1]?.kind === 'digits') continue;
    if (token.kind !== 'word') break;
    const lower = token.text.toLowerCase();
    if (SKIPPED[language].has(lower)) continue;
    const country = COUNTRY_INDEX[language].matchAt(doc, k);
    if (country) {
      // "of Russian troops" goes on to its noun; "of the machinery Russia imports" ends at the country
      if (country.payload.adjective) {
        k = country.to - 1;
        continue;
      }
      break;
    }
    if (language === 'de') {
      // German nouns are capitalised: the first is the head ("der importierten Maschinen")
      if (/^\p{Lu}/u.test(token.text)) return wholeOfWord(token.text, language);
      continue;
    }
    if (PHRASE_ENDS_EN.has(lower)) break;
    // English: the last word of the run is the head ("of all military equipment")
    head = token.text;
    const measure = measureOfWord(token.text, language);
    if (measure && measure.reading === 'plain' && measure.measure !== 'share') break;
  }
  return head === null ? null : wholeOfWord(head, language);
}
