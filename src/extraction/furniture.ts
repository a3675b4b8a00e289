/**
 * Page furniture: the lines of a scraped news page that are not the article's own statements
 * (navigation, teasers, photo credits, video timestamps, embeds, comment sections, bylines).
 * Each rule looks at one trimmed line; all patterns are compiled once.
 */
export type FurnitureReason =
  | 'teaser'
  | 'navigation'
  | 'photo-credit'
  | 'timestamp'
  | 'symbols'
  | 'embed'
  | 'reader-address'
  | 'comments'
  | 'byline'
  | 'dateline'
  | 'label';

const MONTHS =
  'januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|' +
  'january|february|march|may|june|july|october|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dez|dec';

const RULES: ReadonlyArray<[FurnitureReason, RegExp]> = [
  // "Siehe auch", "Read more" and similar teasers point at other articles.
  ['teaser', /^(?:siehe auch|see also|read more|read also|lesen sie auch|lesen sie mehr|mehr zum thema|mehr dazu|auch interessant|das könnte sie auch interessieren|related(?: articles?| stories| coverage)?|more on this(?: story)?|weiterlesen|zum thema)\b|^(?:watch|video|audio|podcast)\s*:/iu],
  ['navigation', /^(?:home|startseite|menü|menu|navigation|suche|search|zurück|weiter|teilen|share|drucken|print|newsletter|abonnieren|subscribe|anzeige|advertisement|werbung|sponsored|kaynak|quelle|source|titelbild|cover image|top stories?|breaking news|live ticker|liveblog)\b(?:\s*[:|›»>-].*|$|\s+\S+(?:\s+\S+){0,2}$|\s+\p{Lu}\p{L}+\s.*(?:\.\.\.|…)$)/iu],
  ['navigation', /^(?:PREV|NEXT|[Pp]revious (?:article|story|post)|[Nn]ext (?:article|story|post)|[Nn]ächster Artikel|[Vv]orheriger Artikel)\b/u],
  ['photo-credit', /(?:\b(?:foto|fotos|photo|photos|bild|image|credit|grafik|illustration|picture)\s*:|getty images|\bafp via\b|picture[- ]alliance|\bimago\b|©|\(c\)\s|\bap photo\b|\breuters\s*\/|\/\s*reuters\b|\bdpa\s*\/)/iu],
  ['timestamp', /^\d{1,2}:\d{2}(?::\d{2})?$/u],
  ['symbols', /^[\d\s\p{P}\p{S}]*$/u],
  ['embed', /(?:im vollbildmodus|open in full ?screen|cookies?\b|externer inhalt|external content|wird ein \S+ (?:von \S+ )?angezeigt|javascript|enable js|your browser)/iu],
  // German pages address the reader formally ("Finden Sie", "Bitte akzeptieren Sie"); news sentences almost never do.
  ['reader-address', /^(?:Bitte\b.*\bSie\b|\p{Lu}\p{Ll}+en Sie\b|(?:Click|Tap) here|Sign up|Follow us|Please (?:enter|log in|subscribe)|Subscribe to|Download (?:the|our) app)/u],
  ['comments', /^(?:kommentare|comments|leave a reply|leave a comment|join the conversation|diskutieren sie mit|ihre meinung|your comment|liebe leser(?:innen)?)\b/iu],
  ['byline', /^(?:(?:[Vv]on|[Bb]y)\s+\p{Lu}[\p{L}.'-]+(?:\s+(?:\p{Lu}[\p{L}.'-]+|und|and)|\s*,)*|.*\b(?:haben|hat) (?:zu )?diese[mn]? (?:[Bb]ericht|[Aa]rtikel) beigetragen\.?|.*\bcontributed (?:reporting )?to this (?:report|article|story)\.?|(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Aa]dditional reporting) by\b.*|\(\p{L}+(?:\/\p{L}+)*\))$/u],
];

/** Lines that open a comment section: everything after them is furniture too. */
const COMMENT_SECTION = /^(?:kommentare|comments|leave a reply|leave a comment|join the conversation|diskutieren sie mit|\d+\s+(?:kommentare|comments))\b/iu;
/** A line that is only a date, maybe with the publisher glued to it ("Epoch Times14. Oktober 2024"). */
const DATELINE = new RegExp(
  `^(?:\\p{L}[\\p{L}.]*\\s*){0,3}?(?:\\d{1,2}\\.?\\s*)?(?:${MONTHS})\\.?\\s*(?:\\d{1,2},?\\s*)?\\d{4}(?:,?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*(?:uhr|am|pm))?)?$`,
  'iu',
);
const TERMINAL = /[.!?…]["'“”»«’)\]]*$/u;
const WORD = /[\p{L}\d]+/gu;

/**
 * A wire dateline opening a paragraph: place, date with its year, maybe the agency, then a dash
 * ("TALLINN, 5. März 2026 (dpa) – ", "WASHINGTON, April 20, 2024 — "). It dates the article; it is
 * no part of the first sentence's statement.
 */
const WIRE_DATELINE = new RegExp(
  `^[\\p{L}./'-]+(?:[\\s/][\\p{L}./'-]+){0,2},\\s*(?:\\d{1,2}\\.?\\s*)?(?:${MONTHS})\\.?\\s*(?:\\d{1,2},?\\s*)?\\d{4}\\s*(?:\\([^)\\n]{1,40}\\)\\s*)?[–—-]\\s+`,
  'iu',
);

/** Length of the wire dateline a paragraph opens with (place in capitals or title case), else 0. */
export function wireDatelineLength(paragraph: string): number {
  if (!/^\p{Lu}/u.test(paragraph)) return 0;
  return WIRE_DATELINE.exec(paragraph)?.[0].length ?? 0;
}

/** Why a trimmed line is furniture, or null when it may carry statements. */
export function furnitureReason(line: string): FurnitureReason | null {
  if (DATELINE.test(line)) return 'dateline';
  for (const [reason, pattern] of RULES) if (pattern.test(line)) return reason;
  // One or two words without a full stop: section labels, site names, counters.
  if (!TERMINAL.test(line) && (line.match(WORD)?.length ?? 0) <= 2) return 'label';
  return null;
}

/** True when the line opens a comment section. */
export function opensCommentSection(line: string): boolean {
  return COMMENT_SECTION.test(line);
}
