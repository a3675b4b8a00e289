/**
 * Reporting and denial vocabulary of German and English news. Pure data; cues.ts and denials.ts
 * hold the rules. All words lower case.
 */
import type { Language } from '../text/index.js';

export interface VerbEntry {
  /** Separable German particle that must close the clause ("teilte … mit"). */
  particle?: string;
  /** A denial verb: the statement it reports contradicts something. */
  denial?: boolean;
  /**
   * Verbs that deny only with a claim-like object: "rejected the report", not "rejected the proposal";
   * "hält die Zahl für übertrieben", "considers it false", not "hält den Plan für falsch".
   */
  needsClaimObject?: boolean;
  /** Also a common noun ("claims", "reports"): counts only before "that" or a colon. */
  nounToo?: boolean;
  /** A participle: a cue only with an auxiliary earlier in the clause ("hat … zurückgewiesen"). */
  participle?: boolean;
  /** A labelling verb ("nannte", "called"): a denial when a dismissive label follows; with a preposition, only then a cue at all. */
  labels?: boolean;
  /** A preposition that must follow in the clause ("sprach … von"); unlike a particle it need not end it. */
  preposition?: string;
  /** A participle after a comma whose speaker is the subject the sentence opens with ("…, saying …"). */
  sharedSubject?: boolean;
}

function table(entries: Array<[string, VerbEntry]>): ReadonlyMap<string, VerbEntry[]> {
  const out = new Map<string, VerbEntry[]>();
  for (const [words, entry] of entries) {
    for (const w of words.split(' ')) out.set(w, [...(out.get(w) ?? []), entry]);
  }
  return out;
}

/** Reporting verbs; a word may have several readings ("wies … hin", "wies … zurück"). */
export const REPORTING_VERBS: Readonly<Record<Language, ReadonlyMap<string, VerbEntry[]>>> = {
  de: table([
    ['sagte sagten sagt sagen erklärte erklärten erklärt erklären betonte betonten betont betonen behauptete behaupteten ' +
      'behauptet behaupten warnte warnten warnt warnen berichtete berichteten berichtet berichten meldete meldeten meldet ' +
      'bestätigte bestätigten bestätigt versicherte versicherten versichert bekräftigte bekräftigten unterstrich unterstrichen ' +
      'ergänzte ergänzten schrieb schrieben schreibt twitterte argumentierte argumentierten beharrte beharrten schätzte ' +
      'schätzten schätzt schätzen vermutete vermuteten informierte informierten widersprach widersprachen', {}],
    ['sprach sprachen spricht', { preposition: 'von' }],
    ['bezifferte bezifferten beziffert', { preposition: 'auf' }],
    ['wirft warf warfen werfen', { particle: 'vor' }],
    ['vorgeworfen beziffert', { participle: true }],
    ['teilte teilten teilt', { particle: 'mit' }],
    ['fügte fügten', { particle: 'hinzu' }],
    ['stellte stellten', { particle: 'klar' }],
    ['räumte räumten', { particle: 'ein' }],
    ['gab gaben', { particle: 'an' }],
    ['kündigte kündigten kündigt', { particle: 'an' }],
    ['wies', { particle: 'hin' }],
    ['gesagt gewarnt mitgeteilt hinzugefügt angekündigt bekräftigt versichert berichtet', { participle: true }],
    ['nannte nannten nennt bezeichnete bezeichneten bezeichnet', { labels: true }],
    ['hält halten hielt hielten', { preposition: 'für', labels: true, needsClaimObject: true }],
    ['bestritt bestritten bestreitet bestreiten dementierte dementierten dementiert dementieren verneinte verneinten verneint leugnete leugneten leugnet', { denial: true }],
    ['wies wiesen weist weisen', { particle: 'zurück', denial: true }],
    ['zurückgewiesen', { participle: true, denial: true }],
  ]),
  en: table([
    ['said say told tell tells stated warned warn warns added adds insisted insists argued argues announced ' +
      'announces confirmed confirms estimated wrote writes noted explained stressed asserted alleged alleges ' +
      'maintained maintains acknowledged admitted predicted tweeted believe believes claimed reported says briefed', {}],
    ['claims claim reports estimates estimate notes states stresses', { nounToo: true }],
    ['accused accuses accuse contradicted', {}],
    ['put puts', { preposition: 'at' }],
    ['suggested suggests', { preposition: 'that' }],
    ['called calls described describes branded brands labelled labeled termed dubbed', { labels: true }],
    ['considers considered regards regarded', { labels: true, needsClaimObject: true }],
    ['saying', { sharedSubject: true }],
    ['denied denies deny refuted refutes rebutted', { denial: true }],
    ['rejected rejects dismissed dismisses disputed disputes contested contests', { denial: true, needsClaimObject: true }],
  ]),
};

/** Auxiliaries of the German perfect, which put the participle at the clause end. */
export const GERMAN_AUXILIARIES = new Set(['hat', 'haben', 'hatte', 'hatten', 'habe']);

/** Dismissive labels: "sprach von Desinformation", "called it baseless". Regex sources, matched on lower case. */
export const DISMISSIVE_LABELS: Record<Language, string> = {
  de: '(?:des|fehl|falsch)?informations?kampagne|desinformation(?:en)?|propaganda|falschnachricht(?:en)?|falschmeldung(?:en)?|fake[ -]?news|lügen?|erlogen|(?:frei )?erfunden(?:e[nrs]?)?|haltlos(?:e[nrs]?)?|unbegründet(?:e[nrs]?)?|absurd(?:e[nrs]?)?|unsinn|verleumdung(?:en)?|hetze|unwahr(?:e[nrs]?)?|falsch(?:e[nrs]?)?|gegenstandslos|nicht wahr|jeder grundlage|irreführend(?:e[nrs]?)?|ungenau(?:e[nrs]?)?|fälschung',
  en: 'disinformation|misinformation|propaganda|fake news|(?:a )?fake|lies|a lie|fabricated|fabrications?|groundless|baseless|unfounded|absurd|nonsense|ridiculous|false|untrue|slander(?:ous)?|smear|not true|no basis|inaccurate|not accurate|incorrect|misleading',
};

/**
 * Labels that dispute a figure or an account without calling it false: a denial only when someone holds
 * a statement for it ("hält die Zahl für übertrieben", "considers the figures exaggerated"); said of
 * anything else ("die Reaktion war übertrieben") they are criticism, not a denial.
 */
export const DISPUTING_LABELS: Record<Language, string> = {
  de: '(?:stark |maßlos |weit |völlig )?übertrieben(?:e[nrs]?)?|zu hoch gegriffen|aufgebauscht(?:e[nrs]?)?',
  en: '(?:grossly |greatly |vastly |wildly )?(?:exaggerated|overstated|inflated|overblown)',
};

/** Nouns that stand for an earlier statement: what "denied the report" points back to. */
export const CLAIM_REFERENCES: Record<Language, ReadonlySet<string>> = {
  de: new Set(('bericht berichte berichts berichten meldung meldungen nachricht nachrichten vorwurf vorwürfe vorwürfen ' +
    'behauptung behauptungen darstellung darstellungen anschuldigung anschuldigungen spekulation spekulationen angaben ' +
    'informationen gerücht gerüchte unterstellung unterstellungen aussage aussagen ergebnisse zahlen zahl angaben').split(' ')),
  en: new Set(('report reports claim claims allegation allegations accusation accusations suggestion suggestions ' +
    'assertion assertions story stories speculation charge charges rumour rumours rumor rumors notion idea account accounts findings figure figures number numbers it this').split(' ')),
};

/**
 * Phrases that look like denials or statements but deny nothing: refusals to comment,
 * failures to confirm, negated denials. Matched case-insensitively; a cue inside one is ignored.
 */
export const NON_STATEMENT_PATTERNS: Record<Language, RegExp> = {
  de: new RegExp(
    [
      'lehnten? (?:eine|jede|jegliche) stellungnahme\\b[^.,;]*?\\bab\\b',
      'lehnten? es ab,? sich [^.;]*?zu äußern',
      'wollten? (?:sich )?(?:[^.,;]{0,40}?)nicht (?:äußern|bestätigen|kommentieren|dementieren|sagen)',
      '(?:äußerte|äußerten) sich (?:[^.,;]{0,30}?)nicht',
      'weder (?:bestätigt|bestätigen|bestätigte)\\w* noch (?:dementiert|dementieren|dementierte|bestritten)\\w*',
      '(?:konnten?|wollten?) (?:[^.,;]{0,40}?)nicht bestätigen',
      '(?:bestätigte|bestätigten|bestritt|bestritten|dementierte|dementierten|leugnete|leugneten|verneinte|sagte|sagten|erklärte|erklärten)\\b[^.,;:]{0,40}?\\bnicht\\b(?=\\s*[.,;:]|\\s*$)',
      '(?:nicht|nie|niemals) (?:bestritten|dementiert|zurückgewiesen|bestätigt|gesagt)',
      'ließen? [^.,;]{0,40}?(?:anfrage|anfragen)[^.,;]{0,20}?unbeantwortet',
      'reagierten? (?:[^.,;]{0,30}?)nicht auf',
      'kein(?:en)? kommentar',
    ].join('|'),
    'giu',
  ),
  en: new RegExp(
    [
      '(?:declined|refused|did not want|would not|wouldn\'t|did not|didn\'t|could not|couldn\'t|was not able|were not able|has not|have not|had not|hasn\'t|haven\'t|never) (?:immediately )?(?:to )?(?:comment|confirm|deny|denied|say|said|respond|reply|elaborate|discuss|be reached|return)\\w*',
      'neither confirm(?:ed|s)? nor den(?:y|ied|ies)',
      'no(?:t| immediate)? comment',
      'not (?:immediately )?(?:available|reachable) for comment',
      '(?:was|were|been|being) (?:denied|rejected|dismissed)',
      'denied (?:access|entry|a visa|visas|permission|bail)',
      'dismissed (?:from|as head|as chief|his|her|their|the (?:general|commander|minister|chief|head|official))',
    ].join('|'),
    'giu',
  ),
};

/** Pronouns that refer a statement back to the claimant named before. */
export const PRONOUNS: Record<Language, ReadonlySet<string>> = {
  de: new Set(['er', 'sie', 'es']),
  en: new Set(['he', 'she', 'they', 'it']),
};

/** Words that introduce a clause before its subject: "…, wie der Sprecher sagte", "…, as officials said". */
export const CLAUSE_INTRODUCERS = new Set([
  'wie', 'dass', 'als', 'während', 'und', 'aber', 'doch', 'jedoch', 'sondern', 'weil', 'da', 'nachdem', 'so', 'denn',
  'as', 'that', 'while', 'whereas', 'and', 'but', 'because', 'after', 'when', 'although', 'though',
]);

/** Particles that may stand before a German subject in first position ("Auch China bestritt …"). */
export const FOCUS_PARTICLES = new Set(['auch', 'selbst', 'sogar', 'nur', 'also', 'even', 'only', 'too', 'however', 'meanwhile', 'separately', 'later', 'earlier', 'then', 'now', 'yet']);

/**
 * Words that open an adverbial in German first position ("Am Montag sagte die Sprecherin …"):
 * the subject then follows the verb.
 */
export const GERMAN_ADVERBIAL_STARTERS = new Set(
  ('am im in bei beim nach vor seit zuvor dann zudem außerdem gestern heute dabei damals später bereits gleichzeitig ' +
    'dazu darüber darauf das dies dieses diese so deshalb daher anschließend zuletzt ebenfalls ferner weiter weiterhin ' +
    'zunächst erst schon noch bislang bisher inzwischen mittlerweile vergangene vergangenen letzte letzten auf gegenüber ' +
    'angesichts trotz wegen mit über unter zum zur vom von aus hier dort nun jetzt allerdings indes dagegen hingegen stattdessen').split(' '),
);
