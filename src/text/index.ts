/** Shared text utilities for German and English news text. Pure functions and data. */
export type { Language } from './language.js';
export { LANGUAGES } from './language.js';
export { tokenize, isNumberToken, type Token } from './tokenize.js';
export { normalise } from './normalise.js';
export { stem, DEFAULT_STEM_CACHE_SIZE } from './stem.js';
export { STOPWORDS, isStopword } from './stopwords.js';
export { entityOf, findEntities, type EntityMatch, type EntitySpan, type EntityKind } from './entities.js';
export { ENTITY_ALIASES, type EntityAliases, type AliasGroup } from './entity-aliases.js';
export { canonicalNumber, scaleOf } from './numbers.js';
export { contentTerms, DEFAULT_MIN_TERM_LENGTH } from './content-terms.js';
export { detectLanguage, DEFAULT_LANGUAGE, DEFAULT_TRIGRAM_MIN_LENGTH } from './detect-language.js';
