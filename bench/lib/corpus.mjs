// Generated claim texts and claimants for the benchmark. Everything is invented: names,
// organisations and figures are made up so that no fixture can be mistaken for a real statement.

/** Small, fast, seedable PRNG, so two runs load the same data set and stay comparable. */
export function createRandom(seed = 1) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

const EN = {
  subjects: [
    'The regional health agency', 'A spokesperson for the transport ministry', 'The opposition leader',
    'The mayor of Brookfield', 'A coalition of farming associations', 'The central bank governor',
    'An adviser to the prime minister', 'The national statistics office', 'A senator from the northern district',
    'The teachers\' union', 'The coast guard', 'The energy regulator', 'A local council member',
    'The army press office', 'An aid organisation working in the border region',
  ],
  verbs: ['said', 'claimed', 'stated', 'told reporters', 'wrote in a post', 'insisted', 'announced'],
  counted: [
    ['new homes', 'were completed'], ['hospital beds', 'were cut'], ['teachers', 'were hired'],
    ['asylum applications', 'were rejected'], ['wind turbines', 'were installed'], ['jobs', 'were lost'],
    ['people', 'were evacuated'], ['schools', 'were closed'], ['soldiers', 'were deployed'],
    ['vehicles', 'were recalled'], ['trees', 'were planted'], ['households', 'lost power'],
  ],
  places: [
    'in the capital', 'in the northern provinces', 'along the eastern border', 'in rural districts',
    'across the country', 'in the three largest cities', 'in the coastal region', 'in the southern valleys',
  ],
  times: [
    'last year', 'since January', 'in the past six months', 'during the winter', 'over the last decade',
    'in the first quarter', 'since the new law took effect', 'this month',
  ],
  shares: [
    'of electricity now comes from solar power', 'of young adults live with their parents',
    'of trains arrived late', 'of the budget goes to defence', 'of households cannot afford a repair bill',
    'of new cars sold were electric', 'of pensioners live below the poverty line', 'of reported crimes were solved',
  ],
  projects: [
    'the new rail tunnel', 'the airport extension', 'the hospital renovation programme', 'the bridge on the ring road',
    'the school digitalisation plan', 'the flood barrier', 'the stadium refurbishment',
  ],
};

const DE = {
  subjects: [
    'Die Landesregierung', 'Ein Sprecher des Verkehrsministeriums', 'Der Oppositionsführer',
    'Die Bürgermeisterin von Lindenau', 'Der Bauernverband', 'Der Präsident der Bundesbank',
    'Eine Beraterin des Kanzleramts', 'Das Statistikamt', 'Ein Abgeordneter aus dem Wahlkreis Nord',
    'Die Lehrergewerkschaft', 'Die Küstenwache', 'Die Netzagentur', 'Ein Stadtrat der Freien Liste',
    'Das Pressezentrum der Armee', 'Eine Hilfsorganisation im Grenzgebiet',
  ],
  verbs: ['sagte', 'behauptete', 'erklärte', 'betonte', 'schrieb in einem Beitrag', 'teilte mit'],
  counted: [
    ['neue Wohnungen', 'gebaut'], ['Krankenhausbetten', 'abgebaut'], ['Lehrkräfte', 'eingestellt'],
    ['Asylanträge', 'abgelehnt'], ['Windräder', 'errichtet'], ['Arbeitsplätze', 'gestrichen'],
    ['Menschen', 'evakuiert'], ['Schulen', 'geschlossen'], ['Soldaten', 'verlegt'],
    ['Fahrzeuge', 'zurückgerufen'], ['Bäume', 'gepflanzt'], ['Brücken', 'gesperrt'],
  ],
  places: [
    'in der Hauptstadt', 'in den nördlichen Landkreisen', 'entlang der Ostgrenze', 'auf dem Land',
    'bundesweit', 'in den drei größten Städten', 'an der Küste', 'in den südlichen Tälern',
  ],
  times: [
    'im vergangenen Jahr', 'seit Januar', 'in den letzten sechs Monaten', 'im Winter', 'im letzten Jahrzehnt',
    'im ersten Quartal', 'seit Inkrafttreten des neuen Gesetzes', 'in diesem Monat',
  ],
  shares: [
    'des Stroms stamme inzwischen aus Solaranlagen', 'der jungen Erwachsenen wohne noch bei den Eltern',
    'der Fernzüge sei verspätet gewesen', 'des Haushalts fließe in die Verteidigung',
    'der Haushalte könne eine Reparatur nicht bezahlen', 'der Neuwagen fahre elektrisch',
    'der Rentner lebe unter der Armutsgrenze', 'der angezeigten Straftaten sei aufgeklärt worden',
  ],
  projects: [
    'der neue Bahntunnel', 'die Erweiterung des Flughafens', 'die Sanierung des Kreiskrankenhauses',
    'die Brücke am Ring', 'der Digitalpakt für Schulen', 'der Hochwasserschutz', 'der Umbau des Stadions',
  ],
};

const CLAIMANTS = [
  { name: 'Anna Keller', affiliation: 'Bündnis Nord', country: 'DE' },
  { name: 'Jonas Brandt', affiliation: 'Ministry of the Interior', country: 'DE' },
  { name: 'Miriam Hofer', affiliation: 'Volkspartei Tirol', country: 'AT' },
  { name: 'Luca Bernasconi', affiliation: null, country: 'CH' },
  { name: 'Grace Whitfield', affiliation: 'Senate Budget Committee', country: 'US' },
  { name: 'Daniel Okafor', affiliation: 'Department of Energy', country: 'US' },
  { name: 'Eleanor Price', affiliation: 'Shadow Cabinet', country: 'GB' },
  { name: 'Niamh Gallagher', affiliation: 'Dublin City Council', country: 'IE' },
  { name: 'Pierre Lacombe', affiliation: 'Chamber of Commerce', country: 'CA' },
  { name: 'Olena Marchenko', affiliation: 'Regional Administration', country: 'UA' },
  { name: 'Sergei Volkov', affiliation: 'Defence Ministry', country: 'RU' },
  { name: 'Unnamed officials', affiliation: null, country: null },
  { name: 'A viral social media post', affiliation: null, country: null },
  { name: 'Franziska Lehmann', affiliation: 'Verband der Kommunen', country: 'DE' },
  { name: 'Tobias Wendt', affiliation: null, country: 'DE' },
  { name: 'Ruth Adeyemi', affiliation: 'Health Watch', country: 'GB' },
];

const TAGS = ['economy', 'health', 'migration', 'energy', 'war', 'housing', 'transport', 'education', 'climate', 'crime'];

const formatInt = (n, language) => n.toLocaleString(language === 'de' ? 'de-DE' : 'en-US');

function sentence(random, words, language) {
  const subject = random.pick(words.subjects);
  const verb = random.pick(words.verbs);
  const place = random.pick(words.places);
  const time = random.pick(words.times);
  const n = formatInt(random.int(2, 400) * random.pick([1, 10, 100, 1000]), language);
  const pct = random.int(3, 97);
  switch (random.int(0, 2)) {
    case 0: {
      const [noun, done] = random.pick(words.counted);
      return language === 'de'
        ? `${subject} ${verb}, ${place} seien ${time} ${n} ${noun} ${done} worden.`
        : `${subject} ${verb} that ${n} ${noun} ${done} ${place} ${time}.`;
    }
    case 1:
      return language === 'de'
        ? `${subject} ${verb}, ${pct} Prozent ${random.pick(words.shares)}.`
        : `${subject} ${verb} that ${pct} percent ${random.pick(words.shares)}.`;
    default:
      return language === 'de'
        ? `${subject} ${verb}, ${random.pick(words.projects)} koste ${random.int(2, 900)} Millionen Euro mehr als geplant.`
        : `${subject} ${verb} that ${random.pick(words.projects)} will cost ${random.int(2, 900)} million dollars more than planned.`;
  }
}

/** A claim text; sometimes two sentences, so lengths vary as they do in real intake. */
export function claimText(random, language) {
  const words = language === 'de' ? DE : EN;
  const first = sentence(random, words, language);
  return random.chance(0.25) ? `${first} ${sentence(random, words, language)}` : first;
}

export function claimant(random) {
  const c = random.pick(CLAIMANTS);
  return { name: c.name, affiliation: c.affiliation, country: c.country };
}

export function tags(random) {
  const count = random.pick([0, 0, 1, 1, 1, 2, 3]);
  return [...new Set(Array.from({ length: count }, () => random.pick(TAGS)))];
}

/** A POST /v1/claims body as a client would send it: optional fields left out, not null. */
export function createClaimBody(random) {
  const language = random.chance(0.4) ? 'de' : 'en';
  const c = claimant(random);
  const body = { text: claimText(random, language), claimant: { name: c.name }, language };
  if (c.affiliation) body.claimant.affiliation = c.affiliation;
  if (c.country) body.claimant.country = c.country;
  const t = tags(random);
  if (t.length) body.tags = t;
  return body;
}
