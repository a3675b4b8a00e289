/**
 * Words that turn a statement around: denials ("dementiert", "denies",
 * "Desinformation") and plain negation ("nicht", "did not").
 *
 * Denials reach over the whole passage: "Peking bestreitet, dass …" puts its
 * cue in one clause and the content in the next. Negation only counts in a
 * clause that shares a term with the claim, because news sentences are full
 * of unrelated negations ("es ist nicht klar, …", "officials would not say …").
 */
import { contentTerms, type Language } from '../text/index.js';

export type CueKind = 'denial' | 'negation';

export interface Cue {
  kind: CueKind;
  /** The cue as written in the text. */
  text: string;
  start: number;
  end: number;
}

const W = '[\\p{L}\\p{N}]';
const before = `(?<!${W})`;
const after = `(?!${W})`;
const re = (source: string) => new RegExp(`${before}(?:${source})${after}`, 'giu');

const DENIALS: Record<Language, RegExp[]> = {
  de: [
    re('bestreit\\p{L}*|bestritt\\p{L}*'),
    re('dementi\\p{L}*'),
    // "weist … zurück" is one verb split around its object.
    re('(?:weist|wies|wiesen|weisen|weise)(?:[^.!?;]{0,80}?)\\szurück'),
    re('zurückgewiesen|zurückzuweisen|zurückweis\\p{L}*'),
    re('(?:des|falsch|fehl)information\\p{L}*|falschmeldung\\p{L}*|fake[- ]news|propaganda'),
    re('lüge|lügen|gelogen|haltlos\\p{L}*|unwahr\\p{L}*|frei erfunden|erfunden'),
    re('(?:ist|sei|seien|sind|war|wäre|als)\\s+(?:\\p{L}+\\s+)?falsch\\p{L}*'),
    re('(?:stimmt|stimme|stimmen|stimmte|trifft)\\s+nicht'),
    re('nicht\\s+(?:wahr|zutreffend|korrekt|richtig)'),
  ],
  en: [
    re('den(?:y|ies|ied|ying|ial|ials)'),
    re('reject(?:s|ed|ing)?|rebuff(?:s|ed)?|refut(?:e|es|ed|ing)'),
    re('dismiss(?:es|ed|ing)?(?:[^.!?;]{0,80}?)\\sas'),
    re('(?:dis|mis)information|fake news|propaganda'),
    re('baseless|groundless|unfounded|untrue|fabricat(?:ed|ion|ions)'),
    // "false" only as a verdict on something ("is false", "as a false report"), not "false stories" in general.
    re('(?:is|are|was|were|as|be|been)\\s+(?:\\p{L}+\\s+)?false'),
    re('not\\s+(?:true|accurate|correct)'),
  ],
};

/**
 * Negations that leave a statement open rather than deny it: "nicht klar",
 * "would not say", "did not confirm". They are the commonest "not" in news
 * copy and must not read as a contradiction.
 */
const NON_COMMITTAL: Record<Language, string> = {
  de: '(?:\\s+\\p{L}+)?\\s+(?:klar|bekannt|sicher|sagen|gesagt|äußern|geäußert|bestätigen|bestätigt|kommentieren|mitteilen|näher)',
  en: '(?:\\s+\\p{L}+)?\\s+(?:clear|known|sure|certain|say|said|comment|commented|confirm|confirmed|elaborate|specify|disclose|immediately)',
};

const NEGATIONS: Record<Language, RegExp[]> = {
  // "nicht nur"/"nicht zuletzt" add rather than deny.
  de: [
    re(`nicht(?!\\s+(?:nur|zuletzt)(?!\\p{L}))(?!${NON_COMMITTAL.de}(?!\\p{L}))`),
    re('kein(?:e|en|em|er|es)?'),
    re('nie|niemals|keineswegs'),
  ],
  // "not only" adds; "whether or not" leaves open; "no doubt" affirms.
  en: [
    re(`(?<!or\\s)(?:not|never|\\p{L}+n[’']t)(?!\\s+only(?!\\p{L}))(?!${NON_COMMITTAL.en}(?!\\p{L}))`),
    re('no(?!\\s+doubt(?!\\p{L}))|none|neither|nor'),
  ],
};

function findAll(patterns: RegExp[], text: string, kind: CueKind): Cue[] {
  const cues: Cue[] = [];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      cues.push({ kind, text: m[0], start: m.index, end: m.index + m[0].length });
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}

export function findDenialCues(text: string, lang: Language): Cue[] {
  return findAll(DENIALS[lang], text, 'denial');
}

export function findNegationCues(text: string, lang: Language): Cue[] {
  // A negation inside a denial phrase ("stimmt nicht", "not true") is already counted as the denial.
  const denials = findDenialCues(text, lang);
  return findAll(NEGATIONS[lang], text, 'negation').filter(
    (cue) => !denials.some((d) => cue.start >= d.start && cue.end <= d.end),
  );
}

/**
 * Clause boundaries: punctuation that ends a clause, and dashes used as such;
 * not the separators inside "5.000", "9,2" or "U.S.".
 */
const CLAUSE_BREAK = /,(?!\d)|[;:!?()\u2013\u2014]|\.(?=\s|$)|\s-\s/gu;

function clauseAround(text: string, cue: Cue): string {
  let start = 0;
  let end = text.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m !== null; m = CLAUSE_BREAK.exec(text)) {
    if (m.index < cue.start) start = m.index + m[0].length;
    else if (m.index >= cue.end) {
      end = m.index;
      break;
    }
  }
  return text.slice(start, end);
}

/**
 * The cue that makes the text say "no" about the given subject matter, or null
 * when it affirms. Denials win over negations because they are the stronger signal.
 */
export function reversingCue(text: string, lang: Language, subjectTerms: ReadonlySet<string>): Cue | null {
  const denial = findDenialCues(text, lang)[0];
  if (denial) return denial;
  for (const cue of findNegationCues(text, lang)) {
    if (contentTerms(clauseAround(text, cue), lang).some((term) => subjectTerms.has(term))) return cue;
  }
  return null;
}
