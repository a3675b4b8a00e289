/**
 * Whom or where a claim's figure is about when the quantity rules give no subject: the place the
 * claim names ("im Landkreis Cloppenburg", "on the island of Evia", "in Passau"), else the one
 * country or capital it names ("Ukraine", "Moskau"). Places are written as the text writes them,
 * so "Kärnten" and "Carinthia" do not meet; countries and capitals meet across German and English
 * through the entity lexicon. Adjectives ("der estnischen Marine", "the Austrian ministry said")
 * mostly name who speaks, not what the figure is about, so they give no subject. A claim that
 * names two places, or two countries and no place, gives none either: a figure whose subject is a
 * guess is compared with nothing.
 * Pure: no framework, no database.
 */
import { entityOf, findEntities, type Language, tokenize, type Token } from '../text/index.js';

const PREPOSITIONS = /^(?:in|im|auf|bei|nahe|über|near|on|at|around|over)$/i;
const ARTICLES = /^(?:the|der|die|das|dem|den|des)$/i;
/** Words that say what kind of place a name is: "Landkreis Cloppenburg", "province of Carinthia". */
const DESCRIPTORS = /^(?:landkreis|kreis|bezirk|bundesland|land|provinz|region|gemeinde|stadt|insel|kanton|province|region|district|county|state|city|town|island|village|municipality)$/i;
const COMPASS = /^(?:northern|southern|eastern|western|central|north|south|east|west|nördlichen|südlichen|östlichen|westlichen|nördliche|südliche|östliche|westliche)$/i;
/**
 * How a German noun after a bare preposition mostly ends when it is a plural, not a name: such a
 * name is read only after a descriptor ("im Bundesland Kärnten"), never alone ("in Kärnten").
 */
const GERMAN_PLURAL = /(?:en|ern|s)$/;

/** Capitalised words that are times, not places. */
const NOT_PLACES = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|januar|februar|märz|juni|juli|oktober|dezember|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|jahr|jahre|jahren|nacht|tag|tage|woche|wochen|monat|monate|stunden|zeit|winter|sommer|frühjahr|herbst|ostern|weihnachten|christmas|easter)$/i;

const capitalised = (t: Token | undefined): t is Token => t !== undefined && /^\p{Lu}/u.test(t.token) && !NOT_PLACES.test(t.token);
/** An adjective before a descriptor: lower case ("griechischen Insel"), or an English one of a country ("Austrian province"). */
const adjective = (t: Token | undefined) => t !== undefined && (/^\p{Ll}/u.test(t.token) || entityOf(t.token)?.kind === 'adjective');

/** Two tokens with nothing but spaces (or a hyphen) between them. */
const adjacent = (text: string, a: Token, b: Token) => /^[\s-]*$/.test(text.slice(a.end, b.start));

/** The name a place phrase starting at tokens[i] (a preposition) gives, lower-cased, or null. */
function placeAt(text: string, tokens: Token[], i: number, lang: Language): string | null {
  let k = i + 1;
  const hadArticle = tokens[k] !== undefined && ARTICLES.test(tokens[k].token);
  if (hadArticle) k++;
  while (k < tokens.length && (COMPASS.test(tokens[k].token) || (hadArticle && adjective(tokens[k]) && !DESCRIPTORS.test(tokens[k].token)))) k++;
  const described = tokens[k] !== undefined && DESCRIPTORS.test(tokens[k].token);
  if (described) {
    k++;
    if (lang === 'en' && tokens[k]?.token.toLowerCase() === 'of') k++;
  } else if (hadArticle || /^im$/i.test(tokens[i].token)) {
    // "in der Ostsee", "im Oktober", "in the ports": a common noun, unless a descriptor names a place
    return null;
  } else if (lang === 'de' && tokens[k] !== undefined && GERMAN_PLURAL.test(tokens[k].token)) {
    // every German noun is capitalised: "bei Angriffen", "in Kliniken" are no places
    return null;
  }
  if (!capitalised(tokens[k]) || !adjacent(text, tokens[k - 1], tokens[k])) return null;
  const words = [tokens[k].token];
  // "Nordrhein-Westfalen", "Black Sea": a name runs on while its words are capitalised and adjacent;
  // in German only across a hyphen, since every noun is capitalised ("in Kärnten Schäden")
  const runsOn = (a: Token, b: Token) => (lang === 'de' ? /^-$/.test(text.slice(a.end, b.start)) : adjacent(text, a, b));
  while (capitalised(tokens[k + 1]) && runsOn(tokens[k], tokens[k + 1]) && words.length < 3) words.push(tokens[++k].token);
  return words.join(' ').toLowerCase();
}

/** The subject a claim text gives its figures, as "place:<name>" or an ISO country code; null when none or several. */
export function subjectOfText(text: string, lang: Language): string | null {
  const tokens = tokenize(text);
  const places = new Set<string>();
  tokens.forEach((t, i) => {
    if (!PREPOSITIONS.test(t.token)) return;
    const name = placeAt(text, tokens, i, lang);
    if (name === null) return;
    const entity = entityOf(name);
    places.add(entity?.country && entity.kind === 'country' ? entity.country : entity && entity.kind === 'city' ? `place:${entity.label.toLowerCase()}` : `place:${name}`);
  });
  if (places.size > 0) return places.size === 1 ? [...places][0] : null;
  const named = new Set<string>();
  for (const span of findEntities(tokens)) {
    const country = span.match.country;
    if (!country) continue;
    if (span.match.kind === 'country') named.add(country);
    else if (span.match.kind === 'city') named.add(`place:${span.match.label.toLowerCase()}`);
  }
  return named.size === 1 ? [...named][0] : null;
}
