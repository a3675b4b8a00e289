/**
 * Quantities in German and English text: "zwischen 5.000 und 9.000 russische Soldaten" →
 * {min: 5000, max: 9000, qualifier: "range", unit: "count", measure: "troops", subject: "RU"}.
 * Pure domain code: no framework imports.
 */
import { carryUnits } from './carry.js';
import { classifyMatches, type ClassifyOptions, DEFAULT_CLASSIFY_OPTIONS } from './classify.js';
import { matchQuantities } from './parse.js';
import type { Quantity, QuantityContext } from './quantity.js';

export type { Language, Qualifier, Quantity, QuantityContext } from './quantity.js';
export { parseNumber, parseNumberExact } from './numbers.js';
export { matchQuantities, type QuantityMatch, type NumeralSpan, type MeasurementSpan } from './parse.js';
export { carryUnits } from './carry.js';
export { classifyMatches, DEFAULT_CLASSIFY_OPTIONS, type ClassifyOptions } from './classify.js';
export { COUNT_UNIT, PERCENT_UNIT, PERCENTAGE_POINT_UNIT, RATIO_UNIT } from './units.js';
export type { Measure } from './lexicon.js';

/** Every quantity in the text, sorted by start, spans not overlapping. Never throws on text. */
export function extractQuantities(text: string, ctx: QuantityContext, options: ClassifyOptions = DEFAULT_CLASSIFY_OPTIONS): Quantity[] {
  const { doc, matches, measurements } = matchQuantities(text, ctx.language);
  return classifyMatches(doc, carryUnits(doc, matches, ctx.language, measurements), ctx, options);
}
