/**
 * Counted figures between a claim and a passage, for corroboration: whether a passage's figure of
 * the same counted thing clashes with the claim's, confirms it, or ties the two texts across
 * languages. What a counted figure is (its value, unit and thing) is the domain's, in
 * quantities/counted-figures.ts; the consistency rules compare stored figures by the same reading.
 * Pure: no framework, no database.
 */
import { LRUCache } from 'lru-cache';
import { measureComparisonKey } from '../consistency/rules.js';
import { extractQuantities } from '../quantities/index.js';
import {
  countedFigures, PREDICATE_IDS, sameCountedThing, timesOf, yearsOf, type CountedFigure,
} from '../quantities/counted-figures.js';
import { type Language, stem, tokenize } from '../text/index.js';

export { countedFigures, numberWordValue, sameCountedThing, timesOf, yearsOf, type CountedFigure } from '../quantities/counted-figures.js';

/** The claim side of a check comes back for every candidate passage: its figures are kept by language and text. */
const claimFiguresByText = new LRUCache<string, CountedFigure[]>({ max: 20_000 });

/**
 * The figures the quantity rules cannot compare: those they can ("5,000 Russian soldiers killed":
 * measure, subject and unit known) are theirs, with their own notion of subject and time.
 */
function unknownToQuantityRules(text: string, lang: Language, figures: CountedFigure[]): CountedFigure[] {
  const known = extractQuantities(text, { language: lang }).filter((q) => measureComparisonKey(text, q, lang) !== null);
  if (known.length === 0) return figures;
  return figures.filter((f) => !known.some((q) => (q.min !== null && q.min >= f.low && q.min <= f.high) || (q.max !== null && q.max >= f.low && q.max <= f.high)));
}

export interface CountedConflict {
  claimFigure: string;
  passageFigure: string;
}

/**
 * The first pair of figures, one of the claim and one of the passage, that count the same thing in
 * the same unit and cannot both be true; null when there is none or the passage speaks of a year
 * the claim does not.
 */
export function countedFiguresConflict(claimText: string, claimLang: Language, passageText: string, passageLang: Language): CountedConflict | null {
  const key = `${claimLang}\u0000${claimText}`;
  let claimFigures = claimFiguresByText.get(key);
  if (!claimFigures) claimFiguresByText.set(key, (claimFigures = unknownToQuantityRules(claimText, claimLang, countedFigures(claimText, claimLang))));
  if (claimFigures.length === 0) return null;
  const claimYears = yearsOf(claimText);
  for (const year of yearsOf(passageText)) if (!claimYears.has(year)) return null;
  const passageFigures = countedFigures(passageText, passageLang);
  const claimStems = new Set(tokenize(claimText).map((t) => stem(t.token, claimLang)));
  const claimTimes = new Set(timesOf(claimText, claimLang));
  for (const mine of claimFigures) {
    for (const theirs of passageFigures) {
      if (!sameCountedThing(mine, claimLang, theirs, passageLang, claimStems)) continue;
      // "up from 3.2 million tonnes in September", "a year earlier": the figure of another time
      if (theirs.times.some((t) => !claimTimes.has(t))) continue;
      if (theirs.high < mine.low || mine.high < theirs.low) return { claimFigure: mine.text, passageFigure: theirs.text };
    }
  }
  return null;
}

/**
 * Whether the claim has counted figures and the passage gives each of them as the same value of a
 * thing known in both languages ("3,000 employees … strike" and "3.000 Beschäftigte … Warnstreik"):
 * across languages, where stems cannot meet, that ties the two texts to one statement.
 */
export function countedFiguresKnownAlike(claimText: string, claimLang: Language, passageText: string, passageLang: Language): boolean {
  const claimFigures = countedFigures(claimText, claimLang);
  if (claimFigures.length === 0) return false;
  const passageFigures = countedFigures(passageText, passageLang);
  return claimFigures.every((mine) => {
    const known = mine.things.filter((t) => t.startsWith('c:'));
    if (known.length === 0) return false;
    return passageFigures.some((theirs) => theirs.value === mine.value && theirs.unit === mine.unit && known.every((t) => theirs.things.includes(t)));
  });
}

/**
 * Whether every counted figure of the claim is found in the passage as the same value of the same
 * thing ("two data cables", not "two new patrol ships"). Figures the passage does not count, or
 * counts as a thing that cannot be compared across the languages, are left to the other rules.
 */
export function countedFiguresConfirmed(claimText: string, claimLang: Language, passageText: string, passageLang: Language): boolean {
  const claimFigures = countedFigures(claimText, claimLang);
  if (claimFigures.length === 0) return true;
  const passageFigures = countedFigures(passageText, passageLang);
  return claimFigures.every((mine) => {
    const same = passageFigures.filter((theirs) => theirs.value === mine.value && theirs.unit === mine.unit);
    if (same.length === 0) return true; // the value is elsewhere or written otherwise: the number rule decides
    return same.some((theirs) => {
      // "3,000 employees went on strike" is not confirmed by "3,000 employees signed a petition"
      if (PREDICATE_IDS.some((id) => mine.things.includes(`c:${id}`) && !theirs.things.includes(`c:${id}`))) return false;
      if (mine.things.some((t) => theirs.things.includes(t))) return true;
      // across languages only known things can be matched: an unknown one is no evidence either way
      return claimLang !== passageLang && (mine.things.every((t) => !t.startsWith('c:')) || theirs.things.every((t) => !t.startsWith('c:')));
    });
  });
}
