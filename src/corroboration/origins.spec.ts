import { DEFAULT_LSH_OPTIONS, candidateProbability, lshBandKeys } from './lsh.js';
import {
  DEFAULT_ORIGIN_OPTIONS,
  type Fingerprint,
  type OriginCandidate,
  fingerprintText,
  originSimilarity,
  pickOrigin,
  sameOrigin,
} from './origins.js';

// A wire story in English, its reprints and an independent account, all written for these tests.
const EN_WIRE = [
  'Officials in Washington said on Monday that Moscow has turned to Beijing for military equipment and economic support since its forces entered Ukraine.',
  'According to two people briefed on the intelligence, the Russian request covered armed drones as well as help in softening the blow of western sanctions.',
  'The officials would not say how the Chinese leadership had answered the request.',
  'They warned that any Chinese assistance to the Russian war effort would carry consequences for relations with the United States.',
  'The national security adviser is due to meet a senior Chinese diplomat in Rome later this week, where the request is expected to come up.',
  'Western estimates put Russian losses at between 5,000 and 9,000 soldiers killed in the first three weeks of fighting.',
  'Analysts in European capitals expect a tense meeting, since both governments have accused each other of spreading false stories about the conflict.',
].join(' ');

const EN_REPRINT_WITH_FRAME = [
  'THE DAILY LEDGER | World | 14 March, 08:12',
  EN_WIRE,
  'Sign up for our morning briefing to get the top stories in your inbox. Copyright Daily Ledger Media Group. All rights reserved.',
].join('\n');

const EN_ONE_SENTENCE_CHANGED = EN_WIRE.replace(
  'The officials would not say how the Chinese leadership had answered the request.',
  'It remained unclear on Monday evening whether the government in Beijing had replied at all.',
);

const EN_INDEPENDENT = [
  'Russia has asked China to supply it with weapons, among them unmanned aircraft, American sources claim.',
  'The appeal reportedly followed the stalling of the Russian advance on Kyiv, a US government source told our correspondent.',
  'There was no word yet from Beijing on whether it would agree.',
  'A meeting between American and Chinese envoys in Italy is planned in the coming days, and the White House intends to raise the matter there.',
  'US intelligence now believes that somewhere from 5,000 to 9,000 Russian troops have died since the invasion began.',
  'Diplomats describe relations between Washington and Beijing as strained by a war of words over who is telling the truth.',
].join(' ');

// The same in German.
const DE_WIRE = [
  'Russland hat nach Angaben amerikanischer Regierungsvertreter China um militärische Ausrüstung und wirtschaftliche Hilfe gebeten, seit seine Truppen in die Ukraine eingedrungen sind.',
  'Zwei mit den Geheimdiensterkenntnissen vertraute Personen sagten am Montag, die Bitte habe sich auf bewaffnete Drohnen und Unterstützung gegen die Folgen westlicher Sanktionen bezogen.',
  'Wie die chinesische Führung auf die Anfrage reagiert habe, wollten die Beamten nicht sagen.',
  'Sie warnten, dass jede chinesische Hilfe für den russischen Krieg Folgen für das Verhältnis zu den Vereinigten Staaten haben werde.',
  'Der Nationale Sicherheitsberater soll sich noch in dieser Woche in Rom mit einem hochrangigen chinesischen Diplomaten treffen.',
  'Westliche Schätzungen beziffern die russischen Verluste in den ersten drei Kriegswochen auf 5.000 bis 9.000 getötete Soldaten.',
  'Beobachter in Europa rechnen mit einem angespannten Treffen, da sich beide Regierungen gegenseitig vorwerfen, Falschmeldungen über den Konflikt zu verbreiten.',
].join(' ');

const DE_REPRINT_WITH_FRAME = [
  'Nachrichten aus aller Welt – Ausland – 14.03., 08:12 Uhr',
  DE_WIRE,
  'Abonnieren Sie unseren Newsletter, um die wichtigsten Meldungen jeden Morgen zu erhalten. Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung des Verlags.',
].join('\n');

const DE_ONE_SENTENCE_CHANGED = DE_WIRE.replace(
  'Wie die chinesische Führung auf die Anfrage reagiert habe, wollten die Beamten nicht sagen.',
  'Ob Peking überhaupt geantwortet hat, blieb am Montagabend offen.',
);

const DE_INDEPENDENT = [
  'Moskau soll Peking um Waffen, darunter unbemannte Flugzeuge, ersucht haben, behaupten Quellen in den USA.',
  'Die Bitte sei gekommen, nachdem der russische Vormarsch auf Kiew ins Stocken geraten war, sagte ein US-Regierungsmitarbeiter unserem Korrespondenten.',
  'Eine Antwort aus China liegt bislang nicht vor.',
  'In den kommenden Tagen ist in Italien ein Treffen amerikanischer und chinesischer Gesandter geplant, bei dem Washington das Thema ansprechen will.',
  'Nach Einschätzung der US-Dienste sind seit Beginn der Invasion zwischen 5.000 und 9.000 russische Soldaten ums Leben gekommen.',
  'Diplomaten beschreiben das Verhältnis zwischen beiden Hauptstädten als belastet durch einen Streit darüber, wer die Wahrheit sagt.',
].join(' ');

/** A light rewrite: a handful of words swapped, the rest left as it was. */
const EN_LIGHT_REWRITE = EN_WIRE.replace('said on Monday', 'stated on Monday')
  .replace('armed drones', 'armed unmanned aircraft')
  .replace('due to meet', 'expected to meet');

const fp = (text: string): Fingerprint => fingerprintText(text);

describe('sameOrigin', () => {
  it.each([
    ['English', EN_WIRE],
    ['German', DE_WIRE],
  ])('takes an exact copy for the same origin (%s)', (_, text) => {
    expect(originSimilarity(fp(text), fp(text)).jaccard).toBe(1);
    expect(sameOrigin(fp(text), fp(text))).toBe(true);
  });

  it.each([
    ['English', EN_WIRE, EN_REPRINT_WITH_FRAME],
    ['German', DE_WIRE, DE_REPRINT_WITH_FRAME],
  ])('takes a reprint under another header and footer for the same origin (%s)', (_, wire, reprint) => {
    expect(sameOrigin(fp(wire), fp(reprint))).toBe(true);
    expect(originSimilarity(fp(wire), fp(reprint)).jaccard).toBeGreaterThan(DEFAULT_ORIGIN_OPTIONS.minJaccard);
  });

  it.each([
    ['English', EN_WIRE, EN_ONE_SENTENCE_CHANGED],
    ['German', DE_WIRE, DE_ONE_SENTENCE_CHANGED],
  ])('takes a copy with one sentence rewritten for the same origin (%s)', (_, wire, changed) => {
    expect(sameOrigin(fp(wire), fp(changed))).toBe(true);
  });

  it('takes a light rewrite with a few words swapped for the same origin', () => {
    expect(sameOrigin(fp(EN_WIRE), fp(EN_LIGHT_REWRITE))).toBe(true);
  });

  it.each([
    ['English', EN_WIRE, EN_INDEPENDENT],
    ['German', DE_WIRE, DE_INDEPENDENT],
  ])('keeps two independent reports of the same event apart (%s)', (_, wire, independent) => {
    const similarity = originSimilarity(fp(wire), fp(independent));
    expect(sameOrigin(fp(wire), fp(independent))).toBe(false);
    expect(similarity.jaccard).toBeLessThan(0.1);
    expect(similarity.containment).toBeLessThan(0.2);
  });

  it('does not recognise a translation (documented limit)', () => {
    expect(sameOrigin(fp(EN_WIRE), fp(DE_WIRE))).toBe(false);
  });

  it('takes a shortened reprint of the first paragraphs for the same origin, through containment', () => {
    const long = `${EN_WIRE} ${EN_INDEPENDENT} ${EN_WIRE.toUpperCase().split(' ').reverse().join(' ')}`;
    const shortened = EN_WIRE;
    const similarity = originSimilarity(fp(long), fp(shortened));
    expect(similarity.jaccard).toBeLessThan(DEFAULT_ORIGIN_OPTIONS.minJaccard);
    expect(similarity.containment).toBeGreaterThanOrEqual(DEFAULT_ORIGIN_OPTIONS.minContainment);
    expect(sameOrigin(fp(long), fp(shortened))).toBe(true);
  });

  it('does not take a short quote for a reprint of the story it was lifted from', () => {
    const quote = 'the Russian request covered armed drones as well as help in softening the blow';
    expect(originSimilarity(fp(EN_WIRE), fp(quote)).containment).toBe(1);
    expect(sameOrigin(fp(EN_WIRE), fp(quote))).toBe(false);
  });

  it('never matches empty texts, not even with each other', () => {
    expect(sameOrigin(fp(''), fp(''))).toBe(false);
    expect(sameOrigin(fp(''), fp(DE_WIRE))).toBe(false);
  });

  it('honours a stricter threshold from the options', () => {
    const strict = { ...DEFAULT_ORIGIN_OPTIONS, minJaccard: 0.95, minContainment: 1.01 };
    expect(sameOrigin(fp(DE_WIRE), fp(DE_ONE_SENTENCE_CHANGED), strict)).toBe(false);
    expect(sameOrigin(fp(DE_WIRE), fp(DE_WIRE), strict)).toBe(true);
  });
});

describe('pickOrigin', () => {
  const held = (sourceId: string, originId: string, text: string): OriginCandidate => ({
    sourceId,
    originId,
    fingerprint: fp(text),
  });

  it('joins the origin of the closest copy (English)', () => {
    const candidates = [
      held('s-independent', 'o-independent', EN_INDEPENDENT),
      held('s-changed', 'o-changed', EN_ONE_SENTENCE_CHANGED),
      held('s-copy', 'o-wire', EN_WIRE),
      held('s-frame', 'o-frame', EN_REPRINT_WITH_FRAME),
    ];
    const match = pickOrigin(fp(EN_WIRE), candidates);
    expect(match).toMatchObject({ originId: 'o-wire', sourceId: 's-copy', jaccard: 1 });
  });

  it('joins the origin of a reprint (German)', () => {
    const match = pickOrigin(fp(DE_REPRINT_WITH_FRAME), [held('s1', 'o-de', DE_WIRE), held('s2', 'o-other', DE_INDEPENDENT)]);
    expect(match?.originId).toBe('o-de');
  });

  it('starts a new origin when nothing is close enough', () => {
    expect(pickOrigin(fp(DE_INDEPENDENT), [held('s1', 'o1', DE_WIRE), held('s2', 'o2', EN_INDEPENDENT)])).toBeNull();
    expect(pickOrigin(fp(EN_WIRE), [])).toBeNull();
  });

  it('breaks ties by source id, whatever order the candidates come in', () => {
    const a = held('s-a', 'o-a', DE_WIRE);
    const b = held('s-b', 'o-b', DE_WIRE);
    expect(pickOrigin(fp(DE_WIRE), [b, a])?.originId).toBe('o-a');
    expect(pickOrigin(fp(DE_WIRE), [a, b])?.originId).toBe('o-a');
  });
});

describe('lshBandKeys', () => {
  const keys = (text: string) => new Set(lshBandKeys(fp(text).signature));
  const shared = (x: Set<string>, y: Set<string>) => [...x].filter((k) => y.has(k)).length;

  it('gives 32 distinct keys of 32 bands × 4 rows by default', () => {
    const k = lshBandKeys(fp(EN_WIRE).signature);
    expect(DEFAULT_LSH_OPTIONS).toEqual({ bands: 32, rowsPerBand: 4 });
    expect(k).toHaveLength(32);
    expect(new Set(k).size).toBe(32);
    expect(k[0]).toMatch(/^00:[0-9a-f]{8}$/);
  });

  it.each([
    ['English', EN_WIRE, EN_REPRINT_WITH_FRAME, EN_ONE_SENTENCE_CHANGED],
    ['German', DE_WIRE, DE_REPRINT_WITH_FRAME, DE_ONE_SENTENCE_CHANGED],
  ])('makes copies candidates of one another (%s)', (_, wire, reprint, changed) => {
    expect(shared(keys(wire), keys(reprint))).toBeGreaterThan(0);
    expect(shared(keys(wire), keys(changed))).toBeGreaterThan(0);
  });

  it.each([
    ['English', EN_WIRE, EN_INDEPENDENT],
    ['German', DE_WIRE, DE_INDEPENDENT],
  ])('leaves independent reports out of each other’s candidates (%s)', (_, wire, independent) => {
    expect(shared(keys(wire), keys(independent))).toBe(0);
  });

  it('gives an empty text no keys, so empty texts are not all candidates of each other', () => {
    expect(lshBandKeys(fp('').signature)).toEqual([]);
  });

  it('refuses a band layout that does not fit the signature', () => {
    expect(() => lshBandKeys(fp(EN_WIRE).signature, { bands: 20, rowsPerBand: 5 })).toThrow(RangeError);
  });

  it('finds pairs above the origin threshold with high probability and unrelated ones rarely', () => {
    expect(candidateProbability(0.5)).toBeGreaterThan(0.85);
    expect(candidateProbability(0.7)).toBeGreaterThan(0.999);
    expect(candidateProbability(0.1)).toBeLessThan(0.01);
  });
});
