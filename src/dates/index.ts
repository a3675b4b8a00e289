/** Dates in German and English news text: datelines, and the day a reported statement was made. Pure. */
export { findDateExpressions, type DateExpression } from './date-expressions.js';
export { findDateline, type Dateline, type DatelineOptions } from './dateline.js';
export { statementDate, outside, type StatementDate, type TextSpan } from './statement-date.js';
