/**
 * A text reduced to what corroboration compares: entity ids, canonical numbers
 * and stems. Built on the shared text utilities, so a German claim and an
 * English passage meet on "ent_ru" and "5000" even where their words differ.
 */
import { contentTerms, type Language } from '../text/index.js';

export type TermKind = 'entity' | 'number' | 'stem';

export interface AnalysedText {
  language: Language;
  entities: ReadonlySet<string>;
  numbers: ReadonlySet<string>;
  stems: ReadonlySet<string>;
}

/** contentTerms writes entities as "ent_…" and numbers as canonical decimals; everything else is a stem. */
export function termKind(term: string): TermKind {
  if (term.startsWith('ent_')) return 'entity';
  if (/^\d/.test(term)) return 'number';
  return 'stem';
}

/** Stems this short are mostly leftovers of abbreviations and particles; they match everything. */
const MIN_STEM_LENGTH = 3;

export function analyseText(text: string, language: Language): AnalysedText {
  const entities = new Set<string>();
  const numbers = new Set<string>();
  const stems = new Set<string>();
  for (const term of contentTerms(text, language)) {
    const kind = termKind(term);
    if (kind === 'entity') entities.add(term);
    else if (kind === 'number') numbers.add(term);
    else if (term.length >= MIN_STEM_LENGTH) stems.add(term);
  }
  return { language, entities, numbers, stems };
}

/** Every term of the analysis, whatever its kind. */
export function allTerms(analysed: AnalysedText): Set<string> {
  return new Set([...analysed.entities, ...analysed.numbers, ...analysed.stems]);
}
