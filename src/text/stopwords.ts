import type { Language } from './language.js';

// Hand-kept lists instead of a stopword package: none is installed, and these lists also drop
// the newsroom filler ("sagte", "said", weekdays) that would otherwise make two unrelated
// articles look alike to content matching.

const GERMAN = `
aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch auf aus
bei beide beiden beim bereits bis bisher bzw da dabei dadurch dafür dagegen daher damals damit dann daran darauf
darin darum darüber das dass dem den denen denn der deren derer des deshalb dessen die dies diese diesem diesen
dieser dieses doch dort du durch eben ebenfalls ein eine einem einen einer eines einige einigen einiger einmal er
erst es etwa etwas euch euer falls fast für gegen gegenüber gewesen hab habe haben hat hatte hatten hier hin
hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im immer in indem ins ist ja je jede jedem jeden jeder
jedes jedoch jene jenem jenen jener jenes jetzt kann kein keine keinem keinen keiner keines können könne könnte
konnte konnten man manche mehr mein meine mich mir mit muss musste müsse nach nachdem neben nein nicht nichts noch
nun nur ob oder ohne per schon sehr sei seien sein seine seinem seinen seiner seines seit seitdem selbst sich sie
sind so soll solle sollen sollte sollten sondern sowie sowohl über um und uns unser unsere unter viel viele vom
von vor wann war waren warum was weder weil weiter weitere welche welchem welchen welcher welches wenn wer werde
werden wessen wie wieder will wir wird wo wollen wollte worden wurde wurden zu zum zur zwar zwischen
sagte sagten sagt sagen erklärte erklärten betonte teilte mit laut zufolge angaben hieß heißt
montag dienstag mittwoch donnerstag freitag samstag sonntag heute gestern morgen woche vergangenen letzte letzten
`;

const ENGLISH = `
a about above after again against all also am an and any are as at be because been before being below between
both but by can could did do does doing down during each either even ever every few for from further had has
have having he her here hers herself him himself his how however i if in into is it its itself just least less
may me might more most much must my myself neither no nor not now of off on once only or other our ours
ourselves out over own per same shall she should since so some such than that the their theirs them themselves
then there these they this those though through thus to too under until up upon us very was we were what when
where whether which while who whom whose why will with within without would yet you your yours
said says say told tells stated added according
monday tuesday wednesday thursday friday saturday sunday today yesterday week last
`;

function toSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

export const STOPWORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  de: toSet(GERMAN),
  en: toSet(ENGLISH),
};

/** True when the lower-cased word carries no content in `lang`. */
export function isStopword(word: string, lang: Language): boolean {
  return STOPWORDS[lang].has(word.toLowerCase());
}
