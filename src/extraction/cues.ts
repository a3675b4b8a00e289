import type { Language } from '../text/index.js';
import {
  CLAIM_REFERENCES,
  DISMISSIVE_LABELS,
  DISPUTING_LABELS,
  GERMAN_AUXILIARIES,
  REPORTING_VERBS,
  type VerbEntry,
} from './cue-lexicon.js';
import { overlapsAny } from './masks.js';
import { boundaryBefore, type SentenceTokens, type Span } from './sentence-tokens.js';

/**
 * Where a statement is attributed:
 * - verb: a reporting or denial verb; the claimant is its subject ("X sagte", "said X");
 * - according: a phrase followed by the claimant ("laut X", "nach Angaben von X", "according to X", ", so X");
 * - zufolge: a postposition preceded by the claimant ("X zufolge").
 */
export interface Cue {
  kind: 'verb' | 'according' | 'zufolge';
  /** Token index of the cue word (for verbs: the finite verb or auxiliary the subject goes with). */
  at: number;
  /** Token index after the whole cue phrase (after a separable particle, after "according to"). */
  after: number;
  denial: boolean;
  /** Token index of the word that closes a German verb bracket ("teilte … mit", "hat … vorgeworfen"), if any. */
  particle?: number;
  /** The cue as written, e.g. "teilte mit", "sprach von Desinformation", "according to". */
  text: string;
  /** A participle that shares the subject of the sentence's first clause ("…, saying …"). */
  sharedSubject?: boolean;
}

const LABEL_PATTERNS: Record<Language, RegExp> = {
  de: new RegExp(`(?<![\\p{L}])(?:${DISMISSIVE_LABELS.de})(?![\\p{L}])`, 'iu'),
  en: new RegExp(`(?<![\\p{L}])(?:${DISMISSIVE_LABELS.en})(?![\\p{L}])`, 'iu'),
};

export function dismissiveLabelIn(text: string, lang: Language): RegExpExecArray | null {
  return LABEL_PATTERNS[lang].exec(text);
}

const HELD_FOR_PATTERNS: Record<Language, RegExp> = {
  de: new RegExp(`(?<![\\p{L}])(?:${DISMISSIVE_LABELS.de}|${DISPUTING_LABELS.de})(?![\\p{L}])`, 'iu'),
  en: new RegExp(`(?<![\\p{L}])(?:${DISMISSIVE_LABELS.en}|${DISPUTING_LABELS.en})(?![\\p{L}])`, 'iu'),
};

const ANGABEN_NOUNS = new Set([
  'angaben', 'ansicht', 'einschätzung', 'worten', 'informationen', 'darstellung', 'auffassung', 'schätzung', 'schätzungen',
  'recherchen', 'erkenntnissen', 'berechnungen', 'zählung', 'zählungen', 'daten', 'zahlen',
]);

/** Index of the last token of the clause that token i belongs to. */
export function clauseEnd(s: SentenceTokens, i: number): number {
  let j = i;
  while (j + 1 < s.tokens.length && !boundaryBefore(s, j + 1)) j++;
  return j;
}

/** Index of the first token of the clause that token i belongs to. */
export function clauseStart(s: SentenceTokens, i: number): number {
  let j = i;
  while (j > 0 && !boundaryBefore(s, j)) j--;
  return j;
}

/** Text from the end of token i to the end of its sentence-level clause (up to ";" or the end), at most `max` chars. */
function restOfClause(s: SentenceTokens, i: number, max = 120): string {
  const from = s.tokens[i].end;
  const stop = s.text.slice(from).search(/[;.!?](?:\s|$)/);
  return s.text.slice(from, stop < 0 ? Math.min(s.text.length, from + max) : Math.min(from + stop, from + max));
}

/** Words that may stand between a held statement and its label: "hält das für völlig haltlos", "regarded the claims as baseless". */
const BEFORE_HELD_LABEL = /^\s*(?:as\s+)?(?:(?:völlig|absolut|schlicht|glatt|totally|completely|entirely|simply|wholly|utterly)\s+)?/iu;

/**
 * The label a statement is held for, standing right after it ("hält die Zahl für übertrieben", "considers it
 * false"): a dismissive or a disputing label. Not one further on, which labels something else ("hält das für
 * ein falsches Signal").
 */
function heldForLabelIn(text: string, lang: Language): RegExpExecArray | null {
  const lead = BEFORE_HELD_LABEL.exec(text)?.[0].length ?? 0;
  const label = HELD_FOR_PATTERNS[lang].exec(text.slice(lead));
  if (!label || label.index !== 0) return null;
  label.index += lead;
  return label;
}

/** Pronouns that stand for what was said as the object of a labelling verb ("hält das für Unsinn", "considers it false"). */
const STATEMENT_PRONOUNS = new Set(['das', 'dies', 'es', 'this', 'that', 'it']);

/** The first token in [from, to) that is a word for a statement ("den Bericht", "die Zahlen", "das", "the claims", "it"), or -1. */
function claimObjectIn(s: SentenceTokens, from: number, to: number, lang: Language): number {
  for (let j = from; j < to && j < s.tokens.length; j++) if (CLAIM_REFERENCES[lang].has(s.lower[j]) || STATEMENT_PRONOUNS.has(s.lower[j])) return j;
  return -1;
}

function readVerb(s: SentenceTokens, i: number, entry: VerbEntry, lang: Language): Cue | null {
  const word = s.tokens[i].token;
  const denial = entry.denial === true;
  if (entry.particle) {
    // The particle closes the clause: "teilte am Montag mit, dass …", "wies die Vorwürfe zurück."
    const end = clauseEnd(s, i);
    for (let j = i + 1; j <= end; j++) {
      if (s.lower[j] !== entry.particle || s.quoted[j]) continue;
      // machine-translated word order keeps a denial's particle beside its verb: "wies zurück die Vorwürfe"
      const garbled = denial && j === i + 1;
      const closes = j === end || s.lower[j + 1] === 'dass' || garbled;
      if (closes) return { kind: 'verb', at: i, after: j + 1, denial, particle: j, text: `${word} ${s.tokens[j].token}` };
    }
    return null;
  }
  if (entry.preposition) {
    const end = Math.min(clauseEnd(s, i), i + 5);
    for (let j = i + 1; j <= end; j++) {
      if (s.lower[j] !== entry.preposition) continue;
      if (entry.needsClaimObject && claimObjectIn(s, i + 1, j, lang) < 0) return null;
      const rest = restOfClause(s, j, 60);
      const label = entry.needsClaimObject ? heldForLabelIn(rest, lang) : dismissiveLabelIn(rest, lang);
      if (label) return { kind: 'verb', at: i, after: j + 1, denial: true, text: `${word} ${s.tokens[j].token} ${label[0]}` };
      if (entry.labels) return null; // "hält es für möglich" reports no statement
      return { kind: 'verb', at: i, after: j + 1, denial, text: `${word} ${s.tokens[j].token}` };
    }
    return null;
  }
  if (entry.participle) {
    for (let j = i - 1; j >= 0; j--) {
      if (GERMAN_AUXILIARIES.has(s.lower[j]) && !s.quoted[j]) {
        return { kind: 'verb', at: j, after: i + 1, denial, particle: i, text: `${s.tokens[j].token} ${word}` };
      }
      if (boundaryBefore(s, j)) break;
    }
    return null;
  }
  if (entry.labels) {
    if (entry.needsClaimObject) {
      // "considers the figures exaggerated": the label right after the statement held for it
      const object = claimObjectIn(s, i + 1, Math.min(clauseEnd(s, i), i + 6) + 1, lang);
      const held = object < 0 ? null : heldForLabelIn(restOfClause(s, object), lang);
      return held ? { kind: 'verb', at: i, after: i + 1, denial: true, text: `${word} ${held[0]}` } : null;
    }
    const label = dismissiveLabelIn(restOfClause(s, i), lang);
    return label ? { kind: 'verb', at: i, after: i + 1, denial: true, text: `${word} ${label[0]}` } : null;
  }
  if (entry.sharedSubject) {
    if (i < 2 || !/,/.test(s.gaps[i])) return null; // "saying" only opens a statement after the clause it continues
    return { kind: 'verb', at: i, after: i + 1, denial, text: word, sharedSubject: true };
  }
  if (entry.nounToo) {
    // "claims" is a verb after a name ("Ukraine claims the …") or before "that"; after "the" it is a noun.
    const next = s.lower[i + 1];
    const prev = i > 0 ? s.words[i - 1] : '';
    const afterName = /^\p{Lu}/u.test(prev) && !boundaryBefore(s, i) && (s.entityTokens.has(i - 1) || i - 1 === 0 || boundaryBefore(s, i - 1));
    const nextFits = next === undefined || next === 'that' || /^(?:the|a|an|its|his|her|their)$/.test(next) || /^[\p{Lu}\d]/u.test(s.words[i + 1] ?? '');
    if (next !== 'that' && !/:/.test(s.gaps[i + 1] ?? '') && !(afterName && nextFits)) return null;
  }
  if (entry.needsClaimObject) {
    // "the disputed figures": after a determiner the participle describes a noun, nobody rejects anything
    if (i > 0 && /^(?:the|a|an|its|their|his|her|these|those|this|that)$/.test(s.lower[i - 1])) return null;
    const end = Math.min(clauseEnd(s, i), i + 6);
    const refs = CLAIM_REFERENCES[lang];
    let ok = dismissiveLabelIn(restOfClause(s, i, 80), lang) !== null;
    for (let j = i + 1; j <= end && !ok; j++) ok = refs.has(s.lower[j]);
    if (!ok) return null;
  }
  return { kind: 'verb', at: i, after: i + 1, denial, text: word };
}

/** All attribution cues of a sentence outside quotations and outside spans that state nothing, in text order. */
export function findCues(s: SentenceTokens, lang: Language, masks: readonly Span[]): Cue[] {
  const out: Cue[] = [];
  const verbs = REPORTING_VERBS[lang];
  for (let i = 0; i < s.tokens.length; i++) {
    if (s.quoted[i] || overlapsAny(s.tokens[i].start, s.tokens[i].end, masks)) continue;
    const w = s.lower[i];
    if (lang === 'de') {
      if (w === 'laut' && i + 1 < s.tokens.length) {
        out.push({ kind: 'according', at: i, after: i + 1, denial: false, text: s.tokens[i].token });
        continue;
      }
      // "nach Angaben", also with an adjective between: "nach ersten Schätzungen", "nach offiziellen Angaben"
      // ("nach eigenen Angaben" names no one: the speaker is the sentence's subject)
      const adjective =
        /^\p{Ll}+(?:en|er|em)$/u.test(s.words[i + 1] ?? '') && !/^eigen/u.test(s.lower[i + 1]) && ANGABEN_NOUNS.has(s.lower[i + 2] ?? '') ? 1 : 0;
      if (w === 'nach' && ANGABEN_NOUNS.has(s.lower[i + 1 + adjective] ?? '')) {
        const noun = i + 1 + adjective;
        const after = s.lower[noun + 1] === 'von' || s.lower[noun + 1] === 'vom' ? noun + 2 : noun + 1;
        out.push({ kind: 'according', at: i, after, denial: false, text: s.tokens.slice(i, noun + 1).map((t) => t.token).join(' ') });
        i = after - 1;
        continue;
      }
      if (w === 'zufolge' && i > 0) {
        out.push({ kind: 'zufolge', at: i, after: i + 1, denial: false, text: s.tokens[i].token });
        continue;
      }
      // "Das geht aus Zahlen der Hafengesellschaft hervor": the source follows "aus".
      if (w === 'aus' && i + 1 < s.tokens.length && s.lower[clauseEnd(s, i)] === 'hervor' && /^(?:geht|ging|gehen|gingen)$/.test(s.lower[i - 1] ?? '')) {
        out.push({ kind: 'according', at: i, after: i + 1, denial: false, text: `${s.tokens[i - 1].token} aus hervor` });
        continue;
      }
      // ", so der Sprecher." — the claimant closes the sentence.
      if (w === 'so' && i > 0 && /,\s*$/.test(s.gaps[i]) && clauseEnd(s, i) === s.tokens.length - 1 && i + 1 < s.tokens.length) {
        out.push({ kind: 'according', at: i, after: i + 1, denial: false, text: s.tokens[i].token });
        continue;
      }
    } else if (w === 'according' && s.lower[i + 1] === 'to') {
      out.push({ kind: 'according', at: i, after: i + 2, denial: false, text: `${s.tokens[i].token} to` });
      i++;
      continue;
    }
    const entries = verbs.get(w);
    if (!entries) continue;
    for (const entry of entries) {
      const cue = readVerb(s, i, entry, lang);
      if (cue) {
        out.push(cue);
        break;
      }
    }
  }
  return out;
}
