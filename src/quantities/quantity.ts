/**
 * The shape of a quantity found in text, as the HTTP contract exposes it.
 * Pure domain type: no framework imports.
 */
export type Language = 'de' | 'en';

export type Qualifier =
  | 'exact'
  | 'approx'
  | 'range'
  | 'at_least'
  | 'more_than'
  | 'at_most'
  | 'less_than';

export interface Quantity {
  /** The span as written, e.g. "zwischen 5.000 und 9.000". */
  text: string;
  /** Offsets into the analysed text; `end` is exclusive. */
  start: number;
  end: number;
  /** Interval of possible values; null = unbounded on that side. */
  min: number | null;
  max: number | null;
  minInclusive: boolean;
  maxInclusive: boolean;
  qualifier: Qualifier;
  /** "count", "percent", ISO currency codes ("USD", "EUR", "GBP"), ... */
  unit: string;
  /** e.g. "killed", "wounded", "casualties", "troops", "aid", "share", "equipment"; null if unknown. */
  measure: string | null;
  /** ISO 3166 alpha-2 code of whom the figure is about, e.g. "RU"; null if unknown. */
  subject: string | null;
}

export interface QuantityContext {
  language: Language;
  /** Country of the claimant, used for "its own soldiers" and the like. */
  claimantCountry?: string | null;
}
