/**
 * The comparison key of a figure the quantity rules cannot key (measure or subject unknown):
 * "40 drones shot down", "1.200 Menschen evakuiert", "Schäden von 300 Millionen Euro". Two such
 * figures are compared only when everything that decides what they count agrees:
 *  - the thing counted, read as corroboration reads it (quantities/counted-figures.ts): the noun's
 *    concept or stem, with the words that narrow it ("insured damage", "Legehennen") as part of it;
 *  - what was done with it (quantities/figure-events.ts): drones launched are not drones shot down;
 *  - the subject: the quantity rules', else the one place or country the claim names
 *    (quantities/figure-subject.ts);
 *  - the unit, and any time named next to the figure ("im Oktober", "last year").
 * Any part unknown where it matters (no thing, no subject, a count without an event) gives no key,
 * so the figure is compared with nothing: a missed clash costs less than a false one. Money needs
 * no event: its noun ("Schäden", "fine") already says what the amount is.
 * Pure: no framework, no database.
 */
import { countedFigures, type CountedFigure } from '../quantities/counted-figures.js';
import { equipmentKind } from '../quantities/equipment-kinds.js';
import { eventLabel, isEventWord } from '../quantities/figure-events.js';
import { subjectOfText } from '../quantities/figure-subject.js';
import type { Language, Quantity } from '../quantities/quantity.js';
import { stem } from '../text/index.js';

const PREFIX = 'counted';
const SEPARATOR = '|';

/** The counted figure the quantity is: the one whose number starts inside the quantity's span. */
function figureOf(text: string, q: Quantity, language: Language): CountedFigure | null {
  return countedFigures(text, language).find((f) => f.start >= q.start && f.start < q.end) ?? null;
}

/** The words that narrow the thing, as stems, without a verb a money phrase may have taken for one ("caused damage"). */
function narrowing(f: CountedFigure, language: Language): string[] {
  const words = f.modifierWords.filter((w) => !isEventWord(w)).map((w) => stem(w, language));
  if (f.headPrefix !== null) words.push(f.headPrefix);
  return [...new Set(words)].sort();
}

/** "counted|<thing>+<narrowing>|<event>|<subject>|<unit>|<times>", or null when the figure cannot be compared. */
export function countedKey(text: string, q: Quantity, language: Language): string | null {
  if (q.measure === 'share' || q.unit === 'percent' || q.unit === 'percentage_point' || q.unit === 'ratio') return null;
  const f = figureOf(text, q, language);
  if (f === null || !f.head) return null;
  // a plain count is a count; money must be the same currency the quantity rules read
  if ((f.unit === null && q.unit !== 'count') || (f.unit !== null && f.unit !== q.unit)) return null;
  // a count says what it counts only with what happened to it: "50.000 Menschen leben in Passau"
  // and "20.000 Menschen arbeiten dort" name verbs the list does not know, and must not meet
  if (q.unit === 'count' && f.event === null) return null;
  const subject = q.subject ?? subjectOfText(text, language);
  if (subject === null) return null;
  // the narrowing words are stems of one language: kept with it, so they meet only their own
  const narrowed = narrowing(f, language).map((w) => `+${language}:${w}`).join('');
  const times = [...new Set(f.times)].sort().join(',');
  return [PREFIX, `${f.head}${narrowed}`, f.event ?? '-', subject, q.unit, times].join(SEPARATOR);
}

/**
 * The quantity rules' key of an equipment figure narrowed to what it counts: the kind of equipment
 * and what was done with it ("equipment|RU|count|tank|e:destroyed"), so Russia's 40 drones
 * launched never meet 25 Russian drones shot down, nor 300 tanks lost. A figure whose kind the text
 * does not name keeps the measure's key, as a fact-checker's correction may have set it.
 */
export function equipmentKey(text: string, q: Quantity, language: Language, key: string): string {
  const f = figureOf(text, q, language);
  const kind = f?.headWord ? equipmentKind(f.headWord, language) : null;
  if (f === null || kind === null) return key;
  return [key, kind, f.event ?? '-'].join(SEPARATOR);
}

/** Whether a comparison key is a counted figure's (and so `describeCountedKey` reads it). */
export function isCountedKey(key: string | null | undefined): key is string {
  return typeof key === 'string' && key.startsWith(`${PREFIX}${SEPARATOR}`);
}

/** What an equipment key narrowed by `equipmentKey` says it counts ("tank, lost"); null for any other key. */
export function describeEquipmentKey(key: string | null | undefined): string | null {
  if (typeof key !== 'string' || !key.startsWith(`equipment${SEPARATOR}`)) return null;
  const [, , , kind, event] = key.split(SEPARATOR);
  if (kind === undefined) return null;
  return event === undefined || event === '-' ? kind : `${kind}, ${eventLabel(event)}`;
}

/**
 * What a counted figure's key says it counts, in English for an explanation:
 * "cable, damaged, in Ostsee" or "raket…, launched, YE".
 */
export function describeCountedKey(key: string): string {
  const [, thing, event, subject] = key.split(SEPARATOR);
  const [head] = thing.split('+');
  // a thing known in both languages by its English name, any other by its stem ("drohn…")
  const counted = head.startsWith('c:') ? head.slice(2) : `${head.slice(3)}…`;
  const narrowed = thing.includes('+') ? ' as narrowed in the claim' : '';
  const done = event === '-' ? '' : `, ${eventLabel(event)}`;
  const about = subject.startsWith('place:') ? `in ${subject.slice('place:'.length).replace(/(?<![\p{L}])\p{Ll}/gu, (c) => c.toUpperCase())}` : subject;
  return `${counted}${narrowed}${done}, ${about}`;
}
