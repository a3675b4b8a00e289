import { findEntities } from './entities.js';
import type { Language } from './language.js';
import { canonicalNumber, scaleOf } from './numbers.js';
import { stem } from './stem.js';
import { isStopword } from './stopwords.js';
import { isNumberToken, tokenize } from './tokenize.js';

/** Words shorter than this carry too little to match on ("z", "a", "s"). */
export const DEFAULT_MIN_TERM_LENGTH = 2;

/**
 * The content of a text as comparable terms, in text order, duplicates kept:
 * - entity aliases in either language become their id ("Kreml", "Moscow" → "ent_ru");
 * - numbers become canonical decimals, scale words folded in ("9,2 Milliarden" → "9200000000");
 * - other words become Snowball stems, stopwords and very short words dropped.
 */
export function contentTerms(text: string, lang: Language, minLength = DEFAULT_MIN_TERM_LENGTH): string[] {
  const tokens = tokenize(text);
  const entities = findEntities(tokens);
  const out: string[] = [];
  let e = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (e < entities.length && entities[e].from === i) {
      out.push(entities[e].match.id);
      i = entities[e].to - 1;
      e++;
      continue;
    }
    const word = tokens[i].token;
    if (isNumberToken(word)) {
      const next = tokens[i + 1]?.token;
      const exponent = next ? scaleOf(next, lang) : null;
      out.push(canonicalNumber(word, lang, exponent ?? 0));
      if (exponent !== null) i++;
      continue;
    }
    if (word.length < minLength || isStopword(word, lang)) continue;
    out.push(stem(word, lang));
  }
  return out;
}
