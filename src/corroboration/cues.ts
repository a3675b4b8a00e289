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

/**
 * denial and negation turn a statement around; withdrawn_denial is a denial that is itself negated
 * ("did not deny", "bestreitet nicht mehr"), which affirms what was denied; hedge leaves a statement
 * unconfirmed ("allegedly", "could not be verified", "angeblich").
 */
export type CueKind = 'denial' | 'negation' | 'withdrawn_denial' | 'hedge' | 'neutrality';

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

/**
 * Negated restraint affirms: "zeigt keine Zurückhaltung bei seiner Unterstützung", "ließ keinen
 * Zweifel", "no hesitation", "did not hesitate" say yes, emphatically.
 */
const AFFIRMING: Record<Language, string> = {
  de: '(?:\\s+\\p{L}+)?\\s+(?:zurückhaltung|zweifel|hehl|geheimnis|scheu|hemmungen|bedenken)',
  en: '(?:\\s+\\p{L}+)?\\s+(?:doubt|secret|hesitation|qualms|restraint|hesitate|hesitated|shy)',
};

const NEGATIONS: Record<Language, RegExp[]> = {
  // "nicht nur"/"nicht zuletzt" add rather than deny.
  de: [
    re(`nicht(?!\\s+(?:nur|zuletzt)(?!\\p{L}))(?!${NON_COMMITTAL.de}(?!\\p{L}))(?!${AFFIRMING.de}(?!\\p{L}))`),
    re(`kein(?:e|en|em|er|es)?(?!${AFFIRMING.de}(?!\\p{L}))`),
    re('nie|niemals|keineswegs'),
  ],
  // "not only" adds; "whether or not" leaves open; "no doubt" affirms.
  en: [
    re(`(?<!or\\s)(?:not|never|\\p{L}+n[’']t)(?!\\s+only(?!\\p{L}))(?!${NON_COMMITTAL.en}(?!\\p{L}))(?!${AFFIRMING.en}(?!\\p{L}))`),
    re(`(?:no|none|neither|nor)(?!${AFFIRMING.en}(?!\\p{L}))`),
  ],
};

/** Taking no side: "neutral", "Neutralität", "takes no sides", "keine Partei". */
const NEUTRALITY: Record<Language, RegExp[]> = {
  de: [re('neutral\\p{L}*|unparteiisch\\p{L}*|(?:ergreift|ergreife|ergreifen|ergriff)\\s+(?:\\p{L}+\\s+){0,2}?keine\\s+partei')],
  en: [re('neutral(?:ity)?|impartial(?:ity)?|(?:takes?|taking|took|taken)\\s+no\\s+sides?|(?:not|never)\\s+(?:taken?|taking|took)\\s+sides?')],
};

export function findNeutralityCues(text: string, lang: Language): Cue[] {
  return findAll(NEUTRALITY[lang], text, 'neutrality');
}

/**
 * Words that report a statement without vouching for it. A passage that only passes a statement on
 * as unconfirmed does not support it, however closely it repeats it.
 */
const HEDGES: Record<Language, RegExp[]> = {
  de: [
    re('angeblich\\p{L}*|mutmaßlich\\p{L}*|vermeintlich\\p{L}*|unbestätigt\\p{L}*|unbelegt\\p{L}*|gerüchteweise|gerüchten\\s+zufolge'),
    re('nicht\\s+(?:\\p{L}+\\s+)?(?:bestätig|überprüf|verifizier|belegt|nachprüf|nachweis|prüf)\\p{L}*'),
    re('(?:bestätigt|belegt|überprüft)\\s+(?:ist|sind|wurde|wurden)\\s+(?:das|dies|die zahl|die angabe)?\\s*nicht'),
    re('(?:soll|sollen|solle)\\s+(?:\\p{L}+\\s+){0,8}?(?:haben|sein|worden)'),
  ],
  en: [
    re('alleged(?:ly)?|purported(?:ly)?|reportedly|rumou?red(?:ly)?|unverified|unconfirmed|unsubstantiated'),
    re('(?:could|can|cannot|can\\s?not|could\\s+not|was\\s+not|were\\s+not|has\\s+not|have\\s+not|not)\\s+(?:\\p{L}+\\s+){0,2}?(?:confirm|confirmed|verify|verified|substantiate|substantiated|independently\\s+(?:confirmed|verified|checked))'),
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

/** A negation right before a denial ("did not deny", "nicht bestritten") or right after it ("bestreitet nicht mehr"). */
const NEGATED_BEFORE: Record<Language, RegExp> = {
  de: /(?<![\p{L}\p{N}])(?:nicht|nie|niemals|kein\p{L}*)(?:\s+\p{L}+){0,2}\s+$/iu,
  en: /(?<![\p{L}\p{N}])(?:not|never|no longer|\p{L}+n[’']t)(?:\s+\p{L}+){0,1}\s+$/iu,
};
const NEGATED_AFTER: Record<Language, RegExp> = {
  de: /^\s+(?:nicht|nie|niemals|nicht\s+mehr|keineswegs)(?![\p{L}\p{N}])/iu,
  en: /^(?!)/u,
};

function allDenials(text: string, lang: Language): Cue[] {
  return findAll(DENIALS[lang], text, 'denial').map((cue) =>
    NEGATED_BEFORE[lang].test(text.slice(Math.max(0, cue.start - 40), cue.start)) || NEGATED_AFTER[lang].test(text.slice(cue.end, cue.end + 20))
      ? { ...cue, kind: 'withdrawn_denial' as const }
      : cue,
  );
}

export function findDenialCues(text: string, lang: Language): Cue[] {
  return allDenials(text, lang).filter((cue) => cue.kind === 'denial');
}

/** Denials that are themselves negated: they affirm what was denied. */
export function findWithdrawnDenialCues(text: string, lang: Language): Cue[] {
  return allDenials(text, lang).filter((cue) => cue.kind === 'withdrawn_denial');
}

export function findHedgeCues(text: string, lang: Language): Cue[] {
  return findAll(HEDGES[lang], text, 'hedge');
}

export function findNegationCues(text: string, lang: Language): Cue[] {
  // A negation inside a denial phrase ("stimmt nicht", "not true") is already counted as the denial,
  // one that withdraws a denial ("did not deny") with it, and one in a hedge ("not confirmed") is no denial.
  const denials = allDenials(text, lang);
  const hedges = findHedgeCues(text, lang);
  const withdrawing = (cue: Cue, d: Cue): boolean => d.kind === 'withdrawn_denial' && cue.start >= d.start - 40 && cue.end <= d.end + 20;
  return findAll(NEGATIONS[lang], text, 'negation').filter(
    (cue) =>
      !denials.some((d) => (cue.start >= d.start && cue.end <= d.end) || withdrawing(cue, d)) &&
      !hedges.some((h) => cue.start >= h.start && cue.end <= h.end),
  );
}

/**
 * Clause boundaries: punctuation that ends a clause, and dashes used as such;
 * not the separators inside "5.000", "9,2" or "U.S.". For a negation's reach
 * a coordinating conjunction ends a clause too: in "Hungary blocked the package
 * and said it had no regrets" the "no" is about the regrets.
 */
const CLAUSE_BREAK = /,(?!\d)|[;:!?()\u2013\u2014]|\.(?=\s|$)|\s-\s|\s(?:and|but|while|whereas|und|aber|doch|während)(?=\s)/giu;

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
  const withdrawn = findWithdrawnDenialCues(text, lang)[0];
  if (withdrawn) return withdrawn;
  for (const cue of findNegationCues(text, lang)) {
    if (contentTerms(clauseAround(text, cue), lang).some((term) => subjectTerms.has(term))) return cue;
  }
  return null;
}
