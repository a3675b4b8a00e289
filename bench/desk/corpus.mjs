// Wire copy of one developing story, as a desk following it holds: a few topics (a border build-up,
// casualty estimates, an aid package, a denial exchange), German and English, claimants who put
// different figures on the same quantity (so some of them conflict), counter-claims and sources of
// several attributed sentences (so extraction finds claims in them). Everything is invented for the
// benchmark: the statements, the wording and the figures. Seeded, so two runs send the same data.
import { createRandom } from '../lib/corpus.mjs';

export { createRandom };

const DAY = 86_400_000;
/** The story's first day; every claim and source is dated within STORY_DAYS of it. */
const STORY_START = Date.parse('2024-02-01T06:00:00Z');
const STORY_DAYS = 60;

const fmt = (n, language) => n.toLocaleString(language === 'de' ? 'de-DE' : 'en-US');
const round = (n, step) => Math.max(step, Math.round(n / step) * step);

/**
 * Each claimant leans towards one end of an estimate: that lean, and the noise around it, is what
 * makes some pairs of figures disjoint (a flag) and others overlap (no flag).
 */
const PEOPLE = {
  usOfficials: { name: 'U.S. defence officials', country: 'US', lean: 1.0, de: 'US-Verteidigungsbeamte', en: 'U.S. defence officials' },
  ukIntel: { name: 'British military intelligence', country: 'GB', lean: 1.15, de: 'Der britische Militärgeheimdienst', en: 'British military intelligence' },
  uaStaff: { name: 'Ukrainian general staff', country: 'UA', lean: 1.6, de: 'Der ukrainische Generalstab', en: 'The Ukrainian general staff' },
  ruMinistry: { name: 'Russian defence ministry', affiliation: 'Kremlin', country: 'RU', lean: 0.35, de: 'Das russische Verteidigungsministerium', en: 'The Russian defence ministry' },
  kremlin: { name: 'Kremlin spokesman', affiliation: 'Kremlin', country: 'RU', lean: 0.4, de: 'Ein Sprecher des Kremls', en: 'A Kremlin spokesman' },
  analyst: { name: 'Institute for Conflict Studies', country: 'DE', lean: 0.9, de: 'Das Institut für Konfliktstudien', en: 'The Institute for Conflict Studies' },
  cnMinistry: { name: 'Chinese foreign ministry', country: 'CN', lean: 1, de: 'Das chinesische Außenministerium', en: 'The Chinese foreign ministry' },
  euCommission: { name: 'European Commission', country: null, lean: 1.05, de: 'Die EU-Kommission', en: 'The European Commission' },
  pentagon: { name: 'Pentagon spokesperson', country: 'US', lean: 1.0, de: 'Eine Sprecherin des Pentagons', en: 'A Pentagon spokesperson' },
};

/** Each topic: who speaks to it, the figure they put on it, and sentences carrying that figure. */
const TOPICS = [
  {
    key: 'border',
    tags: ['war', 'border'],
    speakers: ['usOfficials', 'ukIntel', 'uaStaff', 'ruMinistry', 'analyst'],
    base: 110_000,
    step: 5_000,
    en: (n, r) => r.pick([
      `Russia has moved about ${n} troops to the Ukrainian border.`,
      `More than ${n} Russian troops are now massed along the border with Ukraine.`,
      `Around ${n} Russian soldiers have gathered near the border in the past weeks.`,
    ]),
    de: (n, r) => r.pick([
      `Russland hat rund ${n} Soldaten an die ukrainische Grenze verlegt.`,
      `Mehr als ${n} russische Soldaten sind inzwischen an der Grenze zur Ukraine zusammengezogen.`,
      `Etwa ${n} russische Soldaten haben sich in den vergangenen Wochen an der Grenze versammelt.`,
    ]),
  },
  {
    key: 'casualties',
    tags: ['war', 'casualties'],
    speakers: ['usOfficials', 'ukIntel', 'uaStaff', 'ruMinistry', 'analyst'],
    base: 7_000,
    step: 500,
    range: true,
    en: (lo, hi, r) => r.pick([
      `Between ${lo} and ${hi} Russian soldiers have been killed.`,
      `An estimated ${lo} to ${hi} Russian soldiers were killed in the fighting.`,
    ]),
    de: (lo, hi, r) => r.pick([
      `Zwischen ${lo} und ${hi} russische Soldaten wurden getötet.`,
      `Schätzungsweise ${lo} bis ${hi} russische Soldaten sind bei den Kämpfen getötet worden.`,
    ]),
  },
  {
    key: 'aid',
    tags: ['aid', 'economy'],
    speakers: ['pentagon', 'euCommission', 'analyst', 'kremlin'],
    base: 9_200,
    step: 100,
    parts: true,
    en: (total, part, r) => r.pick([
      `The United States has pledged aid of ${total} million dollars to Ukraine, ${part} million of it for weapons.`,
      `American aid to Ukraine comes to ${total} million dollars, including ${part} million dollars in arms.`,
    ]),
    de: (total, part, r) => r.pick([
      `Die USA haben der Ukraine Hilfen von ${total} Millionen Dollar zugesagt, davon ${part} Millionen für Waffen.`,
      `Die amerikanische Hilfe für die Ukraine beläuft sich auf ${total} Millionen Dollar, darunter ${part} Millionen Dollar für Waffen.`,
    ]),
  },
  {
    key: 'denial',
    tags: ['war', 'diplomacy'],
    speakers: ['usOfficials', 'cnMinistry', 'kremlin', 'ukIntel'],
    en: (_n, r) => r.pick([
      'Moscow asked Beijing for military equipment and money.',
      'China is preparing to send drones and ammunition to Russia.',
      'Beijing has refused every Russian request for weapons.',
      'The report about Chinese weapons for Russia is disinformation.',
    ]),
    de: (_n, r) => r.pick([
      'Moskau hat Peking um militärische Ausrüstung und Geld gebeten.',
      'China bereitet die Lieferung von Drohnen und Munition an Russland vor.',
      'Peking hat jede russische Bitte um Waffen abgelehnt.',
      'Der Bericht über chinesische Waffen für Russland ist Desinformation.',
    ]),
  },
];

const PUBLISHERS = ['Agentur Nord', 'Wire Service West', 'Rheinische Depesche', 'Baltic Press Agency', 'Nachrichtendienst Süd', 'Harbour News Wire'];

/** A figure this speaker would give: their lean times the base, with some noise, rounded as people round. */
function figure(r, topic, person) {
  const noise = 0.85 + r.next() * 0.3;
  return round(topic.base * person.lean * noise, topic.step);
}

/** The statement itself (without attribution), in one language. */
function statement(r, topic, person, language) {
  const write = topic[language];
  if (topic.range) {
    const mid = figure(r, topic, person);
    const lo = round(mid * 0.75, topic.step);
    const hi = round(mid * 1.25, topic.step);
    return write(fmt(lo, language), fmt(hi, language), r);
  }
  if (topic.parts) {
    const total = figure(r, topic, person);
    // now and then the parts do not fit the total: a part_sum_mismatch for the checks to find
    const part = r.chance(0.1) ? round(total * 1.2, topic.step) : round(total * (0.6 + r.next() * 0.2), topic.step);
    return write(fmt(total, language), fmt(part, language), r);
  }
  return write(topic.base ? fmt(figure(r, topic, person), language) : '', r);
}

const claimantOf = (person) => {
  const c = { name: person.name };
  if (person.affiliation) c.affiliation = person.affiliation;
  if (person.country) c.country = person.country;
  return c;
};

/** Dates bunch: a story's statements come in waves a few days apart, so reference dates fall within the checks' window. */
const storyDate = (r) => new Date(STORY_START + r.int(0, STORY_DAYS - 1) * DAY + r.int(0, DAY - 1)).toISOString();

/** A POST /v1/claims body. */
export function claimBody(r) {
  const topic = r.pick(TOPICS);
  const person = PEOPLE[r.pick(topic.speakers)];
  const language = r.chance(0.4) ? 'de' : 'en';
  return {
    text: statement(r, topic, person, language),
    claimant: claimantOf(person),
    language,
    claimedAt: storyDate(r),
    tags: topic.tags,
  };
}

const DENIALS = {
  en: ['This claim is false and the figures are invented.', 'The numbers quoted are pure propaganda.', 'Nothing of the kind has happened.'],
  de: ['Diese Behauptung ist falsch, die Zahlen sind erfunden.', 'Die genannten Zahlen sind reine Propaganda.', 'Nichts dergleichen ist geschehen.'],
};

/** A POST /v1/claims/:id/counter-claims body: mostly denials, some disputes and some support. */
export function counterClaimBody(r) {
  const language = r.chance(0.4) ? 'de' : 'en';
  const stance = r.pick(['denies', 'denies', 'disputes', 'supports']);
  const person = PEOPLE[r.pick(['kremlin', 'ruMinistry', 'cnMinistry', 'uaStaff', 'analyst'])];
  const text = stance === 'supports'
    ? statement(r, r.pick(TOPICS.slice(0, 3)), person, language)
    : r.pick(DENIALS[language]);
  return { text, claimant: claimantOf(person), stance, claimedAt: storyDate(r) };
}

/** Reported speech keeps proper nouns capitalised; only a leading article or adverb is lowered. */
const FUNCTION_WORD = /^(The|An|Between|More|Around|Zwischen|Schätzungsweise|Mehr|Etwa|Der|Die)\b/;
const inner = (what) => what.replace(FUNCTION_WORD, (w) => w.toLowerCase());
const SAY = {
  en: (who, what, r) => `${who} ${r.pick(['said', 'stated', 'told reporters', 'said on Monday'])} that ${inner(what)}`,
  de: (who, what, r) => `${who} ${r.pick(['sagte', 'erklärte', 'teilte mit'])}, ${inner(what)}`,
};
const DENY = {
  en: (who, r) => `${who} ${r.pick(['denied the report', 'rejected the figures as disinformation', 'dismissed the account'])}.`,
  de: (who, r) => `${who} ${r.pick(['wies den Bericht zurück', 'bestritt die Angaben', 'wies die Zahlen als Desinformation zurück'])}.`,
};
const BACKGROUND = {
  en: ['The figures could not be independently verified.', 'Fighting continued in the east of the country overnight.', 'Talks between the two sides are due to resume next week.'],
  de: ['Die Angaben ließen sich nicht unabhängig überprüfen.', 'Im Osten des Landes gingen die Kämpfe in der Nacht weiter.', 'Die Gespräche beider Seiten sollen kommende Woche fortgesetzt werden.'],
};

/**
 * A POST /v1/sources body: a short wire report of 3–6 sentences, attributed statements from two or
 * three speakers on one or two topics, often a denial, and a line of background. `n` makes its text
 * and url unique, so no source is a duplicate of another.
 */
export function sourceBody(r, n) {
  const language = r.chance(0.45) ? 'de' : 'en';
  const sentences = [];
  const topics = [r.pick(TOPICS), ...(r.chance(0.4) ? [r.pick(TOPICS)] : [])];
  for (const topic of topics) {
    for (let i = r.int(1, 2); i > 0; i--) {
      const person = PEOPLE[r.pick(topic.speakers)];
      sentences.push(SAY[language](person[language], statement(r, topic, person, language), r));
    }
    if (r.chance(0.5)) sentences.push(DENY[language](PEOPLE[r.pick(['kremlin', 'cnMinistry', 'ruMinistry'])][language], r));
  }
  sentences.push(r.pick(BACKGROUND[language]));
  const publisher = r.pick(PUBLISHERS);
  // a closing line with the serial number keeps every text distinct without changing what it says
  const serial = language === 'de' ? `Meldung Nummer ${n} des Tages.` : `Dispatch number ${n} of the day.`;
  return {
    publisher,
    url: `https://wire.example/${publisher.toLowerCase().replace(/[^a-z]+/g, '-')}/${n}`,
    title: sentences[0].slice(0, 80),
    language,
    publishedAt: storyDate(r),
    text: `${sentences.join(' ')} ${serial}`,
  };
}

/** Workflow steps a fact-checker takes on a claim, one at a time: assign self, then unassign again. */
export const WORKFLOW_STEPS = ['assign', 'unassign'];

/** Query strings of the queue pages fact-checkers open, a mix of filters and sorts. */
export function queuePageQuery(r) {
  return r.pick([
    'sort=priority',
    'sort=priority',
    'sort=-createdAt',
    'sort=createdAt&status=pending',
    'status=pending,in_review&sort=priority',
    'flagged=true',
    'contested=true',
    'language=de&sort=-createdAt',
    'assignee=none&sort=priority',
    'corroboration=contested',
    `claimant=${encodeURIComponent(r.pick(Object.values(PEOPLE)).name)}`,
    `q=${r.pick(['soldiers', 'Soldaten', 'aid', 'Grenze', 'weapons', 'Desinformation'])}`,
    'limit=20&sort=priority',
  ]);
}
