/**
 * Words around a number that say how firm it is: bounds ("mehr als", "at most"),
 * approximations ("rund", "an estimated"), explicit equality, and the openers and
 * connectors of ranges. Data first; the matching is PhraseIndex.
 */
import { PhraseIndex } from './phrases.js';
import type { Language } from './quantity.js';

/** The meaning of a cue written before a number. */
export type CueKind = 'more_than' | 'at_least' | 'less_than' | 'at_most' | 'approx' | 'exact';

const BEFORE: Record<Language, Record<CueKind, string[]>> = {
  en: {
    more_than: [
      'more than', 'over', 'above', 'greater than', 'larger than', 'bigger than', 'higher than',
      'in excess of', 'exceeding', 'exceeds', 'exceeded', 'exceed', 'surpassing', 'surpasses',
      'surpassed', 'surpass', 'upwards of', 'well over', 'just over', 'well above', '>',
    ],
    at_least: [
      'at least', 'no fewer than', 'no less than', 'not less than', 'not fewer than', 'a minimum of',
      'greater than or equal to', 'more than or equal to', 'higher than or equal to',
      'greater or equal than', 'higher or equal than', 'bigger or equal than', 'larger or equal than',
      'greater or equal to', 'at least or equal to', 'equal to or more than', 'equal to or greater than',
      'equal or more than', '>=', '> =', '≥',
    ],
    less_than: [
      'less than', 'fewer than', 'under', 'below', 'lower than', 'smaller than', 'just under',
      'well under', 'well below', '<',
    ],
    at_most: [
      'at most', 'up to', 'no more than', 'not more than', 'a maximum of', 'as many as', 'as much as',
      'less than or equal to', 'fewer than or equal to', 'smaller than or equal to', 'lower than or equal to',
      'less or equal than', 'smaller or equal than', 'lower or equal than', 'less or equal to',
      'equal to or less than', 'equal to or fewer than', 'equal to or smaller than', '<=', '< =', '≤',
    ],
    approx: [
      'about', 'around', 'roughly', 'some', 'an estimated', 'estimated', 'approximately', 'approx',
      'approx.', 'nearly', 'almost', 'close to', 'circa', 'ca.', 'c.', 'an approximate', '~',
    ],
    exact: ['exactly', 'precisely', 'equal to', 'equals', 'equals to', 'equaling to', 'equaling', 'equalling', '='],
  },
  de: {
    more_than: ['mehr als', 'über', 'größer als', 'höher als', 'weit über', 'gut über', 'knapp über', 'oberhalb von', '>'],
    at_least: ['mindestens', 'wenigstens', 'zumindest', 'nicht weniger als', 'größer oder gleich', 'mindestens aber', '>=', '≥'],
    less_than: ['weniger als', 'unter', 'kleiner als', 'niedriger als', 'geringer als', 'knapp unter', 'unterhalb von', '<'],
    at_most: ['höchstens', 'bis zu', 'maximal', 'nicht mehr als', 'kleiner oder gleich', 'allenfalls', '<=', '≤'],
    approx: [
      'rund', 'etwa', 'circa', 'ca.', 'zirka', 'knapp', 'ungefähr', 'annähernd', 'gut', 'fast', 'nahezu',
      'beinahe', 'geschätzt', 'schätzungsweise', 'geschätzte', 'geschätzten', 'um die', 'an die', '~',
    ],
    exact: ['genau', 'exakt', 'gleich'],
  },
};

/** Written after the number (or its unit): "500 or more", "5 % oder weniger". */
export type PostfixKind = 'at_least' | 'at_most' | 'approx' | 'or_equal';

const AFTER: Record<Language, Record<PostfixKind, string[]>> = {
  en: {
    at_least: ['or more', 'and more', 'or greater', 'or above', 'and above', 'and over', 'or over', 'or higher', 'or more than', 'or greater than', '+'],
    at_most: ['or less', 'or fewer', 'or below', 'and below', 'and under', 'or lower', 'or less than', 'or fewer than'],
    approx: ['or so', '-odd', 'odd'],
    or_equal: ['or equal', 'or equal to', 'or equal than'],
  },
  de: {
    at_least: ['oder mehr', 'und mehr', 'und darüber', 'oder darüber', '+'],
    at_most: ['oder weniger', 'und weniger', 'oder darunter', 'und darunter'],
    approx: [],
    or_equal: ['oder gleich'],
  },
};

/** "zwischen X und Y", "from X to Y": the opener and the connector it needs. */
export const RANGE_OPENERS: Record<Language, Record<string, string[]>> = {
  en: { between: ['and'], from: ['to', 'through', '-', '–', '—'] },
  de: { zwischen: ['und'], von: ['bis', '-', '–', '—'] },
};

/** Connectors of a range without an opener: "5.000 bis 9.000", "5,000-9,000", "7 to 10". */
export const RANGE_CONNECTORS: Record<Language, string[]> = {
  en: ['to', 'through', 'thru', '-', '–', '—', '~'],
  de: ['bis', '-', '–', '—', '~'],
};

/**
 * "rose from 5 % to 7 %", "stieg von 5 auf 7": a change between two values, not a range.
 * Looked for in the few words before the first number.
 */
export const CHANGE_WORDS: Record<Language, RegExp> = {
  en: /^(?:rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|increased?|increases|increasing|decreased?|decreases|decreasing|grew|grow|grows|growing|grown|dropped|drops?|dropping|climbed|climbs?|jumped|jumps?|declined?|declines|cut|cuts|raised?|raises|reduced?|reduces|lowered|lowers?|went|goes|go|up|down|surged?|plunged?|slipped|slid|gained|soared|tumbled|revised|changed|moved)$/,
  de: /^(?:stieg|steigt|gestiegen|sank|sinkt|gesunken|fiel|fällt|gefallen|wuchs|wächst|gewachsen|erhöht|erhöhte|gesenkt|senkte|korrigiert|korrigierte|kletterte|sprang)$/,
};

/** Between two bounds that together make one interval: "more than 10 and less than 20". */
export const BOUND_JOINERS: Record<Language, string[]> = {
  en: ['and', 'but', ','],
  de: ['und', 'aber', ','],
};

function beforeIndex(language: Language): PhraseIndex<CueKind> {
  const index = new PhraseIndex<CueKind>();
  for (const [kind, phrases] of Object.entries(BEFORE[language]) as Array<[CueKind, string[]]>) {
    for (const p of phrases) index.add(p, kind);
  }
  return index;
}

function afterIndex(language: Language): PhraseIndex<PostfixKind> {
  const index = new PhraseIndex<PostfixKind>();
  for (const [kind, phrases] of Object.entries(AFTER[language]) as Array<[PostfixKind, string[]]>) {
    for (const p of phrases) index.add(p, kind);
  }
  return index;
}

export const CUES_BEFORE: Record<Language, PhraseIndex<CueKind>> = { de: beforeIndex('de'), en: beforeIndex('en') };
export const CUES_AFTER: Record<Language, PhraseIndex<PostfixKind>> = { de: afterIndex('de'), en: afterIndex('en') };
