import { franc } from 'franc-min';
import type { Language } from './language.js';
import { tokenize } from './tokenize.js';

/** Below this many characters trigram statistics are unreliable; function words decide instead. */
export const DEFAULT_TRIGRAM_MIN_LENGTH = 60;
/** Answer when neither method can tell. */
export const DEFAULT_LANGUAGE: Language = 'en';

// Only words that are frequent in one language and (nearly) absent from the other:
// "die", "in", "also", "will" are words of both and would blur the count.
const GERMAN_MARKERS = new Set(
  'der das und ist nicht sich auch ein eine einen dem den des mit von zu zur zum auf für wurde wurden hat haben sagte nein dass sind wir ich sie es bei nach laut'.split(' '),
);
const ENGLISH_MARKERS = new Set(
  'the and is not of to with for was were has have said no that are we it by from on at this'.split(' '),
);

function countMarkers(text: string): { de: number; en: number } {
  let de = 0;
  let en = 0;
  for (const { token } of tokenize(text)) {
    const w = token.toLowerCase();
    if (GERMAN_MARKERS.has(w)) de++;
    if (ENGLISH_MARKERS.has(w)) en++;
  }
  return { de, en };
}

/**
 * German or English: trigram detection (franc-min, limited to the two) for longer texts,
 * a count of function words for short ones or when the trigrams are undecided.
 */
export function detectLanguage(text: string, fallback: Language = DEFAULT_LANGUAGE): Language {
  if (text.length >= DEFAULT_TRIGRAM_MIN_LENGTH) {
    const code = franc(text, { only: ['deu', 'eng'], minLength: DEFAULT_TRIGRAM_MIN_LENGTH });
    if (code === 'deu') return 'de';
    if (code === 'eng') return 'en';
  }
  const { de, en } = countMarkers(text);
  if (de > en) return 'de';
  if (en > de) return 'en';
  if (/[äöüß„]/i.test(text)) return 'de';
  return fallback;
}
