/**
 * Names of countries, capitals and institutions in German and English, grouped by the entity
 * they stand for. Pure data; the lookup lives in entities.ts.
 *
 * - `names`: proper names. German genitive "-s" forms are derived ("Russlands", "Chinas").
 * - `adjectives`: German stems take the endings -e/-en/-er/-es/-em ("russisch" → "russischen");
 *   English forms are listed as written ("Russian").
 * - `people`: demonyms ("Russen", "Russians").
 * Forms of one to three capital letters ("US", "EU", "UN") match upper case only, so the English
 * pronoun "us" never becomes the United States.
 */
export interface AliasGroup {
  label: string;
  kind: 'country' | 'city' | 'organisation';
  forms: string[];
}

export interface EntityAliases {
  /** Stable term id, as contentTerms emits it. */
  id: string;
  /** ISO 3166 alpha-2 code, or null for international bodies. */
  country: string | null;
  names: AliasGroup[];
  /** Label of the adjective in English ("Russian"; "U.S." for the United States). */
  adjectiveLabel?: string;
  adjectives?: { de: string[]; en: string[] };
  people?: string[];
}

export const ENTITY_ALIASES: EntityAliases[] = [
  {
    id: 'ent_ru', country: 'RU',
    names: [
      { label: 'Russia', kind: 'country', forms: ['Russland', 'Russia', 'Russische Föderation', 'Russischen Föderation', 'Russian Federation'] },
      { label: 'Moscow', kind: 'city', forms: ['Moskau', 'Moscow'] },
      { label: 'Kremlin', kind: 'organisation', forms: ['Kreml', 'Kremls', 'Kremlin'] },
    ],
    adjectiveLabel: 'Russian',
    adjectives: { de: ['russisch'], en: ['Russian'] },
    people: ['Russe', 'Russen', 'Russin', 'Russians'],
  },
  {
    id: 'ent_cn', country: 'CN',
    names: [
      { label: 'China', kind: 'country', forms: ['China', 'Volksrepublik China', "People's Republic of China", 'PRC'] },
      { label: 'Beijing', kind: 'city', forms: ['Peking', 'Beijing'] },
    ],
    adjectiveLabel: 'Chinese',
    adjectives: { de: ['chinesisch'], en: ['Chinese'] },
    people: ['Chinese', 'Chinesen', 'Chinesin'],
  },
  {
    id: 'ent_us', country: 'US',
    names: [
      { label: 'United States', kind: 'country', forms: ['USA', 'US', 'U.S.', 'U.S.A.', 'Vereinigte Staaten', 'Vereinigten Staaten', 'United States', 'Amerika', 'America'] },
      { label: 'Washington', kind: 'city', forms: ['Washington'] },
    ],
    adjectiveLabel: 'U.S.',
    adjectives: { de: ['amerikanisch'], en: ['American'] },
    people: ['Amerikaner', 'Amerikanerin', 'Americans'],
  },
  {
    id: 'ent_ua', country: 'UA',
    names: [
      { label: 'Ukraine', kind: 'country', forms: ['Ukraine'] },
      { label: 'Kyiv', kind: 'city', forms: ['Kiew', 'Kyiv', 'Kiev'] },
    ],
    adjectiveLabel: 'Ukrainian',
    adjectives: { de: ['ukrainisch'], en: ['Ukrainian'] },
    people: ['Ukrainer', 'Ukrainerin', 'Ukrainians'],
  },
  {
    id: 'ent_kp', country: 'KP',
    names: [
      { label: 'North Korea', kind: 'country', forms: ['Nordkorea', 'North Korea', 'DPRK'] },
      { label: 'Pyongyang', kind: 'city', forms: ['Pjöngjang', 'Pyongyang'] },
    ],
    adjectiveLabel: 'North Korean',
    adjectives: { de: ['nordkoreanisch'], en: ['North Korean'] },
    people: ['Nordkoreaner', 'North Koreans'],
  },
  {
    id: 'ent_kr', country: 'KR',
    names: [
      { label: 'South Korea', kind: 'country', forms: ['Südkorea', 'South Korea'] },
      { label: 'Seoul', kind: 'city', forms: ['Seoul'] },
    ],
    adjectiveLabel: 'South Korean',
    adjectives: { de: ['südkoreanisch'], en: ['South Korean'] },
  },
  {
    id: 'ent_de', country: 'DE',
    names: [
      { label: 'Germany', kind: 'country', forms: ['Deutschland', 'Germany', 'Bundesrepublik'] },
      { label: 'Berlin', kind: 'city', forms: ['Berlin'] },
    ],
    adjectiveLabel: 'German',
    adjectives: { de: ['deutsch'], en: ['German'] },
  },
  {
    id: 'ent_fr', country: 'FR',
    names: [
      { label: 'France', kind: 'country', forms: ['Frankreich', 'France'] },
      { label: 'Paris', kind: 'city', forms: ['Paris'] },
    ],
    adjectiveLabel: 'French',
    adjectives: { de: ['französisch'], en: ['French'] },
  },
  {
    id: 'ent_gb', country: 'GB',
    names: [
      { label: 'United Kingdom', kind: 'country', forms: ['Großbritannien', 'Vereinigtes Königreich', 'Britain', 'Great Britain', 'United Kingdom', 'UK', 'U.K.'] },
      { label: 'London', kind: 'city', forms: ['London'] },
    ],
    adjectiveLabel: 'British',
    adjectives: { de: ['britisch'], en: ['British'] },
    people: ['Briten', 'Britons'],
  },
  {
    id: 'ent_pl', country: 'PL',
    names: [
      { label: 'Poland', kind: 'country', forms: ['Polen', 'Poland'] },
      { label: 'Warsaw', kind: 'city', forms: ['Warschau', 'Warsaw'] },
    ],
    adjectiveLabel: 'Polish',
    adjectives: { de: ['polnisch'], en: ['Polish'] },
  },
  {
    id: 'ent_by', country: 'BY',
    names: [
      { label: 'Belarus', kind: 'country', forms: ['Belarus', 'Weißrussland'] },
      { label: 'Minsk', kind: 'city', forms: ['Minsk'] },
    ],
    adjectiveLabel: 'Belarusian',
    adjectives: { de: ['belarussisch'], en: ['Belarusian'] },
  },
  {
    id: 'ent_ir', country: 'IR',
    names: [
      { label: 'Iran', kind: 'country', forms: ['Iran'] },
      { label: 'Tehran', kind: 'city', forms: ['Teheran', 'Tehran'] },
    ],
    adjectiveLabel: 'Iranian',
    adjectives: { de: ['iranisch'], en: ['Iranian'] },
  },
  {
    id: 'ent_tr', country: 'TR',
    names: [
      { label: 'Turkey', kind: 'country', forms: ['Türkei', 'Turkey', 'Türkiye'] },
      { label: 'Ankara', kind: 'city', forms: ['Ankara'] },
    ],
    adjectiveLabel: 'Turkish',
    adjectives: { de: ['türkisch'], en: ['Turkish'] },
  },
  {
    id: 'ent_jp', country: 'JP',
    names: [
      { label: 'Japan', kind: 'country', forms: ['Japan'] },
      { label: 'Tokyo', kind: 'city', forms: ['Tokio', 'Tokyo'] },
    ],
    adjectiveLabel: 'Japanese',
    adjectives: { de: ['japanisch'], en: ['Japanese'] },
  },
  {
    id: 'ent_in', country: 'IN',
    names: [
      { label: 'India', kind: 'country', forms: ['Indien', 'India'] },
      { label: 'New Delhi', kind: 'city', forms: ['Neu-Delhi', 'New Delhi'] },
    ],
    adjectiveLabel: 'Indian',
    adjectives: { de: ['indisch'], en: ['Indian'] },
  },
  {
    id: 'ent_tw', country: 'TW',
    names: [
      { label: 'Taiwan', kind: 'country', forms: ['Taiwan'] },
      { label: 'Taipei', kind: 'city', forms: ['Taipeh', 'Taipei'] },
    ],
    adjectiveLabel: 'Taiwanese',
    adjectives: { de: ['taiwanisch'], en: ['Taiwanese'] },
  },
  {
    id: 'ent_fi', country: 'FI',
    names: [
      { label: 'Finland', kind: 'country', forms: ['Finnland', 'Finland'] },
      { label: 'Helsinki', kind: 'city', forms: ['Helsinki'] },
    ],
    adjectiveLabel: 'Finnish',
    adjectives: { de: ['finnisch'], en: ['Finnish'] },
  },
  {
    id: 'ent_lt', country: 'LT',
    names: [
      { label: 'Lithuania', kind: 'country', forms: ['Litauen', 'Lithuania'] },
      { label: 'Vilnius', kind: 'city', forms: ['Vilnius', 'Wilna'] },
    ],
    adjectiveLabel: 'Lithuanian',
    adjectives: { de: ['litauisch'], en: ['Lithuanian'] },
  },
  {
    id: 'ent_ml', country: 'ML',
    names: [
      { label: 'Mali', kind: 'country', forms: ['Mali'] },
      { label: 'Bamako', kind: 'city', forms: ['Bamako'] },
    ],
    adjectiveLabel: 'Malian',
    adjectives: { de: ['malisch'], en: ['Malian'] },
  },
  {
    id: 'ent_th', country: 'TH',
    names: [
      { label: 'Thailand', kind: 'country', forms: ['Thailand'] },
      { label: 'Bangkok', kind: 'city', forms: ['Bangkok'] },
    ],
    adjectiveLabel: 'Thai',
    adjectives: { de: ['thailändisch'], en: ['Thai'] },
  },
  {
    id: 'ent_mm', country: 'MM',
    names: [
      { label: 'Myanmar', kind: 'country', forms: ['Myanmar', 'Burma', 'Birma'] },
      { label: 'Naypyidaw', kind: 'city', forms: ['Naypyidaw'] },
    ],
    adjectiveLabel: 'Myanmar',
    adjectives: { de: ['myanmarisch'], en: ['Burmese'] },
  },
  {
    id: 'ent_il', country: 'IL',
    names: [{ label: 'Israel', kind: 'country', forms: ['Israel'] }],
    adjectiveLabel: 'Israeli',
    adjectives: { de: ['israelisch'], en: ['Israeli'] },
  },
  {
    id: 'ent_sy', country: 'SY',
    names: [
      { label: 'Syria', kind: 'country', forms: ['Syrien', 'Syria'] },
      { label: 'Damascus', kind: 'city', forms: ['Damaskus', 'Damascus'] },
    ],
    adjectiveLabel: 'Syrian',
    adjectives: { de: ['syrisch'], en: ['Syrian'] },
  },
  {
    id: 'ent_nato', country: null,
    names: [{ label: 'NATO', kind: 'organisation', forms: ['NATO', 'Nato', 'Nordatlantikpakt', 'North Atlantic Treaty Organization'] }],
  },
  {
    id: 'ent_eu', country: null,
    names: [
      { label: 'EU', kind: 'organisation', forms: ['EU', 'Europäische Union', 'Europäischen Union', 'European Union'] },
      { label: 'European Commission', kind: 'organisation', forms: ['European Commission', 'Europäische Kommission', 'Europäischen Kommission', 'EU-Kommission'] },
    ],
  },
  {
    id: 'ent_un', country: null,
    names: [{ label: 'United Nations', kind: 'organisation', forms: ['UN', 'UNO', 'U.N.', 'Vereinte Nationen', 'Vereinten Nationen', 'United Nations'] }],
  },
  {
    id: 'ent_pentagon', country: 'US',
    names: [{ label: 'Pentagon', kind: 'organisation', forms: ['Pentagon', 'Pentagons'] }],
  },
  {
    id: 'ent_white_house', country: 'US',
    names: [{ label: 'White House', kind: 'organisation', forms: ['Weißes Haus', 'Weißen Haus', 'Weißen Hauses', 'Weiße Haus', 'White House'] }],
  },
  {
    id: 'ent_cia', country: 'US',
    names: [{ label: 'CIA', kind: 'organisation', forms: ['CIA'] }],
  },
  // Agencies and movements quoted as claimants in their own name.
  {
    id: 'ent_bsi', country: 'DE',
    names: [{ label: 'BSI', kind: 'organisation', forms: ['BSI', 'Bundesamt für Sicherheit in der Informationstechnik', 'Federal Office for Information Security'] }],
  },
  {
    id: 'ent_ukmto', country: 'GB',
    names: [{ label: 'UKMTO', kind: 'organisation', forms: ['UKMTO', 'United Kingdom Maritime Trade Operations'] }],
  },
  {
    id: 'ent_houthis', country: 'YE',
    names: [{ label: 'Houthis', kind: 'organisation', forms: ['Huthi', 'Huthis', 'Huthi-Miliz', 'Huthi-Rebellen', 'Huthi-Bewegung', 'Houthi', 'Houthis', 'Houthi movement', 'Houthi rebels'] }],
  },
  // News agencies: claimants when they report in their own voice.
  {
    id: 'ent_kcna', country: 'KP',
    names: [{ label: 'KCNA', kind: 'organisation', forms: ['KCNA', 'Korean Central News Agency'] }],
  },
  {
    id: 'ent_tass', country: 'RU',
    names: [{ label: 'TASS', kind: 'organisation', forms: ['TASS', 'Tass', 'RIA Nowosti', 'RIA Novosti', 'Interfax'] }],
  },
  {
    id: 'ent_xinhua', country: 'CN',
    names: [{ label: 'Xinhua', kind: 'organisation', forms: ['Xinhua'] }],
  },
  {
    id: 'ent_dpa', country: 'DE',
    names: [{ label: 'dpa', kind: 'organisation', forms: ['dpa', 'Deutsche Presse-Agentur'] }],
  },
  {
    id: 'ent_no', country: 'NO',
    names: [
      { label: 'Norway', kind: 'country', forms: ['Norwegen', 'Norway'] },
      { label: 'Oslo', kind: 'city', forms: ['Oslo'] },
    ],
    adjectiveLabel: 'Norwegian',
    adjectives: { de: ['norwegisch'], en: ['Norwegian'] },
  },
  {
    id: 'ent_se', country: 'SE',
    names: [
      { label: 'Sweden', kind: 'country', forms: ['Schweden', 'Sweden'] },
      { label: 'Stockholm', kind: 'city', forms: ['Stockholm'] },
    ],
    adjectiveLabel: 'Swedish',
    adjectives: { de: ['schwedisch'], en: ['Swedish'] },
  },
  {
    id: 'ent_dk', country: 'DK',
    names: [
      { label: 'Denmark', kind: 'country', forms: ['Dänemark', 'Denmark'] },
      { label: 'Copenhagen', kind: 'city', forms: ['Kopenhagen', 'Copenhagen'] },
    ],
    adjectiveLabel: 'Danish',
    adjectives: { de: ['dänisch'], en: ['Danish'] },
  },
  {
    id: 'ent_ee', country: 'EE',
    names: [
      { label: 'Estonia', kind: 'country', forms: ['Estland', 'Estonia'] },
      { label: 'Tallinn', kind: 'city', forms: ['Tallinn'] },
    ],
    adjectiveLabel: 'Estonian',
    adjectives: { de: ['estnisch'], en: ['Estonian'] },
  },
  {
    id: 'ent_lv', country: 'LV',
    names: [
      { label: 'Latvia', kind: 'country', forms: ['Lettland', 'Latvia'] },
      { label: 'Riga', kind: 'city', forms: ['Riga'] },
    ],
    adjectiveLabel: 'Latvian',
    adjectives: { de: ['lettisch'], en: ['Latvian'] },
  },
  {
    id: 'ent_nl', country: 'NL',
    names: [
      { label: 'Netherlands', kind: 'country', forms: ['Niederlande', 'Niederlanden', 'Netherlands'] },
      { label: 'Amsterdam', kind: 'city', forms: ['Amsterdam'] },
    ],
    adjectiveLabel: 'Dutch',
    adjectives: { de: ['niederländisch'], en: ['Dutch'] },
  },
  {
    id: 'ent_be', country: 'BE',
    names: [
      { label: 'Belgium', kind: 'country', forms: ['Belgien', 'Belgium'] },
      { label: 'Brussels', kind: 'city', forms: ['Brüssel', 'Brussels'] },
    ],
    adjectiveLabel: 'Belgian',
    adjectives: { de: ['belgisch'], en: ['Belgian'] },
  },
  {
    id: 'ent_at', country: 'AT',
    names: [
      { label: 'Austria', kind: 'country', forms: ['Österreich', 'Austria'] },
      { label: 'Vienna', kind: 'city', forms: ['Wien', 'Vienna'] },
    ],
    adjectiveLabel: 'Austrian',
    adjectives: { de: ['österreichisch'], en: ['Austrian'] },
  },
  {
    id: 'ent_ch', country: 'CH',
    names: [
      { label: 'Switzerland', kind: 'country', forms: ['Schweiz', 'Switzerland'] },
      { label: 'Bern', kind: 'city', forms: ['Bern'] },
    ],
    adjectiveLabel: 'Swiss',
    adjectives: { de: ['schweizerisch'], en: ['Swiss'] },
  },
  {
    id: 'ent_it', country: 'IT',
    names: [
      { label: 'Italy', kind: 'country', forms: ['Italien', 'Italy'] },
      { label: 'Rome', kind: 'city', forms: ['Rom', 'Rome'] },
    ],
    adjectiveLabel: 'Italian',
    adjectives: { de: ['italienisch'], en: ['Italian'] },
  },
  {
    id: 'ent_es', country: 'ES',
    names: [
      { label: 'Spain', kind: 'country', forms: ['Spanien', 'Spain'] },
      { label: 'Madrid', kind: 'city', forms: ['Madrid'] },
    ],
    adjectiveLabel: 'Spanish',
    adjectives: { de: ['spanisch'], en: ['Spanish'] },
  },
  {
    id: 'ent_gr', country: 'GR',
    names: [
      { label: 'Greece', kind: 'country', forms: ['Griechenland', 'Greece'] },
      { label: 'Athens', kind: 'city', forms: ['Athen', 'Athens'] },
    ],
    adjectiveLabel: 'Greek',
    adjectives: { de: ['griechisch'], en: ['Greek'] },
  },
  {
    id: 'ent_hu', country: 'HU',
    names: [
      { label: 'Hungary', kind: 'country', forms: ['Ungarn', 'Hungary'] },
      { label: 'Budapest', kind: 'city', forms: ['Budapest'] },
    ],
    adjectiveLabel: 'Hungarian',
    adjectives: { de: ['ungarisch'], en: ['Hungarian'] },
  },
  {
    id: 'ent_cz', country: 'CZ',
    names: [
      { label: 'Czech Republic', kind: 'country', forms: ['Tschechien', 'Czech Republic', 'Czechia'] },
      { label: 'Prague', kind: 'city', forms: ['Prag', 'Prague'] },
    ],
    adjectiveLabel: 'Czech',
    adjectives: { de: ['tschechisch'], en: ['Czech'] },
  },
  {
    id: 'ent_ro', country: 'RO',
    names: [
      { label: 'Romania', kind: 'country', forms: ['Rumänien', 'Romania'] },
      { label: 'Bucharest', kind: 'city', forms: ['Bukarest', 'Bucharest'] },
    ],
    adjectiveLabel: 'Romanian',
    adjectives: { de: ['rumänisch'], en: ['Romanian'] },
  },
  {
    id: 'ent_ye', country: 'YE',
    names: [
      { label: 'Yemen', kind: 'country', forms: ['Jemen', 'Yemen'] },
      { label: 'Sanaa', kind: 'city', forms: ['Sanaa', "Sana'a"] },
    ],
    adjectiveLabel: 'Yemeni',
    adjectives: { de: ['jemenitisch'], en: ['Yemeni'] },
  },
  {
    id: 'ent_sa', country: 'SA',
    names: [
      { label: 'Saudi Arabia', kind: 'country', forms: ['Saudi-Arabien', 'Saudi Arabia'] },
      { label: 'Riyadh', kind: 'city', forms: ['Riad', 'Riyadh'] },
    ],
    adjectiveLabel: 'Saudi',
    adjectives: { de: ['saudisch'], en: ['Saudi'] },
  },
  {
    id: 'ent_eg', country: 'EG',
    names: [
      { label: 'Egypt', kind: 'country', forms: ['Ägypten', 'Egypt'] },
      { label: 'Cairo', kind: 'city', forms: ['Kairo', 'Cairo'] },
    ],
    adjectiveLabel: 'Egyptian',
    adjectives: { de: ['ägyptisch'], en: ['Egyptian'] },
  },
];
