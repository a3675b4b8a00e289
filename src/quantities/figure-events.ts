/**
 * What a clause says was done with the things a figure counts: "40 drones were shot down" and
 * "Russia launched 40 drones" count the same drones but not the same thing, so two such figures
 * never clash. Known events meet across German and English ("shot down" and "abgeschossen");
 * another verb is kept as its stem, which meets within one language only, and a clause that names
 * no verb gives no event. Reporting verbs ("said", "erklärte") are no event: they say who speaks,
 * not what happened.
 * Pure: no framework, no database.
 */
import { type Language, stem, tokenize } from '../text/index.js';

/** A pattern matched as whole words: JavaScript's \b does not see letters beyond ASCII ("zerstört"). */
const word = (alternatives: string): RegExp => new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, 'iu');

const EVENTS: Array<{ id: string; re: RegExp }> = [
  { id: 'shot_down', re: word(String.raw`shot\s+down|shoots?\s+down|downed|abgeschossen|abschuss|abschießen|schoss\p{L}*\s+ab`) },
  { id: 'intercepted', re: word(String.raw`intercept\p{L}*|abgefangen|fing\p{L}*\s+ab`) },
  { id: 'launched', re: word(String.raw`launch\p{L}*|fired|fires|abgefeuert|gestartet|startete\p{L}*|feuerte\p{L}*`) },
  { id: 'killed', re: word(String.raw`killed|died|dies|dead|deaths|culled|getötet|gekeult|gestorben|starb|starben|tote|toten|umgekommen|ums\s+leben`) },
  { id: 'injured', re: word(String.raw`injur\p{L}*|wounded|hurt|verletzt\p{L}*|verwundet\p{L}*`) },
  { id: 'evacuated', re: word(String.raw`evacuat\p{L}*|evakuiert\p{L}*|in\s+sicherheit\s+gebracht`) },
  { id: 'rescued', re: word(String.raw`rescued|saved|gerettet|geborgen`) },
  { id: 'missing', re: word(String.raw`missing|vermisst\p{L}*`) },
  { id: 'arrested', re: word(String.raw`arrested|detained|festgenommen|verhaftet|inhaftiert`) },
  { id: 'damaged', re: word(String.raw`damaged|beschädigt\p{L}*`) },
  { id: 'destroyed', re: word(String.raw`destroyed|zerstört\p{L}*|vernichtet\p{L}*`) },
  { id: 'lost', re: word(String.raw`lost|loses|lose|verloren|eingebüßt|verlor\p{L}*`) },
  { id: 'captured', re: word(String.raw`captured|seized|erbeutet|beschlagnahmt`) },
  { id: 'delivered', re: word(String.raw`delivered|supplied|geliefert|lieferte\p{L}*`) },
  { id: 'exported', re: word(String.raw`exported|shipped|exportiert\p{L}*|ausgeführt|verschifft`) },
  { id: 'imported', re: word(String.raw`imported|importiert\p{L}*|eingeführt`) },
  { id: 'caused', re: word(String.raw`caused|causing|verursacht\p{L}*|angerichtet`) },
  { id: 'struck', re: word(String.raw`strik(?:e|es|ing)|went\s+on\s+strike|walk(?:ed)?[- ]?out|streik\p{L}*|warnstreik\p{L}*|ausstand|arbeit\s+nieder`) },
  { id: 'took_part', re: word(String.raw`took\s+part|take\s+part|participated|joined|beteiligt\p{L}*|teilgenommen|nahmen\s+teil`) },
];

/** Reporting and linking verbs: never the event. */
const NOT_EVENTS = new Set([
  'said', 'added', 'stated', 'claimed', 'announced', 'reported', 'confirmed', 'told', 'explained', 'warned', 'estimated', 'based',
  'gesagt', 'erklärt', 'mitgeteilt', 'berichtet', 'bestätigt', 'gemeldet', 'geschätzt', 'geworden', 'gewesen', 'gehabt',
]);

/** A verb the list does not know: an English past form, a German participle. */
const OTHER_VERB: Record<Language, RegExp> = {
  en: /^\p{Ll}{3,}ed$/u,
  de: /^(?:ge\p{Ll}{3,}(?:t|en)|\p{Ll}{3,}iert)$/u,
};

const CONJUNCTION = /(?<![\p{L}])(?:and|but|while|whereas|or|und|aber|während|sowie|oder|doch)(?![\p{L}])/iu;

const KNOWN_STEM_PREFIX = 'e:';

function knownEvent(segment: string): string | null {
  for (const event of EVENTS) if (event.re.test(segment)) return `${KNOWN_STEM_PREFIX}${event.id}`;
  return null;
}

function otherVerb(segment: string, lang: Language): string | null {
  for (const { token } of tokenize(segment)) {
    if (NOT_EVENTS.has(token.toLowerCase())) continue;
    if (OTHER_VERB[lang].test(token)) return `${lang}:${stem(token, lang)}`;
  }
  return null;
}

/**
 * The event of a figure: from the words after its thing (up to the next figure or the clause's
 * end), else from those before it back to the clause's start.
 */
export function eventOf(after: string, before: string, lang: Language): string | null {
  // "launched 40 drones and shot down 12": a verb past "and" belongs to the next figure
  const ownAfter = after.split(CONJUNCTION)[0];
  const ownBefore = before.split(CONJUNCTION).pop() ?? '';
  return knownEvent(ownAfter) ?? knownEvent(ownBefore) ?? otherVerb(ownAfter, lang) ?? otherVerb(ownBefore, lang);
}

/**
 * Whether a word is a known event's or a reporting verb ("caused", "gemeldet"): such a word before
 * a money noun says what happened, it does not narrow the thing. Other past forms may be
 * adjectives that do ("insured damage").
 */
export function isEventWord(word: string): boolean {
  return knownEvent(word) !== null || NOT_EVENTS.has(word.toLowerCase());
}

/** The English words of an event, for an explanation: "shot down", or the stem of a verb the list does not know. */
export function eventLabel(event: string): string {
  if (event.startsWith(KNOWN_STEM_PREFIX)) return event.slice(KNOWN_STEM_PREFIX.length).replace(/_/g, ' ');
  return event.slice(event.indexOf(':') + 1);
}
