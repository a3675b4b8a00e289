import type { Language } from '../text/index.js';
import { CLAIM_REFERENCES, DISMISSIVE_LABELS } from './cue-lexicon.js';
import { dismissiveLabelIn, findCues, type Cue } from './cues.js';
import { nonStatementSpans, overlapsAny } from './masks.js';
import { prepareSentence, type SentenceTokens, type Span } from './sentence-tokens.js';

/** Why a statement counts as a denial, and where the cue is (offsets into the sentence). */
export interface DenialCue {
  kind: 'verb' | 'quote' | 'predicate';
  text: string;
  start: number;
  end: number;
  /** The denial is said of "das"/"that", what was said just before ("Das stimmt nicht"). */
  pointsBack?: boolean;
}

/** Quoted answers that are a denial all by themselves: „Nein“, "No.", "Unsinn!". */
const BARE_NO = /^\W*(?:nein|no|nope|falsch|false|unsinn|nonsense|quatsch|absolut nicht|absolutely not|definitely not|auf keinen fall)\W*$/iu;
/** Inside a quotation a label denies when it is predicated ("das ist Propaganda") or spread ("verbreiten Desinformation"). */
const QUOTE_FRAME: Record<Language, RegExp> = {
  de: /\b(?:ist|sind|sei|seien|war|waren|bleibt|nennen|verbreite[nt]?|verbreitet|streuen|streut)\b/iu,
  en: /\b(?:is|are|was|were|remains|spread|spreads|spreading|peddl\w*|call)\b|\b(?:it|this|that)'s\b/iu,
};
/** A quotation of at most this many words that contains a dismissive label is a denial without further frame. */
export const DEFAULT_SHORT_QUOTE_WORDS = 10;

const REFERENCE_PREDICATE: Record<Language, RegExp> = {
  de: new RegExp(`(?<![\\p{L}])(?:${[...CLAIM_REFERENCES.de].join('|')})(?![\\p{L}])[^.;]{0,50}?\\b(?:ist|sind|sei|seien|war|waren|wären)\\b`, 'iu'),
  en: new RegExp(`(?<![\\p{L}])(?:${[...CLAIM_REFERENCES.en].join('|')})(?![\\p{L}])[^.;]{0,50}?\\b(?:is|are|was|were|had been)\\b`, 'iu'),
};

/**
 * "Es gibt keine Beweise dafür", "there is no evidence for those claims": denying that a statement holds
 * by saying nothing bears it out. Only when what it is evidence for is a statement ("dafür", "für das",
 * "für die Vorwürfe", "for that", "to support the claims"): "no evidence of any attack" is a finding of
 * one's own, not an answer.
 */
const NO_EVIDENCE: Record<Language, RegExp> = {
  de: /(?<![\p{L}])(?:keine(?:rlei)?\s+(?:beweise|belege)|keinen\s+(?:beweis|beleg))\s+(dafür|für)(?![\p{L}])/iu,
  en: /(?<![\p{L}])no\s+(?:evidence|proof)\s+(for|of|to\s+support|to\s+back(?:\s+up)?)(?![\p{L}])/iu,
};
/** What may stand between "keine Beweise für" and the statement: an article or a demonstrative ("für die Behauptung"). */
const STATEMENT_DETERMINERS = new Set(['die', 'den', 'der', 'diese', 'diesen', 'dieser', 'solche', 'the', 'these', 'those', 'such', 'any', 'their', 'its', 'his', 'her']);
const STATEMENT_PRONOUNS = new Set(['das', 'dies', 'this', 'that', 'it', 'them']);

function noEvidenceDenial(text: string, lang: Language, masks: readonly Span[]): DenialCue | null {
  const m = NO_EVIDENCE[lang].exec(text);
  if (!m || overlapsAny(m.index, m.index + m[0].length, masks)) return null;
  const cue = (): DenialCue => ({ kind: 'predicate', text: m[0], start: m.index, end: m.index + m[0].length });
  if (m[1].toLowerCase() === 'dafür') return cue();
  const words = text.slice(m.index + m[0].length).split(/\s+/).filter(Boolean).slice(0, 3).map((w) => w.toLowerCase());
  const bare = (w: string | undefined): string => (w ?? '').replace(/[^\p{L}]+$/u, '');
  // "für das, sagte …": the pronoun ends the phrase; "für das Schiff" is about the ship
  if (STATEMENT_PRONOUNS.has(bare(words[0])) && (words[0] !== bare(words[0]) || words.length === 1)) return cue();
  const noun = STATEMENT_DETERMINERS.has(words[0] ?? '') ? bare(words[1]) : bare(words[0]);
  return CLAIM_REFERENCES[lang].has(noun) && noun !== 'it' && noun !== 'this' ? cue() : null;
}

/** Labels that deny when predicated of a statement, too plain to deny anywhere else ("nicht richtig", "wrong"). */
const PREDICATE_LABELS: Record<Language, string> = {
  de: 'nicht richtig|nicht korrekt|nicht zutreffend|unzutreffend',
  en: 'wrong|not correct|not the case|not so',
};
const INTENSIFIERS: Record<Language, string> = {
  de: '(?:schlicht(?:weg)?|einfach|völlig|absolut|so)\\s+',
  en: '(?:simply|just|completely|totally|absolutely|plainly)\\s+',
};
/**
 * "Das stimmt nicht", "Das ist falsch", "That is not the case", said as the statement itself (at the start
 * of the sentence or of its quotation, and ending its clause: not "that is not so simple"): a denial of
 * what was said just before.
 */
const THAT_IS_FALSE: Record<Language, RegExp> = {
  de: new RegExp(
    `^[„“"»«‚'\\s]*(?:das|dies)\\s+(?:(?:ist|sei|war|wäre)\\s+(?:${INTENSIFIERS.de})?(?:${DISMISSIVE_LABELS.de}|${PREDICATE_LABELS.de})|(?:stimmt|stimme|stimmte)\\s+(?:so\\s+|einfach\\s+)?nicht|(?:trifft|treffe)\\s+nicht\\s+zu)(?![\\p{L}])(?=\\s*(?:[,.;:!?„“”"»«’']|$))`,
    'iu',
  ),
  en: new RegExp(
    `^[“"‘'\\s]*(?:that|this)(?:\\s+(?:is|was)|'s|’s)\\s+(?:${INTENSIFIERS.en})?(?:${DISMISSIVE_LABELS.en}|${PREDICATE_LABELS.en})(?![\\p{L}])(?=\\s*(?:[,.;:!?„“”"»«’']|$))`,
    'iu',
  ),
};

function quoteDenial(s: SentenceTokens, q: Span, lang: Language, masks: readonly Span[]): DenialCue | null {
  const inner = s.text.slice(q.start + 1, Math.max(q.start + 1, q.end - 1));
  if (overlapsAny(q.start, q.end, masks) && !BARE_NO.test(inner)) return null;
  if (BARE_NO.test(inner)) return { kind: 'quote', text: inner.replace(/\W+$/u, '').trim(), start: q.start, end: q.end };
  const label = dismissiveLabelIn(inner, lang);
  if (!label) return null;
  const words = inner.split(/\s+/).filter(Boolean).length;
  const before = inner.slice(Math.max(0, label.index - 40), label.index);
  if (words <= DEFAULT_SHORT_QUOTE_WORDS || QUOTE_FRAME[lang].test(before)) {
    const start = q.start + 1 + label.index;
    return { kind: 'quote', text: label[0], start, end: start + label[0].length };
  }
  return null;
}

/**
 * The denial in an attributed sentence, or null. Denials are: denial verbs ("bestritt", "dementierte",
 * "wies … zurück", "denied", "refuted", "rejected the report"); labelling a statement as false
 * ("sprach von Desinformation", "called it baseless"); a quoted "Nein"/"No"; a quotation that calls
 * something disinformation or lies; "der Bericht sei falsch" / "the report was false"; "es gebe keine
 * Beweise dafür" / "there is no evidence for those claims".
 * Refusals to comment, failures to confirm and negated denials are not denials.
 */
export function findDenialIn(s: SentenceTokens, lang: Language, cues: readonly Cue[], masks: readonly Span[]): DenialCue | null {
  for (const cue of cues) {
    if (!cue.denial) continue;
    const t = s.tokens[cue.at];
    return { kind: 'verb', text: cue.text, start: t.start, end: t.end };
  }
  for (const q of s.quotes) {
    const d = quoteDenial(s, q, lang, masks);
    if (d) return d;
  }
  const evidence = noEvidenceDenial(s.text, lang, masks);
  if (evidence) return evidence;
  const thatFalse = THAT_IS_FALSE[lang].exec(s.text);
  if (thatFalse && !overlapsAny(0, thatFalse[0].length, masks)) {
    const start = thatFalse[0].length - thatFalse[0].trimStart().length;
    return { kind: 'predicate', text: thatFalse[0].trim().replace(/^[„“"»«‚'‘]+/u, ''), start, end: thatFalse[0].length, pointsBack: true };
  }
  const unquoted = maskQuotes(s.text, s.quotes);
  const m = REFERENCE_PREDICATE[lang].exec(unquoted);
  if (m) {
    const label = dismissiveLabelIn(unquoted.slice(m.index + m[0].length, m.index + m[0].length + 40), lang);
    if (label) {
      const start = m.index + m[0].length + label.index;
      if (!overlapsAny(start, start + label[0].length, masks)) {
        return { kind: 'predicate', text: label[0], start, end: start + label[0].length };
      }
    }
  }
  return null;
}

function maskQuotes(text: string, quotes: readonly Span[]): string {
  let out = text;
  for (const q of quotes) out = out.slice(0, q.start) + ' '.repeat(q.end - q.start) + out.slice(q.end);
  return out;
}

/** Convenience for one sentence: its denial cue, or null. */
export function findDenial(sentence: string, lang: Language): DenialCue | null {
  const s = prepareSentence(sentence);
  const masks = nonStatementSpans(sentence, lang);
  return findDenialIn(s, lang, findCues(s, lang, masks), masks);
}
