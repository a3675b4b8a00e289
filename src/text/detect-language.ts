import { franc } from 'franc-min';
import type { Language } from './language.js';
import { isNumberToken, tokenize } from './tokenize.js';

/** Below this many characters trigram statistics are unreliable; function words decide instead. */
export const DEFAULT_TRIGRAM_MIN_LENGTH = 60;
/** Texts shorter than this are decided by marker words when one language leads by DEFAULT_MARKER_LEAD. */
export const DEFAULT_MARKERS_DECIDE_BELOW = 240;
export const DEFAULT_MARKER_LEAD = 3;
/** Answer when neither method can tell. */
export const DEFAULT_LANGUAGE: Language = 'en';

// Only words that are frequent in one language and (nearly) absent from the other:
// "die", "in", "also", "will", "was", "million", "am" are words of both and would blur the count.
// Besides function words, the words that come with figures ("mehr als", "rund", "davon",
// "Milliarden"; "than", "of which", "billion"), because short texts sent for their quantities
// often hold little else.
const GERMAN_MARKERS = new Set(
  ('der das und ist nicht sich auch ein eine einen dem den des mit von zu zur zum auf für wurde wurden hat haben sagte nein dass sind wir ich sie es bei nach laut ' +
    'mehr als rund etwa knapp bis zwischen davon darunter über unter mindestens höchstens weniger seit wird werden worden oder aber noch nur um ' +
    'tausend milliarden millionen mrd mio tsd prozent soldaten menschen getötet verletzt').split(' '),
);
const ENGLISH_MARKERS = new Set(
  ('the and is not of to with for were has have said no that are we it by from on at this ' +
    'than which including between about around nearly more less fewer least some been had who they their or but ' +
    'thousand thousands millions billion billions percent people soldiers troops killed wounded').split(' '),
);

// "150.000" and "9,2" are German ways of writing numbers, "150,000" and "9.2" English ones.
// Dates ("14.03.2022") match neither.
const GERMAN_NUMBER = /^(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d{1,2})$/;
const ENGLISH_NUMBER = /^(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{1,2})$/;

// German spellings and endings English (nearly) never has: umlauts and ß, "-ung", "-keit", "-lich",
// "-isch", participles "ge…t" ("gemeldet"). Loanwords aside, English has no such words.
const GERMAN_WORD = /[äöüß]|^\p{L}{3,}(?:ung|ungen|keit|heit|schaft|lich|liche|lichen|isch|ische|ischen)$|^ge\p{L}{3,}t$/u;

function countMarkers(text: string): { de: number; en: number } {
  let de = 0;
  let en = 0;
  for (const { token } of tokenize(text)) {
    if (isNumberToken(token)) {
      if (GERMAN_NUMBER.test(token)) de++;
      else if (ENGLISH_NUMBER.test(token)) en++;
      continue;
    }
    const w = token.toLowerCase();
    if (GERMAN_MARKERS.has(w) || GERMAN_WORD.test(w)) de++;
    if (ENGLISH_MARKERS.has(w)) en++;
  }
  return { de, en };
}

/**
 * German or English: trigram detection (franc-min, limited to the two) for longer texts,
 * a count of marker words and number formats for short ones or when the trigrams are undecided;
 * `fallback` when even these are even. A language the caller knows (the request's, the claim's or
 * the source's) should be used instead of calling this.
 */
export function detectLanguage(text: string, fallback: Language = DEFAULT_LANGUAGE): Language {
  const { de, en } = countMarkers(text);
  // On a sentence or two trigrams still mislead ("Kyiv says more than 14,000 Russian soldiers have
  // been killed." reads as German to them); a clear lead in marker words and number formats wins there.
  if (text.length < DEFAULT_MARKERS_DECIDE_BELOW && Math.abs(de - en) >= DEFAULT_MARKER_LEAD) return de > en ? 'de' : 'en';
  if (text.length >= DEFAULT_TRIGRAM_MIN_LENGTH) {
    const code = franc(text, { only: ['deu', 'eng'], minLength: DEFAULT_TRIGRAM_MIN_LENGTH });
    if (code === 'deu') return 'de';
    if (code === 'eng') return 'en';
  }
  if (de > en) return 'de';
  if (en > de) return 'en';
  if (/[äöüß„]/i.test(text)) return 'de';
  return fallback;
}
